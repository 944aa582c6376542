import { statSync } from "node:fs";
import type { BaseResolver, Document, Source } from "@redocly/openapi-core";
import { joinPointer, type SourceLocation, SpecError, type SpecProblem } from "../errors.js";
import { loadRedocly } from "../require-package.js";
import { pointerTokens } from "./json-pointer.js";
import { protectKeys } from "./protected-keys.js";
import { resolveAgainstSelf } from "./self-base.js";
import { checkSize, displayPath, parseSpecSource, type TextLocator } from "./source-text.js";

/** Where a parsed object sat in its file: its parent object and key, up to the file's root. */
interface NodeOrigin {
  readonly ref: string;
  readonly parent: object | undefined;
  readonly key: string;
}

interface FileRecord {
  readonly file: string;
  readonly locator: TextLocator;
  readonly parsed: unknown;
}

/**
 * Every file Redocly reads for one document, and where each parsed object came from. Redocly's
 * bundler moves objects of other files into the entry document (hoisted into `components`, or
 * inlined), keeping their identity; so an object's origin, recorded when its file is parsed and
 * before anything moves, locates any pointer into the bundled document in the file it was written
 * in. Redocly keeps no such map itself, hence this one.
 */
export class SpecSources {
  private readonly files = new Map<string, FileRecord>();
  private readonly origins = new WeakMap<object, NodeOrigin>();
  /** Why a file could not be read or parsed, by absolute reference, located in that file. */
  readonly readProblems = new Map<string, readonly SpecProblem[]>();

  constructor(readonly entryRef: string) {}

  /** Every file read, entry first, the others sorted (they are read concurrently, in no fixed order). */
  fileRefs(): string[] {
    return [this.entryRef, ...[...this.files.keys()].filter((ref) => ref !== this.entryRef).sort()];
  }

  /** Each file parsed, with its data (which bundling later rewrites in place). */
  parsedFiles(): { ref: string; parsed: unknown }[] {
    return this.fileRefs().flatMap((ref) => {
      const record = this.files.get(ref);
      return record === undefined ? [] : [{ ref, parsed: record.parsed }];
    });
  }

  /** Parses one file's text (strict JSON for .json) and records where each of its objects sits. */
  parse(absoluteRef: string, text: string, json: boolean): unknown {
    const file = displayPath(absoluteRef);
    const { parsed, locator } = parseSpecSource(text, file, json);
    this.files.set(absoluteRef, { file, locator, parsed });
    this.index(parsed, absoluteRef);
    // After indexing: origins keep the names as written; Redocly sees them marked (see protected-keys.ts).
    protectKeys(parsed);
    this.defuseMalformedRefs(parsed, absoluteRef);
    qualifyMappingNames(parsed);
    resolveAgainstSelf(parsed, absoluteRef);
    return parsed;
  }

  /** `$ref`s with a broken percent-escape, by file: refused at the `$ref` (check-refs.ts words why). */
  readonly malformedRefs = new Map<string, { pointer: string; ref: string }[]>();

  /**
   * Redocly's resolver throws on a `$ref` with a broken percent-escape (`%ZZ`) from a promise it
   * does not await, which ends the process. Such a ref is recorded and its `%` escaped before
   * Redocly reads the file; the document is refused for it in any case.
   */
  private defuseMalformedRefs(root: unknown, ref: string): void {
    const found: { pointer: string; ref: string }[] = [];
    const visit = (value: unknown, pointer: string): void => {
      if (Array.isArray(value)) for (const [index, item] of value.entries()) visit(item, `${pointer}/${index}`);
      else if (typeof value === "object" && value !== null) {
        const record = value as Record<string, unknown>;
        if (typeof record.$ref === "string" && hasBrokenEscape(record.$ref)) {
          found.push({ pointer: `${pointer}/$ref`, ref: record.$ref });
          record.$ref = record.$ref.replace(/%/g, "%25");
        }
        for (const [key, item] of Object.entries(record))
          if (key !== "$ref") visit(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      }
    };
    visit(root, "");
    if (found.length > 0) this.malformedRefs.set(ref, found);
  }

  private index(root: unknown, ref: string): void {
    if (typeof root !== "object" || root === null || this.origins.has(root)) return;
    this.origins.set(root, { ref, parent: undefined, key: "" });
    const stack: object[] = [root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      for (const [key, child] of Object.entries(node)) {
        // An alias shares one object between places: the first place found is where it is written.
        if (typeof child !== "object" || child === null || this.origins.has(child)) continue;
        this.origins.set(child, { ref, parent: node, key });
        stack.push(child);
      }
    }
  }

  private pointerOf(node: object): { ref: string; pointer: string } | undefined {
    const tokens: string[] = [];
    let origin = this.origins.get(node);
    const ref = origin?.ref;
    while (origin !== undefined && origin.parent !== undefined) {
      tokens.push(origin.key);
      origin = this.origins.get(origin.parent);
    }
    return ref === undefined ? undefined : { ref, pointer: joinPointer("", ...tokens.reverse()) };
  }

  /** A pointer in a file, with line and column. */
  locateIn(ref: string, pointer: string): SourceLocation {
    const record = this.files.get(ref);
    return record === undefined ? { file: displayPath(ref), pointer } : record.locator.locate(pointer);
  }

  /** The scalar at a pointer of a file as it is written there. */
  literalIn(ref: string, pointer: string): string | undefined {
    return this.files.get(ref)?.locator.literal(pointer);
  }

  /** The file, pointer, line and column where the value at `pointer` of the bundled `document` was written. */
  locate(document: unknown, pointer: string): SourceLocation {
    const found = this.origin(document, pointer);
    return this.locateIn(found.ref, found.pointer);
  }

  /** The file and pointer where the value at `pointer` of `document` was written. */
  origin(document: unknown, pointer: string): { ref: string; pointer: string } {
    const tokens = pointerTokens(pointer);
    let best = (isObject(document) ? this.pointerOf(document) : undefined) ?? { ref: this.entryRef, pointer: "" };
    let rest: string[] = [];
    let node: unknown = document;
    for (const [index, token] of tokens.entries()) {
      if (!isObject(node) || !Object.hasOwn(node, token)) {
        rest.push(...tokens.slice(index));
        break;
      }
      node = (node as Record<string, unknown>)[token];
      const origin = isObject(node) ? this.pointerOf(node) : undefined;
      if (origin === undefined) rest.push(token);
      else [best, rest] = [origin, []];
    }
    return { ref: best.ref, pointer: joinPointer(best.pointer, ...rest) };
  }

  /** A Redocly resolver that reads through this registry: size limits, strict JSON, located errors. */
  resolver(): BaseResolver {
    return createResolver(this);
  }
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function isJson(source: Source): boolean {
  return /\.json$/i.test(source.absoluteRef) || /json/i.test(source.mimeType ?? "");
}

function isYaml(source: Source): boolean {
  return /\.ya?ml$/i.test(source.absoluteRef) || /yaml|openapi/i.test(source.mimeType ?? "");
}

function createResolver(sources: SpecSources): BaseResolver {
  const { BaseResolver: Base, ResolveError } = loadRedocly();
  // Remote `$ref`s (http, https) are fetched with the platform's fetch, as Redocly does.
  class SpecResolver extends Base {
    constructor() {
      super({ http: { headers: [] } });
    }

    override async loadExternalRef(absoluteRef: string): Promise<Source> {
      if (!/^https?:\/\//i.test(absoluteRef)) {
        try {
          checkSize(statSync(absoluteRef).size, { file: displayPath(absoluteRef), pointer: "" });
        } catch (error) {
          if (error instanceof SpecError) throw this.failed(absoluteRef, error);
        }
      }
      try {
        return await super.loadExternalRef(absoluteRef);
      } catch (error) {
        const missing = /ENOENT|no such file/i.test(error instanceof Error ? error.message : "");
        const message = missing ? "file not found" : error instanceof Error ? error.message : String(error);
        throw this.failed(
          absoluteRef,
          new SpecError([{ message, location: { file: displayPath(absoluteRef), pointer: "" } }]),
        );
      }
    }

    override parseDocument(source: Source, isRoot = false): Document {
      if (!isRoot && !isJson(source) && !isYaml(source)) return super.parseDocument(source, isRoot);
      try {
        return { source, parsed: sources.parse(source.absoluteRef, source.body, isJson(source)) };
      } catch (error) {
        if (error instanceof SpecError) throw this.failed(source.absoluteRef, error);
        throw error;
      }
    }

    /** Keeps the located problems for the report; Redocly only needs to know the file failed. */
    private failed(absoluteRef: string, error: SpecError): Error {
      sources.readProblems.set(absoluteRef, error.problems);
      return new ResolveError(new Error(error.problems[0]?.message ?? "cannot be read"));
    }
  }
  return new SpecResolver();
}

function hasBrokenEscape(ref: string): boolean {
  try {
    decodeURIComponent(ref.slice(ref.indexOf("#") + 1));
    return false;
  } catch {
    return true;
  }
}

/**
 * A discriminator mapping value may be a schema's bare name (`cat: Cat`), which the specification
 * allows and Redocly's bundler would read as a relative file: written as the reference it means,
 * `#/components/schemas/Cat`, where this file has a schema of that name.
 */
function qualifyMappingNames(root: unknown): void {
  const components =
    typeof root === "object" && root !== null ? (root as { components?: { schemas?: unknown } }).components : undefined;
  const schemas =
    typeof components?.schemas === "object" && components.schemas !== null
      ? (components.schemas as Record<string, unknown>)
      : undefined;
  if (schemas === undefined) return;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 200 || typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const mapping =
      typeof record.discriminator === "object" && record.discriminator !== null
        ? (record.discriminator as { mapping?: unknown }).mapping
        : undefined;
    if (typeof mapping === "object" && mapping !== null) {
      for (const [tag, target] of Object.entries(mapping as Record<string, unknown>)) {
        if (typeof target !== "string" || /[#/]|\.(ya?ml|json)$/i.test(target) || !Object.hasOwn(schemas, target))
          continue;
        Object.defineProperty(mapping, tag, {
          value: `#/components/schemas/${encodeURIComponent(target)}`,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    for (const item of Object.values(record)) visit(item, depth + 1);
  };
  visit(root, 0);
}
