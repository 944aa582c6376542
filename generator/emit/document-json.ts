import { isRecord, setOwn } from "../load/json-pointer.js";
import { DATA_KEYWORDS, NAME_MAPS } from "../load/schema-keywords.js";

/**
 * `openapi.json`: the document as it was read (bundled into one, Swagger 2.0 converted), which the
 * next regeneration diffs for the package's CHANGELOG.md and `diff` reads as the older side.
 * Schemas' `$id`s are left out: bundling rewrote every `$ref` to a pointer into this one document,
 * and an `$id` would make those pointers resolve against the schema's own base instead.
 */
export function documentJson(document: Record<string, unknown>): string {
  const copy = (value: unknown, names: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => copy(item, false));
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (!names && key === "$id" && typeof item === "string") continue;
      setOwn(out, key, DATA_KEYWORDS.has(key) && !names ? item : copy(item, !names && NAME_MAPS.has(key)));
    }
    return out;
  };
  return `${JSON.stringify(copy(document, false), null, 2)}\n`;
}
