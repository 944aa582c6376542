// How the corpus's requests were judged, per document and over the run: by express-openapi-validator,
// by the second judge where the first has a named limit, or by nobody (no request could be built).
import type { DocumentResult } from "./check-document.js";
import type { RequestJudgement } from "./check-requests.js";

const FIRST = "express-openapi-validator";
const SECOND = "the wire judge";

function judgementsOf(result: DocumentResult): readonly RequestJudgement[] {
  return result.requests?.judgements ?? [];
}

/** Refusals no known cause explains, by either judge: they fail the run. */
export function unexplained(result: DocumentResult): RequestJudgement[] {
  return judgementsOf(result).filter(
    (judgement) => judgement.judge !== "none" && !judgement.accepted && judgement.known === undefined,
  );
}

function detailOf(judgement: RequestJudgement): string {
  if (judgement.judge === "none") return `request not judged: ${judgement.label}: ${judgement.message ?? ""}`;
  const known = judgement.known;
  const by = judgement.judge === "wire" ? SECOND : FIRST;
  const verdict = judgement.accepted ? `accepted by ${by}` : `refused by ${by}`;
  const said = judgement.accepted ? "" : `: ${judgement.message ?? ""}`;
  const limit =
    judgement.limit === undefined
      ? ""
      : ` (${FIRST}'s limit "${judgement.limit}"; it said ${judgement.firstSaid ?? ""})`;
  return `request ${verdict}: ${judgement.label}${said}${limit}${known === undefined ? "" : ` (known: ${known})`}`;
}

/** Requests the second judge accepted, one line per limit of the first: `N accepted by … (limit; it said …): a, b, …`. */
function acceptedBySecond(result: DocumentResult): string[] {
  const byLimit = new Map<string, RequestJudgement[]>();
  for (const judgement of judgementsOf(result)) {
    if (judgement.judge !== "wire" || !judgement.accepted) continue;
    // A document the first judge cannot load says why once; other limits are per request anyway.
    const key = `${judgement.limit ?? ""}"; it said ${judgement.limit === "cannot load the document" ? (judgement.firstSaid ?? "") : "…"}`;
    byLimit.set(key, [...(byLimit.get(key) ?? []), judgement]);
  }
  return [...byLimit].map(([key, judgements]) => {
    const names = judgements.map((judgement) => judgement.label.split(" (")[0]);
    const shown = names.length > 8 ? `${names.slice(0, 8).join(", ")}, … ${names.length - 8} more` : names.join(", ");
    return `${judgements.length} accepted by ${SECOND} (${FIRST}'s limit "${key}): ${shown}`;
  });
}

/** A line per request the first judge did not simply accept, unexplained refusals first; the second judge's acceptances grouped. */
export function requestDetails(result: DocumentResult): string[] {
  const failing = new Set(unexplained(result));
  const single = judgementsOf(result)
    .filter((judgement) => !judgement.accepted)
    .sort((a, b) => Number(!failing.has(a)) - Number(!failing.has(b)))
    .map(detailOf);
  return [...single, ...acceptedBySecond(result)];
}

export interface RequestCounts {
  /** `405/408 requests accepted (402 by express-openapi-validator, 3 by the wire judge)`, for one document's line. */
  readonly perDocument: string;
  /** The summary's clause: how many each judge accepted and refused, and how many nobody judged. */
  readonly summary: string;
}

export function countRequests(results: readonly DocumentResult[]): RequestCounts {
  const all = results.flatMap((result) => judgementsOf(result).map((judgement) => ({ result, judgement })));
  const count = (judge: RequestJudgement["judge"], accepted: boolean): number =>
    all.filter(({ judgement }) => judgement.judge === judge && judgement.accepted === accepted).length;
  const known = all.filter(({ judgement }) => !judgement.accepted && judgement.known !== undefined).length;
  const none = count("none", false);
  const accepted = count(FIRST, true) + count("wire", true);
  const judged = all.length - none;
  const byJudge = `${count(FIRST, true)} by ${FIRST}, ${count("wire", true)} by ${SECOND}`;
  return {
    perDocument: `${accepted}/${judged} requests accepted (${byJudge})${none > 0 ? `, ${none} not judged` : ""}`,
    summary:
      `${accepted}/${judged} requests accepted: ${FIRST} accepted ${count(FIRST, true)} and refused ${count(FIRST, false)}, ` +
      `${SECOND} (where the first has a named limit) accepted ${count("wire", true)} and refused ${count("wire", false)} ` +
      `(${known} refused for a known cause, ${none} not judged)`,
  };
}
