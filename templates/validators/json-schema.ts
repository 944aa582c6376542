// A validator's schema as Standard JSON Schema hands it out: one self-contained document in the
// target dialect. The document's own schemas are kept in its dialect (OpenAPI 3.0, or 3.1's JSON
// Schema 2020-12) and read into the target here, only when asked, so a bundle pays for this once.
import type { SchemaSource } from "./standard.js";

type Json = Record<string, unknown>;
type Target = "draft-2020-12" | "draft-07" | "openapi-3.0";

const COMPONENT_REF = "#/components/schemas/";
/** OpenAPI's own keywords, which JSON Schema validators would reject in strict mode or misread. */
const OPENAPI_ONLY = new Set(["discriminator", "xml", "externalDocs", "example", "nullable"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_SINGLES = new Set([
  "items",
  "not",
  "additionalProperties",
  "contains",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedProperties",
]);

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function define(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies `visit` to every subschema one level down, keeping everything else. */
function mapChildren(schema: Json, visit: (child: unknown) => unknown): Json {
  const result: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(key) && isJson(value)) {
      const map: Json = {};
      for (const [name, child] of Object.entries(value)) define(map, name, visit(child));
      define(result, key, map);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) define(result, key, value.map(visit));
    else if (SCHEMA_SINGLES.has(key)) define(result, key, visit(value));
    else define(result, key, value);
  }
  return result;
}

/** OpenAPI 3.0's schema words in JSON Schema 2020-12's: `nullable`, boolean exclusive bounds, `example`. */
function from30(schema: unknown): unknown {
  if (!isJson(schema)) return schema;
  const result = mapChildren(schema, from30);
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof schema[exclusive] !== "boolean") continue;
    delete result[exclusive];
    if (schema[exclusive] === true) {
      result[exclusive] = schema[bound];
      delete result[bound];
    }
  }
  if (schema.nullable === true) {
    delete result.nullable;
    if (Array.isArray(result.enum) && !result.enum.includes(null)) result.enum = [...result.enum, null];
    if (typeof result.type === "string") result.type = [result.type, "null"];
    else if (result.type === undefined && result.enum === undefined) return { anyOf: [result, { type: "null" }] };
  }
  return result;
}

/** JSON Schema 2020-12 in the target's words, `$ref`s pointing at `prefix`. */
function toTarget(schema: unknown, target: Target, prefix: string): unknown {
  if (!isJson(schema)) return schema;
  const result = mapChildren(schema, (child) => toTarget(child, target, prefix));
  if (typeof result.$ref === "string" && result.$ref.startsWith(COMPONENT_REF))
    result.$ref = prefix + result.$ref.slice(COMPONENT_REF.length);
  if ("example" in schema && !("examples" in schema)) result.examples = [schema.example];
  for (const keyword of OPENAPI_ONLY) delete result[keyword];
  if (target === "draft-07" && Array.isArray(result.prefixItems)) {
    result.additionalItems = result.items ?? true;
    result.items = result.prefixItems;
    delete result.prefixItems;
  }
  return target === "openapi-3.0" ? to30(result) : result;
}

/** JSON Schema 2020-12 → OpenAPI 3.0: a type list with null as `nullable`, `const` as a one-value `enum`, number exclusive bounds as booleans. */
function to30(schema: Json): Json {
  if (Array.isArray(schema.prefixItems))
    throw new TypeError("openapi-3.0 has no tuples (prefixItems): ask for draft-2020-12");
  const result: Json = { ...schema };
  if ("const" in result) {
    result.enum = [result.const];
    delete result.const;
  }
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof result[exclusive] !== "number") continue;
    result[bound] = result[exclusive];
    result[exclusive] = true;
  }
  if (Array.isArray(result.examples)) {
    if (result.examples.length > 0) result.example = result.examples[0];
    delete result.examples;
  }
  if (!Array.isArray(result.type)) return result;
  const types = result.type.filter((type) => type !== "null");
  const nullable = types.length < result.type.length;
  delete result.type;
  if (types.length === 1) return { ...result, type: types[0], ...(nullable ? { nullable: true } : {}) };
  return { ...result, anyOf: types.map((type) => ({ type })), ...(nullable ? { nullable: true } : {}) };
}

/** Inlines every component `$ref` (OpenAPI 3.0 has no `$defs`); a schema that refers to itself cannot be written so. */
function inline(schema: unknown, components: ReadonlyMap<string, unknown>, seen: readonly string[]): unknown {
  if (!isJson(schema)) return schema;
  const ref = schema.$ref;
  if (typeof ref === "string" && ref.startsWith(COMPONENT_REF)) {
    const pointer = ref
      .slice(COMPONENT_REF.length)
      .split("/")
      .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"));
    const [name = "", ...inside] = pointer;
    if (seen.includes(ref))
      throw new TypeError(
        `schema ${name} refers to itself, which openapi-3.0 cannot write without $ref: ask for draft-2020-12`,
      );
    let target: unknown = components.get(name);
    for (const token of inside) target = isJson(target) || Array.isArray(target) ? (target as Json)[token] : undefined;
    const { $ref: _ref, ...siblings } = schema;
    const expanded = inline(target, components, [...seen, ref]);
    return Object.keys(siblings).length === 0 ? expanded : { allOf: [expanded, inline(siblings, components, seen)] };
  }
  return mapChildren(schema, (child) => inline(child, components, seen));
}

/** The JSON Schema `source` checks, in `target`'s dialect (draft-2020-12, draft-07 or openapi-3.0); any other target throws. */
export function toJsonSchema(source: SchemaSource, target: string): Record<string, unknown> {
  if (target !== "draft-2020-12" && target !== "draft-07" && target !== "openapi-3.0") {
    throw new TypeError(
      `unsupported JSON Schema target ${JSON.stringify(target)}: draft-2020-12, draft-07 or openapi-3.0`,
    );
  }
  const read = (json: string): unknown => (source.dialect === "3.0" ? from30(JSON.parse(json)) : JSON.parse(json));
  const components = new Map(source.components.map(([name, json]) => [name, read(json)] as const));
  const root = read(source.root);
  if (target === "openapi-3.0") return toTarget(inline(root, components, []), target, COMPONENT_REF) as Json;
  const defsKey = target === "draft-07" ? "definitions" : "$defs";
  const defs: Json = {};
  for (const [name, schema] of components) define(defs, name, toTarget(schema, target, `#/${defsKey}/`));
  const document = {
    $schema:
      target === "draft-07"
        ? "http://json-schema.org/draft-07/schema#"
        : "https://json-schema.org/draft/2020-12/schema",
  };
  const body = toTarget(root, target, `#/${defsKey}/`);
  const schema: Json = typeof body === "boolean" ? (body ? {} : { not: {} }) : (body as Json);
  return components.size === 0 ? { ...document, ...schema } : { ...document, ...schema, [defsKey]: defs };
}
