import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { type Document, isCollection, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { type SourceLocation, SpecError, unescapePointerToken } from "../errors.js";
import { loadRedocly } from "../require-package.js";
import { placeSyntaxErrors } from "./yaml-error-position.js";

/** Larger inputs are refused before parsing: the largest real API descriptions are a few MB (LaunchDarkly's is 2.8). */
export const MAX_SPEC_BYTES = 32 * 1024 * 1024;

/** How many times YAML aliases may expand: more is a "billion laughs" document, not an API description. */
const MAX_ALIAS_COUNT = 10_000;

/** The path as shown in messages: relative to the working directory when inside it, URLs as they are. */
export function displayPath(absoluteRef: string): string {
  if (/^https?:\/\//i.test(absoluteRef)) return absoluteRef;
  const relative = path.relative(process.cwd(), absoluteRef);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absoluteRef;
}

/** Reads a spec file, refusing a directory, a missing or empty file and one over the size limit. */
export function readSpecText(absolutePath: string): string {
  const at = { file: displayPath(absolutePath), pointer: "" };
  let size: number;
  try {
    const stats = statSync(absolutePath);
    if (stats.isDirectory())
      throw new SpecError([{ message: "is a directory, not an OpenAPI document", location: at }]);
    size = stats.size;
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw new SpecError([{ message: "file not found", location: at }]);
  }
  checkSize(size, at);
  return readFileSync(absolutePath, "utf8");
}

export function checkSize(size: number, at: SourceLocation): void {
  if (size > MAX_SPEC_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    throw new SpecError([
      {
        message: `file is ${megabytes} MB, over the ${MAX_SPEC_BYTES / 1024 / 1024} MB limit for an OpenAPI document: is it the right file?`,
        location: at,
      },
    ]);
  }
}

/**
 * Parses a JSON or YAML document to plain data, with the file's locator. YAML is read the way
 * openapi-typescript reads it (Redocly's parser: the JSON schema plus merge keys); a `.json` file
 * must be strict JSON. Errors name the line and column. Where the position-keeping parse had to run
 * already (to bound alias expansion), the locator reuses it instead of parsing the text again.
 */
export function parseSpecSource(text: string, file: string, json: boolean): { parsed: unknown; locator: TextLocator } {
  if (text.trim() === "") throw new SpecError([{ message: "file is empty", location: { file, pointer: "" } }]);
  if (json) return { parsed: parseJson(text, file), locator: textLocator(text, file) };
  // Aliases share one object in the parsed value, but every walk over it would expand them.
  const early = /(^|[\s:,[{-])&\S/m.test(text) ? positioned(text, file) : undefined;
  try {
    return { parsed: loadRedocly().parseYaml(text, { filename: file }), locator: textLocator(text, file, early) };
  } catch (error) {
    positioned(text, file); // the position-keeping parser words most errors better, with line and column
    const message = error instanceof Error ? error.message : String(error);
    const [, line, column] = /\((\d+):(\d+)\)/.exec(message) ?? [];
    const location =
      line === undefined ? { file, pointer: "" } : { file, pointer: "", line: Number(line), column: Number(column) };
    throw new SpecError([
      { message: `cannot parse YAML: ${firstLine(message).replace(/ \(\d+:\d+\)$/, "")}`, location },
    ]);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const before = Number.isNaN(offset) ? "" : text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    const location = Number.isNaN(offset) ? { file, pointer: "" } : { file, pointer: "", line, column };
    throw new SpecError([
      { message: `cannot parse JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`, location },
    ]);
  }
}

interface Positioned {
  readonly document: Document;
  readonly lineCounter: LineCounter;
}

/** The position-keeping parse: built only to locate a problem (or to word a parse error). */
function positioned(text: string, file: string): Positioned {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (document.errors.length > 0) {
    const problems = placeSyntaxErrors(text, document.errors).map(({ offset, message }) => {
      const position = lineCounter.linePos(offset);
      return {
        message: `cannot parse YAML: ${message}`,
        location: { file, pointer: "", line: position.line, column: position.col },
      };
    });
    throw new SpecError(problems);
  }
  try {
    document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new SpecError([
      {
        message: `cannot parse YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`,
        location: { file, pointer: "" },
      },
    ]);
  }
  return { document, lineCounter };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** Says where JSON pointers sit in one file's text; positions are computed on the first question. */
export interface TextLocator {
  locate(pointer: string): SourceLocation;
  /** The text of the scalar at `pointer` as written (`1.0`, not the number 1), if there is one. */
  literal(pointer: string): string | undefined;
}

export function textLocator(text: string, file: string, known?: Positioned): TextLocator {
  let cached: Positioned | null | undefined = known;
  const parsed = (): Positioned | null => {
    if (cached !== undefined) return cached;
    try {
      cached = positioned(text, file);
    } catch {
      cached = null; // the careful parser refused what the quick one read: no position to give
    }
    return cached;
  };
  return {
    locate(pointer) {
      const found = parsed();
      const node = found === null ? undefined : nodeAt(found.document, pointer);
      const range = rangeOf(node);
      if (found === null || range === undefined) return { file, pointer };
      const position = found.lineCounter.linePos(range[0]);
      return { file, pointer, line: position.line, column: position.col };
    },
    literal(pointer) {
      const found = parsed();
      const node = found === null ? undefined : nodeAt(found.document, pointer, true);
      const range = rangeOf(node);
      return isScalar(node) && range !== undefined ? text.slice(range[0], range[1]) : undefined;
    },
  };
}

/**
 * Walks the YAML syntax tree along the pointer: the deepest node found, or undefined when `exact`
 * and it stops short. A block mapping or list is shown by its key (`get:`), not by its first entry
 * on the next line.
 */
function nodeAt(document: Document, pointer: string, exact = false): unknown {
  const tokens = pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointerToken);
  let node: unknown = document.contents;
  let shown: unknown = node;
  for (const token of tokens) {
    if (!isCollection(node)) return exact ? undefined : shown;
    const numeric = /^\d+$/.test(token) ? Number(token) : undefined;
    let key: unknown;
    let next: unknown;
    if (isSeq(node)) next = node.get(numeric ?? -1, true);
    else {
      // YAML reads an unquoted `200:` as a number key, so try the number form too.
      const pair =
        node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === token) ??
        node.items.find((item) => numeric !== undefined && isScalar(item.key) && item.key.value === numeric);
      [key, next] = [pair?.key, pair?.value];
    }
    if (next === undefined || next === null) return exact ? undefined : shown;
    node = next;
    const blockCollection = isCollection(node) && node.flow !== true;
    const candidate = blockCollection && key !== undefined ? key : node;
    if (rangeOf(candidate) !== undefined) shown = candidate;
  }
  return exact ? node : shown;
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  if (typeof node !== "object" || node === null || !("range" in node)) return undefined;
  const range = (node as { range?: [number, number, number] | null }).range;
  return range ?? undefined;
}
