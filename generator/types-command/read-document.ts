// Reads a document the way openapi-typescript 7.13's `openapiTS()` does (its `validateAndBundle`:
// Redocly's resolver, lint and bundle, with the CLI's Redocly config), parsing the entry once, so
// the version can pick the route before anything else runs: 3.0 and 3.1 go on through
// openapi-typescript's reading; Swagger 2.0 and 3.2, which it misreads (3.2 silently, as 3.1), go
// to this repository's loader instead. Problems are located (file, line, column, pointer).
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { Config, Document, NormalizedProblem } from "@redocly/openapi-core";
import { type SourceLocation, SpecError, type SpecProblem } from "../errors.js";
import { displayPath } from "../load/source-text.js";
import { loadRedocly } from "../require-package.js";

export type ReadResult =
  | { readonly route: "openapi-typescript"; readonly bundled: Record<string, unknown>; readonly warnings: string[] }
  | { readonly route: "loader" };

export type DocumentSource = URL | Readable;

function absoluteRefOf(source: DocumentSource): string {
  if (!(source instanceof URL)) return fileURLToPath(new URL(`file://${process.cwd()}/`));
  return source.protocol === "file:" ? fileURLToPath(source) : source.href;
}

async function readStream(stream: Readable): Promise<string> {
  stream.resume();
  stream.setEncoding("utf8");
  let content = "";
  for await (const chunk of stream) content += String(chunk);
  return content.trim();
}

/** An unreadable entry (missing, or not YAML or JSON), with the position the parser gave. */
function unreadable(error: unknown, absoluteRef: string): SpecError {
  const detail = error as { line?: unknown; col?: unknown; originalError?: { reason?: unknown; message?: unknown } };
  const reason = detail.originalError?.reason ?? detail.originalError?.message;
  const message = typeof reason === "string" ? reason : error instanceof Error ? error.message : String(error);
  const location: SourceLocation = {
    file: displayPath(absoluteRef),
    pointer: "",
    ...(typeof detail.line === "number" ? { line: detail.line } : {}),
    ...(typeof detail.col === "number" ? { column: detail.col } : {}),
  };
  return new SpecError([{ message: `cannot read the document: ${message}`, location }]);
}

async function parseEntry(
  source: DocumentSource,
  absoluteRef: string,
  resolver: InstanceType<ReturnType<typeof loadRedocly>["BaseResolver"]>,
): Promise<Document> {
  const redocly = loadRedocly();
  try {
    if (source instanceof URL) {
      const result = await resolver.resolveDocument(null, absoluteRef, true);
      if ("parsed" in result) return result as Document;
      throw result.originalError;
    }
    const text = await readStream(source);
    if (text.startsWith("{"))
      return { source: new redocly.Source(absoluteRef, text, "application/json"), parsed: JSON.parse(text) };
    return redocly.makeDocumentFromString(text, absoluteRef);
  } catch (error) {
    throw unreadable(error, absoluteRef);
  }
}

/** openapi-typescript's own version check and messages, located at `#/openapi` (or `#/swagger`). */
function versionProblem(parsed: Record<string, unknown>, file: string): SpecProblem | undefined {
  const version = Number.parseFloat(String(parsed.openapi));
  if (
    parsed.swagger === undefined &&
    parsed.openapi !== undefined &&
    !Number.isNaN(version) &&
    version >= 3 &&
    version < 4
  )
    return undefined;
  const message =
    parsed.openapi !== undefined
      ? `Unsupported OpenAPI version: ${String(parsed.openapi)}`
      : 'Unsupported schema format, expected `openapi: 3.x` (or `swagger: "2.0"`)';
  return { message, location: { file, pointer: parsed.openapi !== undefined ? "/openapi" : "" } };
}

function locateProblem(problem: NormalizedProblem): SpecProblem {
  const at = problem.location[0];
  if (at === undefined) return { message: problem.message, location: { file: "<document>", pointer: "" } };
  const { start } = loadRedocly().getLineColLocation(at);
  return {
    message: problem.message,
    location: {
      file: displayPath(at.source.absoluteRef),
      pointer: (at.pointer ?? "").replace(/^#/, ""),
      line: start.line,
      column: start.col,
    },
  };
}

/** Errors refuse the document (openapi-typescript throws on the first); warnings are returned as lines. */
function sortProblems(problems: readonly NormalizedProblem[], warnings: string[]): void {
  const errors = problems.filter((problem) => problem.severity === "error").map(locateProblem);
  if (errors.length > 0) throw new SpecError(errors);
  for (const problem of problems) {
    const { message, location } = locateProblem(problem);
    warnings.push(`${location.file}:${location.line ?? 0}:${location.column ?? 0} (#${location.pointer}): ${message}`);
  }
}

export async function readDocument(source: DocumentSource, redoc: Config): Promise<ReadResult> {
  const redocly = loadRedocly();
  const absoluteRef = absoluteRefOf(source);
  const resolver = new redocly.BaseResolver(redoc.resolve);
  const document = await parseEntry(source, absoluteRef, resolver);
  const parsed = (document.parsed ?? {}) as Record<string, unknown>;
  const file = displayPath(absoluteRef);
  if (parsed.swagger !== undefined || /^3\.2(\.|$)/.test(String(parsed.openapi))) {
    if (!(source instanceof URL))
      throw new SpecError([
        { message: "Swagger 2.0 and OpenAPI 3.2 are read from a file, not stdin", location: { file, pointer: "" } },
      ]);
    return { route: "loader" };
  }
  const problem = versionProblem(parsed, file);
  if (problem !== undefined) throw new SpecError([problem]);
  const warnings: string[] = [];
  sortProblems(
    await redocly.lintDocument({ document, config: redoc.styleguide, externalRefResolver: resolver }),
    warnings,
  );
  const bundled = await redocly.bundle({ config: redoc, dereference: false, doc: document });
  sortProblems(bundled.problems, warnings);
  return { route: "openapi-typescript", bundled: bundled.bundle.parsed as Record<string, unknown>, warnings };
}
