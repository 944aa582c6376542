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
