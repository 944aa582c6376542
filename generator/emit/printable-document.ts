import { isRecord, setOwn } from "../load/json-pointer.js";

/** Keywords whose value is a list of schemas, or one schema, where openapi-typescript expects an object. */
const SCHEMA_LISTS = new Set(["allOf", "oneOf", "anyOf", "prefixItems"]);
const SCHEMA_SINGLES = new Set(["items", "not", "contains", "if", "then", "else", "propertyNames"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs"]);
const DATA_KEYWORDS = new Set(["example", "examples", "default", "const", "enum"]);

function spelledOut(value: unknown): unknown {
  return value === true ? {} : value === false ? { not: {} } : value;
}

/**
 * A copy of the document for openapi-typescript: boolean schemas (valid in OpenAPI 3.1) written
 * out as the objects they mean (`true` as `{}`, `false` as `{ not: {} }`) where it reads an object
 * (it throws on `oneOf: [true, …]`). `additionalProperties: false` stays: it prints that itself.
 */
export function printableDocument(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, item] of Object.entries(value)) {
      if (DATA_KEYWORDS.has(key)) continue;
      if (SCHEMA_LISTS.has(key) && Array.isArray(item)) item.forEach((schema, index) => (item[index] = spelledOut(schema)));
      else if (SCHEMA_SINGLES.has(key)) setOwn(value, key, spelledOut(item));
      else if (SCHEMA_MAPS.has(key) && isRecord(item)) for (const [name, schema] of Object.entries(item)) setOwn(item, name, spelledOut(schema));
      visit(value[key]);
    }
  };
  visit(copy);
  return copy;
}
