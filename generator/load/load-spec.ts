import { SpecError, type SourceLocation, type SpecProblem } from "../errors.js";
import { bundleSpec } from "./bundle.js";
import { readDocument } from "./read-document.js";
import { validateDocument } from "./validate-document.js";
import { validateRefs } from "./validate-refs.js";
import { validateSchemas } from "./validate-schemas.js";

export interface LoadedSpec {
  /** The bundled document: one object, every `$ref` local. */
  readonly document: Record<string, unknown>;
  /** Every file read, entry first. */
  readonly files: readonly string[];
  readonly entryFile: string;
  locate(pointer: string): SourceLocation;
}

/** Reads, bundles and validates an OpenAPI 3.0/3.1 document; throws SpecError with every problem found. */
export function loadSpec(specPath: string): LoadedSpec {
  const bundled = bundleSpec(readDocument(specPath));
  const { document } = bundled;
  const structural = validateDocument(document);
  // Ref and schema checks only make sense once the document is known to be OpenAPI 3.
  const versionFailed = structural.some((problem) => problem.pointer === "" || problem.pointer === "/openapi" || problem.pointer === "/swagger");
  const problems = versionFailed ? structural : [...structural, ...validateRefs(document), ...validateSchemas(document)];
  if (problems.length > 0) {
    const located = problems.map((problem) => ({ message: problem.message, location: bundled.locate(problem.pointer) }));
    throw new SpecError(located.sort(compareProblems));
  }
  return { document, files: bundled.files, entryFile: bundled.entry.file, locate: (pointer) => bundled.locate(pointer) };
}

/** In reading order: by file, then line and column, then pointer. */
function compareProblems(a: SpecProblem, b: SpecProblem): number {
  const x = a.location;
  const y = b.location;
  if (x.file !== y.file) return x.file < y.file ? -1 : 1;
  const byLine = (x.line ?? 0) - (y.line ?? 0) || (x.column ?? 0) - (y.column ?? 0);
  if (byLine !== 0) return byLine;
  return x.pointer < y.pointer ? -1 : x.pointer > y.pointer ? 1 : 0;
}
