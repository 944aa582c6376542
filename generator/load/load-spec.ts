import { SpecError, type SourceLocation } from "../errors.js";
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
    throw new SpecError(problems.map((problem) => ({ message: problem.message, location: bundled.locate(problem.pointer) })));
  }
  return { document, files: bundled.files, entryFile: bundled.entry.file, locate: (pointer) => bundled.locate(pointer) };
}
