import path from "node:path";
import {
  compareProblems,
  formatLocation,
  type SourceLocation,
  SpecError,
  type SpecProblem,
  type SpecWarning,
} from "../errors.js";
import { loadRedocly } from "../require-package.js";
import { breakCompositionCycles } from "./break-composition-cycles.js";
import { bundleSpec, resolveRefFile } from "./bundle-spec.js";
import { checkDocument } from "./check-document.js";
import { checkRefs } from "./check-refs.js";
import { checkSchemas } from "./check-schemas.js";
import { checkVersion } from "./check-version.js";
import { convertSwagger, swaggerPointer } from "./convert-swagger.js";
import type { Finding } from "./findings.js";
import { normalizeRefs } from "./normalize-refs.js";
import { displayPath, readSpecText } from "./source-text.js";
import { SpecSources } from "./spec-sources.js";

export interface LoadedSpec {
  /** The bundled document: one object, every `$ref` local, warnings' repairs applied; OpenAPI 3.0, 3.1 or 3.2. */
  readonly document: Record<string, unknown>;
  /** Every file read (absolute paths or URLs), entry first. */
  readonly files: readonly string[];
  /** The entry file as shown in messages. */
  readonly entryFile: string;
  /** What breaks a rule of the specification but was read one clear way, in reading order. */
  readonly warnings: readonly SpecWarning[];
  /** Where a pointer into `document` was written: file, line, column and the pointer there. */
  locate(pointer: string): SourceLocation;
}

/** Locating pointers of the document as the rest of the pipeline sees it. */
interface DocumentLocator {
  locate(pointer: string): SourceLocation;
  literal(pointer: string): string | undefined;
}

/**
 * Reads, bundles and checks an OpenAPI 3.0/3.1/3.2 or Swagger 2.0 document (converted to OpenAPI 3.0).
 * Throws SpecError with every problem that leaves no correct client; the rest comes back as
 * warnings, the document read as they say.
 */
export async function loadSpec(specPath: string): Promise<LoadedSpec> {
  const entryRef = path.resolve(specPath);
  const sources = new SpecSources(entryRef);
  const text = readSpecText(entryRef);
  const parsed = sources.parse(entryRef, text, /\.json$/i.test(entryRef));
  const version = checkVersion(
    parsed,
    (pointer) => sources.literalIn(entryRef, pointer),
    (pointer) => sources.locateIn(entryRef, pointer),
  );
  if (version.version === undefined)
    throw refusal(version.findings, () => ({ file: displayPath(entryRef), pointer: "" }));
  const resolver = sources.resolver();
  const root = { source: new (loadRedocly().Source)(entryRef, text), parsed };
  // A `$ref` from another file back into the entry resolves to this same data.
  resolver.cache.set(entryRef, Promise.resolve(root));
  const bundled = await bundleSpec(sources, root, resolver, version.version);
  const findings: Finding[] = [...version.findings, ...bundled.findings];
  if (bundled.document === undefined) throw refusal(findings, (pointer) => sources.locateIn(entryRef, pointer));
  const { document, locator, conversion } = await toOpenapi3(bundled.document, version.version === "oas2", sources);
  findings.push(...conversion);
  if (document === undefined) throw refusal(findings, (pointer) => sources.locate(bundled.document, pointer));
  findings.push(
    ...checkDocument(document, {
      literal: locator.literal,
      fallbackTitle: path.basename(entryRef).replace(/\.[^.]+$/, ""),
    }),
  );
  findings.push(...localRefProblems(document));
  findings.push(...checkSchemas(document));
  const located = locateAll(findings, locator.locate);
  const errors = located.filter((finding) => finding.severity === "error");
  const warnings = located
    .filter((finding) => finding.severity === "warning")
    .map(({ message, location, kind }): SpecWarning => ({ message, location, kind }));
  if (errors.length > 0)
    throw new SpecError(errors.map(({ message, location }) => ({ message, location })).sort(compareProblems));
  for (const finding of findings) finding.repair?.();
  normalizeRefs(document);
  breakCompositionCycles(document);
  return {
    document,
    files: sources.fileRefs(),
    entryFile: displayPath(entryRef),
    warnings: warnings.sort(compareProblems),
    locate: locator.locate,
  };
}

/** The bundled document as OpenAPI 3, with how to locate its pointers in the files read. */
async function toOpenapi3(
  bundled: Record<string, unknown>,
  swagger: boolean,
  sources: SpecSources,
): Promise<{
  document: Record<string, unknown> | undefined;
  locator: DocumentLocator;
  conversion: readonly Finding[];
}> {
  const inSource = (pointer: string): { ref: string; pointer: string } =>
    sources.origin(bundled, swagger ? swaggerPointer(pointer) : pointer);
  const locator: DocumentLocator = {
    locate: (pointer) => {
      const origin = inSource(pointer);
      return sources.locateIn(origin.ref, origin.pointer);
    },
    literal: (pointer) => {
      const origin = inSource(pointer);
      return sources.literalIn(origin.ref, origin.pointer);
    },
  };
  if (!swagger) return { document: bundled, locator, conversion: [] };
  const converted = await convertSwagger(bundled);
  return { document: converted.document, locator, conversion: converted.findings };
}

/** After bundling every `$ref` is local: each must resolve, and no chain may loop. */
function localRefProblems(document: Record<string, unknown>): Finding[] {
  const bundledRef = "#bundled";
  return checkRefs([{ ref: bundledRef, data: document }], resolveRefFile, true).map((problem) => ({
    severity: "error",
    kind: problem.message.startsWith("circular") ? "circular $ref" : "unresolved $ref",
    message: problem.message,
    at: problem.pointer,
  }));
}

type LocatedFinding = Finding & SpecProblem;

/** Each finding located once: the same problem met through two `$ref`s to one place is one problem. */
function locateAll(findings: readonly Finding[], locate: (pointer: string) => SourceLocation): LocatedFinding[] {
  const seen = new Set<string>();
  const located: LocatedFinding[] = [];
  for (const finding of findings) {
    const location = typeof finding.at === "string" ? locate(finding.at) : finding.at;
    const key = `${finding.severity}|${finding.kind}|${formatLocation(location)}|${finding.kind.endsWith("$ref") ? "" : finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    located.push({ ...finding, location });
  }
  return located;
}

function refusal(findings: readonly Finding[], locate: (pointer: string) => SourceLocation): SpecError {
  const errors = locateAll(findings, locate).filter((finding) => finding.severity === "error");
  return new SpecError(errors.map(({ message, location }) => ({ message, location })).sort(compareProblems));
}
