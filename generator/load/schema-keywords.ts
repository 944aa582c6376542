/** The JSON Schema vocabulary the load and emit steps walk by: where schemas sit, and where data does. */

/** Keywords whose value is free-form data: a `$ref` key inside is a value, not a reference. */
export const DATA_KEYWORDS: ReadonlySet<string> = new Set(["example", "examples", "default", "const", "enum"]);

/** Keywords whose value is a list of schemas. */
export const SCHEMA_LISTS = ["allOf", "oneOf", "anyOf", "prefixItems"] as const;

/** Keywords whose value maps names to schemas: their keys are names (`$ref`, `default` included). */
export const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"] as const;

/** Keywords whose value is one schema. */
export const SCHEMA_SINGLES = [
  "items",
  "not",
  "additionalProperties",
  "contains",
  "if",
  "then",
  "else",
  "propertyNames",
] as const;

/** Maps of names anywhere in a document: schema maps and the component sections. */
export const NAME_MAPS: ReadonlySet<string> = new Set([...SCHEMA_MAPS, "schemas", "definitions"]);
