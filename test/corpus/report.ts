import type { DocumentResult } from "./check-document.js";
import type { CorpusEntry } from "./entries.js";
import { knownDisagreement } from "./known-disagreements.js";
import { countRequests, type RequestCounts, requestDetails, unexplained } from "./report-requests.js";
import { summarizeTypes, type WithTypes, withTypesClause } from "./report-types.js";

/** Validator verdicts that differ from ajv's, and fixtures our validators refuse, for no listed reason. */
function validatorShortfalls(result: DocumentResult): string[] {
  const agreement = result.validators;
  if (agreement === undefined) return [];
  const texts = [...agreement.fixturesRefused.map((text) => `fixture refused: ${text}`), ...agreement.disagreements];
  return texts.filter((text) => knownDisagreement(result.name, text) === undefined);
}

const DETAIL_LINES = Number(process.env.CORPUS_DETAIL_LINES ?? 6);

function passed(result: DocumentResult): boolean {
  return (
    result.exit === 0 &&
    (result.typeErrors ?? []).length === 0 &&
    (result.fixtureFailures ?? []).length === 0 &&
    unexplained(result).length === 0 &&
    validatorShortfalls(result).length === 0
  );
}

/** One line per document, with up to a few indented lines of detail when it falls short, and the `types` check's clause. */
export function formatResult(entry: CorpusEntry, result: DocumentResult & WithTypes): string {
  return withTypesClause(formatDocument(entry, result), result);
}

function formatDocument(entry: CorpusEntry, result: DocumentResult): string {
  const seconds = `${(result.ms / 1000).toFixed(1)} s`;
  if (entry.expectRefusal !== undefined) {
    const ok = result.exit === 2 && result.located === true;
    const verdict = ok ? "refused" : "NOT REFUSED";
    return `${verdict.padEnd(11)} ${entry.name} (${entry.expectRefusal}; exit ${result.exit}${result.located === false ? ", not located" : ""})${ok ? "" : indent(result.message)}`;
  }
  if (result.exit !== 0)
    return `${"FAIL".padEnd(11)} ${entry.name}: generate exit ${result.exit} (${seconds})${indent(result.message)}`;
  const requests = result.requests === undefined ? "" : `, ${countRequests([result]).perDocument}`;
  const agreement =
    result.validators === undefined
      ? ""
      : `, validators agree with ajv on ${result.validators.agreed}/${result.validators.values} values`;
  const facts = `${result.builders ?? 0} builders, ${result.warnings ?? 0} warnings${agreement}${requests}, ${seconds}`;
  // Refusals no known cause explains come first: they are what fails the run.
  const refused = requestDetails(result);
  if (passed(result)) return `${"ok".padEnd(11)} ${entry.name} (${facts})${indent(refused.join("\n"))}`;
  const details = [
    ...(result.typeErrors ?? []).map((error) => `type-check: ${error}`),
    ...(result.fixtureFailures ?? []).map((failure) => `fixtures: ${failure}`),
    ...validatorShortfalls(result).map((text) => `validators: ${text}`),
    ...refused,
  ];
  return `${"FAIL".padEnd(11)} ${entry.name} (${facts}): ${(result.typeErrors ?? []).length} type errors, ${(result.fixtureFailures ?? []).length} fixture failures, ${validatorShortfalls(result).length} validator disagreements, ${unexplained(result).length} requests refused${indent(details.join("\n"))}`;
}

function indent(text: string | undefined): string {
  if (text === undefined || text === "") return "";
  const lines = text.split("\n");
  const shown = lines.slice(0, DETAIL_LINES).map((line) => `\n    ${line}`);
  return shown.join("") + (lines.length > DETAIL_LINES ? `\n    … ${lines.length - DETAIL_LINES} more` : "");
}

/** `corpus: G/N generate, T/G type-check, F/G fixtures valid, R/I invalid rejected`, and whether anything fell short. */
export function summarize(
  entries: readonly CorpusEntry[],
  results: readonly (DocumentResult & WithTypes)[],
): { line: string; shortfall: boolean } {
  const pairs = entries.map((entry, index) => ({ entry, result: results[index] as DocumentResult }));
  const valid = pairs.filter(({ entry }) => entry.expectRefusal === undefined);
  const invalid = pairs.filter(({ entry }) => entry.expectRefusal !== undefined);
  const generated = valid.filter(({ result }) => result.exit === 0);
  const typed = generated.filter(({ result }) => (result.typeErrors ?? []).length === 0);
  const fixtures = generated.filter(({ result }) => (result.fixtureFailures ?? []).length === 0);
  const rejected = invalid.filter(({ result }) => result.exit === 2 && result.located === true);
  const crashes = pairs.filter(({ result }) => result.exit === 3).length;
  const requestCounts: RequestCounts = countRequests(generated.map(({ result }) => result));
  const requestsOk = generated.filter(({ result }) => unexplained(result).length === 0);
  const values = generated.reduce((sum, { result }) => sum + (result.validators?.values ?? 0), 0);
  const agreed = generated.reduce((sum, { result }) => sum + (result.validators?.agreed ?? 0), 0);
  const knownTexts = (result: DocumentResult): string[] => [
    ...(result.validators?.fixturesRefused ?? []).map((text) => `fixture refused: ${text}`),
    ...(result.validators?.disagreements ?? []),
  ];
  const knownDisagreements = generated.reduce(
    (sum, { result }) =>
      sum + knownTexts(result).filter((text) => knownDisagreement(result.name, text) !== undefined).length,
    0,
  );
  const validatorsOk = generated.filter(({ result }) => validatorShortfalls(result).length === 0);
  const types = summarizeTypes(results);
  const line =
    `corpus: ${generated.length}/${valid.length} generate, ${typed.length}/${generated.length} type-check, ` +
    `${fixtures.length}/${generated.length} fixtures valid, validators agree with ajv on ${agreed}/${values} values (${knownDisagreements} fixtures or verdicts off for a known reason), ${requestCounts.summary}, ${rejected.length}/${invalid.length} invalid rejected` +
    (crashes > 0 ? `, ${crashes} crashed` : "") +
    `, ${types.clause}`;
  const shortfall =
    requestsOk.length < generated.length ||
    validatorsOk.length < generated.length ||
    generated.length < valid.length ||
    typed.length < generated.length ||
    fixtures.length < generated.length ||
    rejected.length < invalid.length ||
    crashes > 0 ||
    types.shortfall;
  return { line, shortfall };
}
