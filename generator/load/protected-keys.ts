import { escapePointerToken, unescapePointerToken } from "../errors.js";
import { isRecord, setOwn } from "./json-pointer.js";

/**
 * Redocly looks keys up in its type tables without an own-property check: a property or schema
 * named `valueOf` or `hasOwnProperty` finds Object.prototype's method there, calls it, and the
 * bundler throws. Such keys (every name Object.prototype has) are written with a marker before
 * Redocly sees a document, and written back in the bundle; `$ref`s and discriminator mappings that
 * name them follow, and so do the values that name property keys (`required`, a discriminator's
 * `propertyName`). Nothing else reads the marked form.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
/** The marker the loader uses: no document has a key that starts with NUL. */
const MARK = "\u0000";
/**
 * The marker for openapi-typescript's transform (kept since it no longer goes through Redocly: its
 * objects used as maps meet the same names): identifier characters, so it prints marked names as
 * plain text that one replace of the printed source takes out again.
 */
export const PRINT_MARK = "$codegenKey$";

/** A `$ref` that mentions none of the names can have nothing to rename (most refs: skipped quickly). */
const MENTIONS_NAME = new RegExp([...PROTOTYPE_NAMES].join("|"));

function protectName(name: string, mark = MARK): string {
  return PROTOTYPE_NAMES.has(name) ? `${mark}${name}` : name;
}

function restoreName(name: string, mark = MARK): string {
  return name.startsWith(mark) && PROTOTYPE_NAMES.has(name.slice(mark.length)) ? name.slice(mark.length) : name;
}

/** A `$ref`'s pointer with each token passed through `rename` (the file part and encoding kept). */
function renameRef(ref: string, rename: (name: string) => string): string {
  const hash = ref.indexOf("#");
  if (hash === -1 || !MENTIONS_NAME.test(ref)) return ref;
  const tokens = ref
    .slice(hash + 1)
    .split("/")
    .map((token) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(token);
      } catch {
        return token;
      }
      const renamed = rename(unescapePointerToken(decoded));
      return renamed === unescapePointerToken(decoded) ? token : encodeURIComponent(escapePointerToken(renamed));
    });
  return `${ref.slice(0, hash + 1)}${tokens.join("/")}`;
}

function renameAll(root: unknown, rename: (name: string) => string): void {
  const seen = new WeakSet<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    const record = value as Record<string, unknown>;
    if (Object.keys(record).some((key) => rename(key) !== key)) {
      // Rebuilt in order, so the renamed keys keep their places.
      const entries = Object.entries(record);
      for (const [key] of entries) delete record[key];
      for (const [key, item] of entries) setOwn(record, rename(key), item);
    }
    if (typeof record.$ref === "string") record.$ref = renameRef(record.$ref, rename);
    // Values that name property keys follow the keys.
    if (Array.isArray(record.required))
      record.required = record.required.map((name: unknown) => (typeof name === "string" ? rename(name) : name));
    const discriminator = isRecord(record.discriminator) ? record.discriminator : undefined;
    if (discriminator !== undefined && typeof discriminator.propertyName === "string")
      discriminator.propertyName = rename(discriminator.propertyName);
    const mapping = discriminator?.mapping;
    if (isRecord(mapping))
      for (const [key, target] of Object.entries(mapping))
        if (typeof target === "string") setOwn(mapping, key, renameRef(target, rename));
    for (const item of Object.values(record)) visit(item);
  };
  visit(root);
}

/** Marks the keys Redocly would mistake for its own lookups (in place). */
export function protectKeys(root: unknown, mark = MARK): void {
  renameAll(root, (name) => protectName(name, mark));
}

/** Writes the marked keys, refs and mappings back (in place). */
export function restoreKeys(root: unknown): void {
  renameAll(root, (name) => restoreName(name));
}

/** A pointer or `$ref` as Redocly reports it, with marked names written back. */
export function restorePointer(pointer: string): string {
  return pointer
    .split("/")
    .map((token) => escapePointerToken(restoreName(unescapePointerToken(token))))
    .join("/");
}

export function restoreRef(ref: string): string {
  return renameRef(ref, restoreName);
}
