import path from "node:path";
import type { BaseResolver, Document } from "@redocly/openapi-core";
import { loadRedocly } from "../require-package.js";
import { checkRefs, suggestion } from "./check-refs.js";
import type { SpecVersion } from "./check-version.js";
import { type Finding, findingList } from "./findings.js";
import { isRecord, resolvePointer, splitRef } from "./json-pointer.js";
import { restoreKeys, restorePointer, restoreRef } from "./protected-keys.js";
import type { SpecSources } from "./spec-sources.js";

export interface BundledDocument {
  /** One object, every `$ref` local: other files' components hoisted into `components`, the rest inlined. */
  readonly document: Record<string, unknown> | undefined;
  readonly findings: readonly Finding[];
}

/** Resolves a `$ref`'s file part against the file it is written in (a path, or a URL). */
export function resolveRefFile(from: string, file: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  if (/^https?:\/\//i.test(from)) return new URL(file, from).href;
  return path.resolve(path.dirname(from), file);
}

/**
 * Bundles with Redocly's bundler: cross-file `$ref`s (cycles across files included) become local,
 * `$ref` siblings stay, example data is left as data. What it cannot resolve becomes an error at the
 * `$ref`, with the reason the target file could not be read; a pure `$ref` cycle is found and located.
 */
export async function bundleSpec(
  sources: SpecSources,
  root: Document,
  resolver: BaseResolver,
  version: SpecVersion,
): Promise<BundledDocument> {
  const redocly = loadRedocly();
  const swagger = version === "oas2";
  const config = await redocly.createConfig({ resolve: { doNotResolveExamples: true }, rules: {} }, {});
  let result: Awaited<ReturnType<typeof redocly.bundle>>;
  try {
    const customTypes = swagger
      ? swaggerTypes(redocly.Oas2Types)
      : version === "oas3_2"
        ? oas32Types(redocly.Oas3_1Types)
        : undefined;
    result = await redocly.bundle({
      doc: root,
      config,
      externalRefResolver: resolver,
      dereference: false,
      ...(customTypes === undefined ? {} : { customTypes }),
    });
  } catch (error) {
    // Redocly's resolver gives up on a chain of refs that loops, or on a malformed one ("URI malformed"), without saying where.
    const located = refFindings(sources);
    if (located.length > 0 || (error instanceof Error && /circular/i.test(error.message)))
      return { document: undefined, findings: located };
    // Anything else it throws on is a document it cannot bundle: bad input, not a crash of ours.
    const message = error instanceof Error ? error.message : String(error);
    const list = findingList();
    list.error({
      kind: "bundling",
      message: `the document cannot be bundled (Redocly's bundler: ${message})`,
      at: sources.locateIn(sources.entryRef, ""),
    });
    return { document: undefined, findings: list.findings };
  }
  const list = findingList();
  const malformed = [...sources.malformedRefs].flatMap(([file, refs]) => refs.map((entry) => ({ file, ...entry })));
  for (const entry of malformed) {
    list.error({
      kind: "unresolved $ref",
      message: `$ref "${restoreRef(entry.ref)}" is not a URI reference: it has a "%" that is not a percent-encoded character (write "%25" for a "%")`,
      at: sources.locateIn(entry.file, restorePointer(entry.pointer)),
    });
  }
  const reportedFiles = new Set<string>();
  for (const problem of result.problems) {
    const where = problem.location[0];
    if (where === undefined) continue;
    const source = where.source.absoluteRef;
    const pointer = (where.pointer ?? "#").replace(/^#/, "");
    const at = sources.locateIn(source, restorePointer(pointer));
    if (problem.ruleId !== "no-unresolved-refs" && !/resolve/i.test(problem.message)) {
      list.warn({ kind: "component names", message: problem.message, at });
      continue;
    }
    const found = refAt(sources, source, pointer);
    // Reported above, as written (its `%` was escaped for Redocly).
    if (malformed.some((entry) => entry.file === source && entry.pointer === found.refPointer)) continue;
    const ref = restoreRef(found.ref);
    const refPointer = restorePointer(found.refPointer);
    const target = splitRef(ref);
    const targetFile = target.file === "" ? source : resolveRefFile(source, target.file);
    const readProblems = sources.readProblems.get(targetFile);
    if (readProblems === undefined) {
      const parsed = sources.parsedFiles().find((file) => file.ref === targetFile)?.parsed;
      list.error({
        kind: "unresolved $ref",
        message: `unresolved $ref "${ref}": nothing at ${target.file}#${target.pointer}${suggestion(parsed, target.pointer)}`,
        at: sources.locateIn(source, refPointer),
      });
      continue;
    }
    list.error({
      kind: "unresolved $ref",
      message: `$ref to "${target.file}" cannot be read`,
      at: sources.locateIn(source, refPointer),
    });
    if (reportedFiles.has(targetFile)) continue;
    reportedFiles.add(targetFile);
    for (const read of readProblems) list.error({ kind: "unreadable file", message: read.message, at: read.location });
  }
  const document = result.bundle.parsed as Record<string, unknown>;
  restoreKeys(document);
  const cycle = objectCycle(document);
  if (cycle !== undefined) {
    list.error({
      kind: "circular $ref",
      message:
        "a $ref here names something that contains this place: where a value (not a schema) belongs, the bundler puts what it names in its stead, and the document would contain itself",
      at: sources.locate(document, cycle),
    });
    return { document: undefined, findings: list.findings };
  }
  return { document, findings: list.findings };
}

/**
 * The pointer of an object that contains itself, if bundling made one. Redocly writes what a `$ref`
 * in a plain value's place names in the ref's stead; naming an ancestor gives a cycle that no
 * later step could walk or print.
 */
function objectCycle(root: unknown): string | undefined {
  const done = new WeakSet<object>();
  const open = new WeakSet<object>();
  // The path is kept as keys and written as a pointer only when a cycle is found.
  const keys: string[] = [];
  const visit = (value: unknown): string | undefined => {
    if (typeof value !== "object" || value === null || done.has(value)) return undefined;
    if (open.has(value)) return keys.map((key) => `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
    open.add(value);
    for (const key of Object.keys(value)) {
      keys.push(key);
      const found = visit((value as Record<string, unknown>)[key]);
      keys.pop();
      if (found !== undefined) return found;
    }
    open.delete(value);
    done.add(value);
    return undefined;
  };
  return visit(root);
}

/**
 * Redocly's Swagger 2.0 types, with the schema keywords Swagger 2.0 lacks but documents use anyway
 * (`anyOf`, `oneOf`, `not`): without them a `$ref` there is never bundled.
 */
function swaggerTypes(types: Record<string, unknown>): Record<string, unknown> {
  const schema = types.Schema as { properties: Record<string, unknown> };
  const list = { name: "SchemaList", properties: {}, items: "Schema" };
  return {
    ...types,
    Schema: { ...schema, properties: { ...schema.properties, anyOf: list, oneOf: list, not: "Schema" } },
  };
}

/**
 * Redocly's openapi-core 1.x reads a 3.2 document with its 3.1 types, which lack 3.2's new places
 * of `$ref`s: without them a `$ref` to another file there is never bundled. Its 2.x knows 3.2, but
 * openapi-typescript depends on 1.x and both would load (measured: +0.2 s of import, see README),
 * so the 3.1 types are extended with `query`, `additionalOperations`, `itemSchema`,
 * `itemEncoding`/`prefixEncoding` and `components.mediaTypes`.
 */
function oas32Types(types: Record<string, unknown>): Record<string, unknown> {
  const node = (name: string): { properties: Record<string, unknown> } =>
    types[name] as { properties: Record<string, unknown> };
  const pathItem = node("PathItem");
  const media = node("MediaType");
  const components = node("Components");
  const parameter = node("Parameter");
  return {
    ...types,
    PathItem: {
      ...pathItem,
      properties: { ...pathItem.properties, query: "Operation", additionalOperations: "AdditionalOperations" },
    },
    AdditionalOperations: { properties: {}, additionalProperties: "Operation" },
    MediaType: {
      ...media,
      properties: {
        ...media.properties,
        itemSchema: "Schema",
        itemEncoding: "Encoding",
        prefixEncoding: "EncodingList",
      },
    },
    EncodingList: { properties: {}, items: "Encoding" },
    Components: { ...components, properties: { ...components.properties, mediaTypes: "MediaTypesMap" } },
    Parameter: {
      ...parameter,
      properties: { ...parameter.properties, in: { enum: ["query", "querystring", "header", "path", "cookie"] } },
    },
  };
}

/** The reference at `pointer` of a file, as written: a reference object's `$ref`, or a discriminator mapping's value. */
function refAt(sources: SpecSources, file: string, pointer: string): { ref: string; refPointer: string } {
  const parsed = sources.parsedFiles().find((candidate) => candidate.ref === file)?.parsed;
  const node = resolvePointer(parsed, pointer).value;
  if (isRecord(node) && typeof node.$ref === "string") return { ref: node.$ref, refPointer: `${pointer}/$ref` };
  return { ref: typeof node === "string" ? node : "", refPointer: pointer };
}

/** The `$ref` problems of the documents as read (cycles, malformed or unresolved refs), each at its `$ref`. */
function refFindings(sources: SpecSources): Finding[] {
  const files = sources.parsedFiles().map(({ ref, parsed }) => ({ ref, data: parsed }));
  const list = findingList();
  for (const problem of checkRefs(files, resolveRefFile)) {
    const message = problem.message
      .replace(/"([^"]*)"/g, (_, ref: string) => `"${restoreRef(ref)}"`)
      .replace(/#(\S+)/g, (_, pointer: string) => `#${restorePointer(pointer)}`);
    list.error({
      kind: message.startsWith("circular") ? "circular $ref" : "unresolved $ref",
      message,
      at: sources.locateIn(problem.ref, restorePointer(problem.pointer)),
    });
  }
  return list.findings;
}
