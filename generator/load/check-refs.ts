import { joinPointer } from "../errors.js";
import { nearestName } from "../nearest-name.js";
import { isRecord, pointerTokens, resolvePointer, splitRef } from "./json-pointer.js";
import { DATA_KEYWORDS, NAME_MAPS } from "./schema-keywords.js";

/** One file of the document, by absolute reference, with its data. */
export interface RefFile {
  readonly ref: string;
  readonly data: unknown;
}

/** A `$ref` that resolves to nothing, or a chain of `$ref`s that never reaches a value. */
export interface RefProblem {
  readonly ref: string;
  readonly pointer: string;
  readonly message: string;
}

/**
 * Every `$ref` of `files` must resolve, and no chain of refs may loop without reaching a value.
 * `resolveFile` turns the file part of a `$ref` into an absolute reference. A ref into a file not in
 * `files` is left alone (the bundler reads and reports those), unless `bundled`: then every ref
 * should be local, and one that is not sits where the bundler does not look.
 */
export function checkRefs(
  files: readonly RefFile[],
  resolveFile: (from: string, file: string) => string,
  bundled = false,
): RefProblem[] {
  const data = new Map(files.map((file) => [file.ref, file.data]));
  const problems: RefProblem[] = [];
  const reported = new Set<string>();
  for (const file of files) {
    walkRefs(file.data, "", (ref, pointer) => {
      if (typeof ref !== "string") {
        problems.push({
          ref: file.ref,
          pointer: joinPointer(pointer, "$ref"),
          message: `\`$ref\` must be a string, not ${JSON.stringify(ref)}`,
        });
        return;
      }
      const problem =
        bundled && splitRef(ref).file !== ""
          ? {
              message: `$ref "${ref}" into another file sits where the bundler does not look: it cannot be resolved`,
              cycle: undefined,
            }
          : followRef(data, resolveFile, file.ref, ref);
      if (problem === undefined) return;
      // A cycle is reported once, at the first of its refs met in reading order.
      if (problem.cycle !== undefined && reported.has(problem.cycle)) return;
      if (problem.cycle !== undefined) reported.add(problem.cycle);
      problems.push({ ref: file.ref, pointer: joinPointer(pointer, "$ref"), message: problem.message });
    });
  }
  return problems;
}

function walkRefs(value: unknown, pointer: string, visit: (ref: unknown, pointer: string) => void): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walkRefs(item, joinPointer(pointer, index), visit);
    return;
  }
  if (!isRecord(value)) return;
  // In a map of names (`properties`, `schemas`, …) a key `$ref` is a name, not a reference.
  const isNameMap = NAME_MAPS.has(pointerTokens(pointer).at(-1) ?? "");
  if (value.$ref !== undefined && !isNameMap) visit(value.$ref, pointer);
  for (const [key, item] of Object.entries(value)) {
    if (!isNameMap && DATA_KEYWORDS.has(key)) continue;
    walkRefs(item, joinPointer(pointer, key), visit);
  }
}

/** ` (did you mean Pets?)` when the pointer's last step is a near miss of a name its parent has. */
export function suggestion(document: unknown, pointer: string): string {
  const tokens = pointerTokens(pointer);
  const last = tokens.at(-1);
  const parent = resolvePointer(
    document,
    `/${tokens
      .slice(0, -1)
      .map((token) => token.replace(/~/g, "~0").replace(/\//g, "~1"))
      .join("/")}`.replace(/^\/$/, ""),
  );
  if (last === undefined || !parent.found || !isRecord(parent.value)) return "";
  const nearest = nearestName(last, Object.keys(parent.value));
  return nearest === undefined ? "" : ` (did you mean ${nearest}?)`;
}

function followRef(
  data: ReadonlyMap<string, unknown>,
  resolveFile: (from: string, file: string) => string,
  from: string,
  ref: string,
): { message: string; cycle?: string } | undefined {
  const seen: string[] = [];
  let [currentFile, current] = [from, ref];
  for (;;) {
    const { file, pointer } = splitRef(current);
    const targetFile = file === "" ? currentFile : resolveFile(currentFile, file);
    if (!data.has(targetFile)) return undefined;
    const key = `${targetFile}#${pointer}`;
    if (seen.includes(key)) {
      const chain = seen.slice(seen.indexOf(key));
      const shown = chain.map((step) => (step.startsWith(`${from}#`) ? step.slice(from.length) : step));
      return {
        message: `circular $ref "${ref}": the chain ${shown.join(" → ")} never reaches a value`,
        cycle: [...chain].sort().join("|"),
      };
    }
    seen.push(key);
    const resolved = resolvePointer(data.get(targetFile), pointer);
    if (!resolved.found)
      return {
        message: `unresolved $ref "${current}": nothing at ${file === "" ? "" : file}#${pointer}${suggestion(data.get(targetFile), pointer)}`,
      };
    const target = resolved.value;
    if (!isRecord(target) || typeof target.$ref !== "string") return undefined;
    [currentFile, current] = [targetFile, target.$ref];
  }
}
