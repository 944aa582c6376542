import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { LineCounter, parseDocument, isCollection, isSeq, type Document } from "yaml";
import { SpecError, type SourceLocation, unescapePointerToken } from "../errors.js";

/** One parsed input file, able to say where a JSON pointer sits in its text. */
export interface SourceDocument {
  /** Absolute path, used to resolve relative `$ref`s. */
  readonly absolutePath: string;
  /** The path as shown in messages (relative to the working directory when inside it). */
  readonly file: string;
  readonly data: unknown;
  locate(pointer: string): SourceLocation;
}

export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absolutePath;
}

export function readDocument(filePath: string): SourceDocument {
  const absolutePath = path.resolve(filePath);
  const file = displayPath(absolutePath);
  const text = readText(absolutePath, file);
  // YAML would accept what JSON does not (trailing commas, comments): a .json file must be JSON.
  if (isJsonPath(file)) checkJson(text, file);
  let positioned: Positioned | undefined;
  const withPositions = (): Positioned => (positioned ??= parseWithPositions(text, file));
  // The positions are needed only to report a problem: most runs never build them.
  const data = quickParse(text)?.value ?? withPositions().data;
  return { absolutePath, file, data, locate: (pointer) => locatePointer(withPositions, file, pointer) };
}

interface Positioned {
  readonly document: Document;
  readonly lineCounter: LineCounter;
  readonly data: unknown;
}

/**
 * js-yaml with the YAML 1.2 core schema reads a document about four times faster than the
 * position-keeping parser, to the same values. Anything unusual goes the careful way: anchors
 * (alias expansion limits), and any error (duplicate keys, syntax), which that parser reports
 * with line and column.
 */
function quickParse(text: string): { readonly value: unknown } | undefined {
  if (/(^|[\s:,[{-])&\S/m.test(text)) return undefined;
  try {
    const value: unknown = loadYaml(text, { schema: CORE_SCHEMA });
    return value === undefined ? undefined : { value };
  } catch {
    return undefined;
  }
}

function parseWithPositions(text: string, file: string): Positioned {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (document.errors.length > 0) {
    throw new SpecError(
      document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return {
          message: `cannot parse ${isJsonPath(file) ? "JSON" : "YAML"}: ${firstLine(error.message)}`,
          location: { file, pointer: "", line: position.line, column: position.col },
        };
      }),
    );
  }
  return { document, lineCounter, data: document.toJS({ maxAliasCount: 10_000 }) };
}

/** Larger inputs are refused before parsing: the largest real API descriptions are a few MB (LaunchDarkly's is 2.8). */
export const MAX_SPEC_BYTES = 32 * 1024 * 1024;

function readText(absolutePath: string, file: string): string {
  const at = { file, pointer: "" };
  let size: number;
  try {
    const stats = statSync(absolutePath);
    if (stats.isDirectory()) throw new SpecError([{ message: "is a directory, not an OpenAPI document", location: at }]);
    size = stats.size;
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw new SpecError([{ message: "file not found", location: at }]);
  }
  if (size === 0) throw new SpecError([{ message: "file is empty", location: at }]);
  if (size > MAX_SPEC_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    throw new SpecError([{ message: `file is ${megabytes} MB, over the ${MAX_SPEC_BYTES / 1024 / 1024} MB limit for an OpenAPI document: is it the right file?`, location: at }]);
  }
  const text = readFileSync(absolutePath, "utf8");
  if (text.trim() === "") throw new SpecError([{ message: "file is empty", location: at }]);
  return text;
}

function checkJson(text: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const before = Number.isNaN(offset) ? "" : text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    const location = Number.isNaN(offset) ? { file, pointer: "" } : { file, pointer: "", line, column };
    throw new SpecError([{ message: `cannot parse JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`, location }]);
  }
}

function isJsonPath(file: string): boolean {
  return file.toLowerCase().endsWith(".json");
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** Walks the YAML syntax tree along the pointer; falls back to the deepest node found. */
function locatePointer(withPositions: () => Positioned, file: string, pointer: string): SourceLocation {
  let document: Document;
  let lineCounter: LineCounter;
  try {
    ({ document, lineCounter } = withPositions());
  } catch {
    return { file, pointer }; // the careful parser refused what the quick one read: no position to give
  }
  const tokens = pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointerToken);
  let node: unknown = document.contents;
  let range: [number, number, number] | undefined = rangeOf(node);
  for (const token of tokens) {
    if (!isCollection(node)) break;
    const numeric = /^\d+$/.test(token) ? Number(token) : undefined;
    // YAML reads an unquoted `200:` as a number key, so try the number form too.
    const next: unknown = isSeq(node) ? node.get(numeric ?? -1, true) : (node.get(token, true) ?? (numeric === undefined ? undefined : node.get(numeric, true)));
    if (next === undefined) break;
    node = next;
    range = rangeOf(node) ?? range;
  }
  if (range === undefined) return { file, pointer };
  const position = lineCounter.linePos(range[0]);
  return { file, pointer, line: position.line, column: position.col };
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  if (typeof node !== "object" || node === null || !("range" in node)) return undefined;
  const range = (node as { range?: [number, number, number] | null }).range;
  return range ?? undefined;
}
