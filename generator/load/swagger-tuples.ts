// Swagger 2.0's schemas are JSON Schema draft 4's, where `items` may be a list (a tuple: item i
// follows schema i, items past the list follow `additionalItems`) and `type: "null"` allows only
// null. swagger2openapi reads such a list as "every item is one of these" (`anyOf`) and
// `type: "null"` as `nullable: true` with no type, which allows any value; fixtures and mocks
// then made values the document refuses. OpenAPI 3.0 has no word for either, so the conversion
// is told what they were (marks it carries through) and they come out as 3.1's `prefixItems` and
// `enum: [null]`, which openapi-typescript, the fixture engine and the validator read.

import { isRecord } from "./json-pointer.js";
import { HTTP_METHODS } from "./path-item-operations.js";
import { DATA_KEYWORDS, SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_SINGLES } from "./schema-keywords.js";

/** Set on the `anyOf` a tuple's list of item schemas is handed to the converter as. */
const TUPLE_MARK = "x-codegen-tuple-items";
/** Set on a schema of `type: "null"`: the converter drops the type (and leaves a hole where an `enum`'s null was). */
const NULL_MARK = "x-codegen-null-type";

/** Every schema of a Swagger 2.0 document, each once, parents before their parts. */
function forEachSwaggerSchema(
  swagger: Record<string, unknown>,
  visit: (schema: Record<string, unknown>) => void,
): void {
  const seen = new Set<object>();
  const walk = (schema: unknown): void => {
    if (!isRecord(schema) || seen.has(schema)) return;
    seen.add(schema);
    visit(schema);
    for (const key of [...SCHEMA_SINGLES, "additionalItems"]) walk(schema[key]);
    for (const key of SCHEMA_LISTS) if (Array.isArray(schema[key])) (schema[key] as unknown[]).forEach(walk);
    for (const key of SCHEMA_MAPS) if (isRecord(schema[key])) Object.values(schema[key]).forEach(walk);
  };
  const values = (value: unknown): unknown[] =>
    isRecord(value) ? Object.values(value) : Array.isArray(value) ? value : [];
  const withSchema = (holder: unknown): void => walk(isRecord(holder) ? holder.schema : undefined);
  values(swagger.definitions).forEach(walk);
  values(swagger.parameters).forEach(withSchema);
  values(swagger.responses).forEach(withSchema);
  for (const item of values(swagger.paths)) {
    if (!isRecord(item)) continue;
    values(item.parameters).forEach(withSchema);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      values(operation.parameters).forEach(withSchema);
      values(operation.responses).forEach(withSchema);
    }
  }
}

/** Before conversion (on the converter's copy): a list `items` becomes a marked `anyOf`, `type: "null"` is marked. */
export function markSwaggerTuples(swagger: Record<string, unknown>): void {
  forEachSwaggerSchema(swagger, (schema) => {
    if (Array.isArray(schema.items)) schema.items = { anyOf: schema.items, [TUPLE_MARK]: true };
    const onlyNull =
      schema.type === "null" ||
      (Array.isArray(schema.type) && schema.type.length > 0 && schema.type.every((type) => type === "null"));
    if (onlyNull) schema[NULL_MARK] = true;
  });
}

/**
 * After conversion: each marked `anyOf` is the tuple's `prefixItems` again, `additionalItems` the
 * items past it; a schema that was `type: "null"` is `nullable: true, enum: [null]`, OpenAPI 3.0's "only null".
 */
export function restoreSwaggerTuples(converted: unknown): void {
  if (Array.isArray(converted)) {
    converted.forEach(restoreSwaggerTuples);
    return;
  }
  if (!isRecord(converted)) return;
  if (converted[NULL_MARK] === true) {
    delete converted[NULL_MARK];
    delete converted.type;
    converted.nullable = true;
    converted.enum = [null];
  }
  const items = converted.items;
  if (isRecord(items) && items[TUPLE_MARK] === true && Array.isArray(items.anyOf)) {
    const prefix = items.anyOf as unknown[];
    const rest = converted.additionalItems;
    delete converted.additionalItems;
    converted.prefixItems = prefix;
    // OpenAPI 3.0 wants `items` beside `type: array`; `{}` is draft 4's default for `additionalItems`.
    converted.items = isRecord(rest) ? rest : {};
    if (rest === false)
      converted.maxItems = Math.min(
        typeof converted.maxItems === "number" ? converted.maxItems : prefix.length,
        prefix.length,
      );
  }
  for (const [key, value] of Object.entries(converted)) if (!DATA_KEYWORDS.has(key)) restoreSwaggerTuples(value);
}
