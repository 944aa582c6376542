import { unescapePointerToken } from "../errors.js";

export function pointerTokens(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointerToken);
}

/** Resolves an RFC 6901 pointer inside plain data; `found` is false when any step is missing. */
export function resolvePointer(data: unknown, pointer: string): { found: boolean; value: unknown } {
  let current = data;
  for (const token of pointerTokens(pointer)) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, token)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<string, unknown>)[token];
  }
  return { found: true, value: current };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A `$ref` string split into the file part (empty for local) and the fragment pointer. */
export function splitRef(ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf("#");
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? "" : ref.slice(hash + 1);
  return { file, pointer: decodeURIComponentSafe(fragment) };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Sets an own property even for keys like `__proto__`, which plain assignment would turn into a prototype change. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Follows local `$ref`s (at most 32) to the value they name; undefined when one does not resolve. */
export function deref(document: Record<string, unknown>, value: unknown): unknown {
  let current = value;
  for (let depth = 0; depth < 32 && isRecord(current) && typeof current.$ref === "string"; depth += 1) {
    const { file, pointer } = splitRef(current.$ref);
    if (file !== "") return undefined;
    current = resolvePointer(document, pointer).value;
  }
  return current;
}
