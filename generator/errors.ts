/** Where in the input a problem is: a file, a JSON pointer, and a line and column where known. */
export interface SourceLocation {
  readonly file: string;
  readonly pointer: string;
  readonly line?: number;
  readonly column?: number;
}

export interface SpecProblem {
  readonly message: string;
  readonly location: SourceLocation;
}

/**
 * A rule of the specification the document breaks, where it still has one clear meaning: the
 * message says how it is read, and generation goes on (`--strict` refuses it instead).
 */
export interface SpecWarning extends SpecProblem {
  /** What kind of rule: warnings are printed grouped by it. */
  readonly kind: string;
}

/** The one error type for bad input: it carries every problem found, each with its location. */
export class SpecError extends Error {
  readonly problems: readonly SpecProblem[];

  /** `title` heads the message; by default it speaks of the OpenAPI document. */
  constructor(problems: readonly SpecProblem[], title?: string) {
    super(formatProblems(problems, title));
    this.name = "SpecError";
    this.problems = problems;
  }
}

export function formatLocation(location: SourceLocation): string {
  const position =
    location.line === undefined ? "" : `:${location.line}${location.column === undefined ? "" : `:${location.column}`}`;
  // The root pointer says nothing a file name does not already say.
  const pointer = location.pointer === "" ? "" : ` (#${location.pointer})`;
  return `${location.file}${position}${pointer}`;
}

export function formatProblems(problems: readonly SpecProblem[], title?: string): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const lines = problems.map((problem) => `  ${formatLocation(problem.location)}: ${problem.message}`);
  return [`${title ?? `${count} in the OpenAPI document`}:`, ...lines].join("\n");
}

/** In reading order: by file, then line and column, then pointer. */
export function compareProblems(a: SpecProblem, b: SpecProblem): number {
  const x = a.location;
  const y = b.location;
  if (x.file !== y.file) return x.file < y.file ? -1 : 1;
  const byLine = (x.line ?? 0) - (y.line ?? 0) || (x.column ?? 0) - (y.column ?? 0);
  if (byLine !== 0) return byLine;
  return x.pointer < y.pointer ? -1 : x.pointer > y.pointer ? 1 : 0;
}

const WARNINGS_SHOWN_PER_KIND = 10;

/** Warnings grouped by kind (in order of first appearance), each located; long groups are cut short. */
export function formatWarnings(warnings: readonly SpecWarning[], file: string): string {
  const groups = new Map<string, SpecWarning[]>();
  for (const warning of warnings) groups.set(warning.kind, [...(groups.get(warning.kind) ?? []), warning]);
  const count = warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`;
  const lines = [`${count} in ${file} (generation went on; --strict refuses them):`];
  for (const [kind, group] of groups) {
    lines.push(`  ${kind} (${group.length}):`);
    for (const warning of group.slice(0, WARNINGS_SHOWN_PER_KIND))
      lines.push(`    ${formatLocation(warning.location)}: ${warning.message}`);
    if (group.length > WARNINGS_SHOWN_PER_KIND)
      lines.push(`    … and ${group.length - WARNINGS_SHOWN_PER_KIND} more of this kind`);
  }
  return lines.join("\n");
}

/** RFC 6901 escaping of one reference token. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function joinPointer(base: string, ...tokens: readonly (string | number)[]): string {
  return base + tokens.map((token) => `/${escapePointerToken(String(token))}`).join("");
}
