import path from "node:path";
import { SpecError, joinPointer, type SourceLocation, type SpecProblem } from "../errors.js";
import { isRecord, resolvePointer, setOwn, splitRef } from "./json-pointer.js";
import { readDocument, type SourceDocument } from "./read-document.js";

/** Where a part of the bundled document came from, so problems point at the file the user edits. */
interface Origin {
  readonly bundledPointer: string;
  readonly source: SourceDocument;
  readonly sourcePointer: string;
}

export interface BundledSpec {
  readonly document: Record<string, unknown>;
  readonly entry: SourceDocument;
  /** Every file read, entry first: their paths feed the input hash and watch mode. */
  readonly files: readonly string[];
  locate(bundledPointer: string): SourceLocation;
}

const HOISTABLE = /^\/components\/([A-Za-z]+)\/([^/]+)$/;

/**
 * Inlines `$ref`s into other files so the result is one self-contained document. A ref to
 * `/components/<section>/<name>` of another file is hoisted into this document's components
 * (which keeps recursive schemas finite); any other external ref is inlined.
 */
export function bundleSpec(entry: SourceDocument): BundledSpec {
  const bundler = new Bundler(entry);
  const document = bundler.run();
  return {
    document,
    entry,
    files: [...bundler.sources.keys()],
    locate: (pointer) => bundler.locate(pointer),
  };
}

class Bundler {
  readonly sources = new Map<string, SourceDocument>();
  private readonly origins: Origin[] = [];
  private readonly hoisted = new Map<string, string>();
  private readonly problems: SpecProblem[] = [];
  private readonly inlining: string[] = [];
  /** Components hoisted from other files, merged into the document's own at the end. */
  private readonly hoistedComponents: Record<string, Record<string, unknown>> = {};

  constructor(private readonly entry: SourceDocument) {
    this.sources.set(entry.absolutePath, entry);
  }

  run(): Record<string, unknown> {
    if (!isRecord(this.entry.data)) {
      throw new SpecError([{ message: "not an OpenAPI document: expected a mapping at the top level", location: this.entry.locate("") }]);
    }
    const document: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this.entry.data)) {
      setOwn(document, key, this.walk(value, this.entry, joinPointer("", key)));
    }
    if (this.problems.length > 0) throw new SpecError(this.problems);
    return this.mergeHoisted(document);
  }

  locate(bundledPointer: string): SourceLocation {
    let best: Origin | undefined;
    for (const origin of this.origins) {
      const matches = bundledPointer === origin.bundledPointer || bundledPointer.startsWith(`${origin.bundledPointer}/`);
      if (matches && (best === undefined || origin.bundledPointer.length > best.bundledPointer.length)) best = origin;
    }
    if (best === undefined) return this.entry.locate(bundledPointer);
    return best.source.locate(best.sourcePointer + bundledPointer.slice(best.bundledPointer.length));
  }

  /** Copies `value` from `source`, rewriting refs; `pointer` is the position in `source`. */
  private walk(value: unknown, source: SourceDocument, pointer: string): unknown {
    if (Array.isArray(value)) return value.map((item, index) => this.walk(item, source, joinPointer(pointer, index)));
    if (!isRecord(value)) return value;
    if (typeof value.$ref === "string") {
      const rewritten = this.rewriteRef(value.$ref, source, joinPointer(pointer, "$ref"));
      if (rewritten !== undefined) return rewritten;
    }
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      setOwn(copy, key, this.walk(item, source, joinPointer(pointer, key)));
    }
    return copy;
  }

  /** Returns the replacement for a ref object, or undefined to keep it as it is (a local ref of the entry). */
  private rewriteRef(ref: string, source: SourceDocument, refPointer: string): unknown {
    const { file, pointer } = splitRef(ref);
    if (file === "" && source === this.entry) return undefined;
    const target = file === "" ? source : this.readTarget(file, source, refPointer);
    if (target === undefined) return { $ref: ref };
    const resolved = resolvePointer(target.data, pointer);
    if (!resolved.found) {
      this.problems.push({ message: `unresolved $ref "${ref}": nothing at ${target.file}#${pointer}`, location: source.locate(refPointer) });
      return { $ref: ref };
    }
    const hoist = HOISTABLE.exec(pointer);
    if (hoist !== null) return { $ref: this.hoist(target, pointer, hoist[1] ?? "", hoist[2] ?? "", resolved.value) };
    return this.inline(target, pointer, resolved.value, source, refPointer);
  }

  private readTarget(file: string, source: SourceDocument, refPointer: string): SourceDocument | undefined {
    if (/^[a-z][a-z0-9+.-]*:/i.test(file) && !file.startsWith("file:")) {
      this.problems.push({ message: `remote $ref "${file}" is not fetched: download it and refer to the local copy`, location: source.locate(refPointer) });
      return undefined;
    }
    const absolute = path.resolve(path.dirname(source.absolutePath), file.replace(/^file:\/\//, ""));
    const cached = this.sources.get(absolute);
    if (cached !== undefined) return cached;
    try {
      const document = readDocument(absolute);
      this.sources.set(absolute, document);
      return document;
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      this.problems.push({ message: `$ref to "${file}" cannot be read`, location: source.locate(refPointer) }, ...error.problems);
      return undefined;
    }
  }

  private hoist(target: SourceDocument, pointer: string, section: string, name: string, value: unknown): string {
    const key = `${target.absolutePath}#${pointer}`;
    const existing = this.hoisted.get(key);
    if (existing !== undefined) return existing;
    const own = resolvePointer(this.entry.data, joinPointer("/components", section)).value;
    const sectionObject = (this.hoistedComponents[section] ??= {});
    const taken = (candidate: string): boolean =>
      Object.hasOwn(sectionObject, candidate) || (isRecord(own) && Object.hasOwn(own, candidate));
    let unique = name;
    for (let n = 2; taken(unique); n += 1) unique = `${name}${n}`;
    const bundledPointer = joinPointer("/components", section, unique);
    const local = `#${bundledPointer}`;
    this.hoisted.set(key, local);
    setOwn(sectionObject, unique, null); // reserve the name before walking, for recursive refs
    this.origins.push({ bundledPointer, source: target, sourcePointer: pointer });
    setOwn(sectionObject, unique, this.walk(value, target, pointer));
    return local;
  }

  private inline(target: SourceDocument, pointer: string, value: unknown, source: SourceDocument, refPointer: string): unknown {
    const key = `${target.absolutePath}#${pointer}`;
    if (this.inlining.includes(key)) {
      this.problems.push({
        message: `circular $ref through ${target.file}#${pointer} cannot be inlined: move the target under /components/schemas`,
        location: source.locate(refPointer),
      });
      return {};
    }
    this.inlining.push(key);
    const result = this.walk(value, target, pointer);
    this.inlining.pop();
    return result;
  }

  private mergeHoisted(document: Record<string, unknown>): Record<string, unknown> {
    if (Object.keys(this.hoistedComponents).length === 0) return document;
    const components: Record<string, unknown> = isRecord(document.components) ? { ...document.components } : {};
    for (const [section, entries] of Object.entries(this.hoistedComponents)) {
      const own = components[section];
      components[section] = { ...(isRecord(own) ? own : {}), ...entries };
    }
    return { ...document, components };
  }
}

