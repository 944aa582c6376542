import type { SourceLocation } from "../errors.js";

/**
 * What a check of the document found. An error refuses the document; a warning says how the
 * document is read instead, and its `repair` puts the document right before anything reads it.
 */
export interface Finding {
  readonly severity: "error" | "warning";
  /** The rule it breaks, in a few words: warnings are printed grouped by it. */
  readonly kind: string;
  readonly message: string;
  /** A JSON pointer into the bundled document, or a place already located (what bundling found). */
  readonly at: string | SourceLocation;
  readonly repair?: () => void;
}

export type Report = (finding: Omit<Finding, "severity">) => void;

/** Collects findings: `error` and `warn` fill one list, in the order found. */
export function findingList(): { readonly findings: Finding[]; readonly error: Report; readonly warn: Report } {
  const findings: Finding[] = [];
  return {
    findings,
    error: (finding) => findings.push({ ...finding, severity: "error" }),
    warn: (finding) => findings.push({ ...finding, severity: "warning" }),
  };
}
