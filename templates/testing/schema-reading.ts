// What the mock needs to know of a schema to read text off the wire: its types and, for a nested
// name, the schema of a member. A parameter or form field is often a composition (Stripe's
// `created` is `anyOf: [integer, {gt, gte, lt, lte}]`), so each question looks through `allOf`,
// `anyOf` and `oneOf` branches as well as the schema's own keywords.
import { resolveRef, type Schema, type SchemaObject, type SchemaTable } from "../fixtures/schema.js";

/** The schema's own keywords, `$ref`s followed. */
export function own(table: SchemaTable, schema: Schema | undefined): SchemaObject {
  let current = schema;
  for (let depth = 0; depth < 32 && typeof current === "object" && current.$ref !== undefined; depth += 1)
    current = resolveRef(table, current.$ref);
  return typeof current === "object" ? current : {};
}

/** The schema and every branch of its compositions, `$ref`s followed (bounded, for cycles). */
export function branchesOf(table: SchemaTable, schema: Schema | undefined, depth = 0): SchemaObject[] {
  const object = own(table, schema);
  if (depth > 8) return [object];
  const parts = [...(object.allOf ?? []), ...(object.anyOf ?? []), ...(object.oneOf ?? [])];
  return [object, ...parts.flatMap((part) => branchesOf(table, part, depth + 1))];
}

function ownTypes(schema: SchemaObject): readonly string[] {
  if (schema.type === undefined)
    return schema.properties !== undefined || schema.additionalProperties !== undefined
      ? ["object"]
      : schema.items !== undefined
        ? ["array"]
        : [];
  return typeof schema.type === "string" ? [schema.type] : schema.type;
}

/** Every type the schema or one of its branches names. */
export function typesOf(table: SchemaTable, schema: Schema | undefined): ReadonlySet<string> {
  return new Set(branchesOf(table, schema).flatMap(ownTypes));
}

export function shapeOf(table: SchemaTable, schema: Schema | undefined): "array" | "object" | "primitive" {
  const types = typesOf(table, schema);
  return types.has("array") ? "array" : types.has("object") ? "object" : "primitive";
}

/** A list's item schema, from the first branch that has one. */
export function itemSchemaOf(table: SchemaTable, schema: Schema | undefined): Schema | undefined {
  return branchesOf(table, schema).find((branch) => branch.items !== undefined)?.items;
}

/** A member's schema: the first branch's property of that name, else its `additionalProperties`. */
export function propertySchemaOf(table: SchemaTable, schema: Schema | undefined, key: string): Schema | undefined {
  const branches = branchesOf(table, schema);
  const named = branches.find((branch) => branch.properties !== undefined && Object.hasOwn(branch.properties, key));
  if (named?.properties !== undefined) return named.properties[key];
  return branches.find((branch) => typeof branch.additionalProperties === "object")?.additionalProperties;
}

/** The names every branch's `properties` list. */
export function propertyNamesOf(table: SchemaTable, schema: Schema | undefined): string[] {
  return [...new Set(branchesOf(table, schema).flatMap((branch) => Object.keys(branch.properties ?? {})))];
}

/** A text value as the schema's type: numbers and booleans from their text, the rest as written. */
export function coerce(table: SchemaTable, schema: Schema | undefined, text: string): unknown {
  const types = typesOf(table, schema);
  if ((types.has("integer") || types.has("number")) && text.trim() !== "" && !Number.isNaN(Number(text)))
    return Number(text);
  if (types.has("boolean") && (text === "true" || text === "false")) return text === "true";
  if (types.has("null") && text === "null") return null;
  return text;
}
