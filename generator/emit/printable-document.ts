import { isRecord, setOwn } from "../load/json-pointer.js";
import { PRINT_MARK, protectKeys } from "../load/protected-keys.js";
import { DATA_KEYWORDS, SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_SINGLES } from "../load/schema-keywords.js";
import { mediaKind } from "../model/media-kind.js";
import { downlevelDocument } from "./oas32-types.js";

const LISTS: ReadonlySet<string> = new Set(SCHEMA_LISTS);
const MAPS: ReadonlySet<string> = new Set(SCHEMA_MAPS);
/** `additionalProperties: false` stays as it is: openapi-typescript prints that itself. */
const SINGLES: ReadonlySet<string> = new Set(SCHEMA_SINGLES.filter((key) => key !== "additionalProperties"));

function spelledOut(value: unknown): unknown {
  return value === true ? {} : value === false ? { not: {} } : value;
}

/**
 * Boolean schemas (valid in OpenAPI 3.1 and 3.2) written out as the objects they mean (`true` as
 * `{}`, `false` as `{ not: {} }`) where openapi-typescript reads an object (it throws on
 * `oneOf: [true, …]`), in place. Shared with the `types` command.
 */
export function spellOutBooleanSchemas(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(spellOutBooleanSchemas);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (DATA_KEYWORDS.has(key)) continue;
    if (LISTS.has(key) && Array.isArray(item))
      item.forEach((schema, index) => {
        item[index] = spelledOut(schema);
      });
    else if (SINGLES.has(key)) setOwn(value, key, spelledOut(item));
    else if (MAPS.has(key) && isRecord(item))
      for (const [name, schema] of Object.entries(item)) setOwn(item, name, spelledOut(schema));
    spellOutBooleanSchemas(value[key]);
  }
}

/**
 * A copy of the document for openapi-typescript: boolean schemas (valid in OpenAPI 3.1) written
 * out as the objects they mean (`true` as `{}`, `false` as `{ not: {} }`) where it reads an object
 * (it throws on `oneOf: [true, …]`). `additionalProperties: false` stays: it prints that itself.
 * Keys named after Object.prototype's members are marked, and an absent `components` added (see below).
 */
export function printableDocument(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document);
  downlevelDocument(copy, document);
  spellOutBooleanSchemas(copy);
  describeBareMedia(copy);
  // openapi-typescript's CLI bundles with Redocly, which adds an empty `components`: printed as
  // an interface of `never`s, not `Record<string, never>`. Added here, so the types read the same.
  if (copy.components === undefined) copy.components = {};
  // Keys named after Object.prototype's members are marked for openapi-typescript's transform, and
  // the marker taken out of what it prints (see protected-keys.ts).
  protectKeys(copy, PRINT_MARK);
  return copy;
}

/**
 * A media type with no schema prints as `unknown`; one whose bytes or text are the body is
 * given the schema it means, so the types say `Blob` or `string` as the client returns them.
 */
function describeBareMedia(document: Record<string, unknown>): void {
  const visit = (value: unknown, depth: number): void => {
    if (!isRecord(value) || depth > 12) return;
    for (const [key, item] of Object.entries(value)) {
      if (key === "content" && isRecord(item)) {
        for (const [type, media] of Object.entries(item)) {
          const kind = mediaKind(type);
          if (!isRecord(media) || media.schema !== undefined || (kind !== "binary" && kind !== "text")) continue;
          media.schema = kind === "binary" ? { type: "string", format: "binary" } : { type: "string" };
        }
      } else if (key !== "schema" && key !== "schemas" && key !== "examples" && key !== "example")
        visit(item, depth + 1);
    }
  };
  visit(document.paths, 0);
  visit(document.components, 0);
}
