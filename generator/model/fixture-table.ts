import { joinPointer, SpecError, type SpecProblem } from "../errors.js";
import { isRecord, setOwn } from "../load/json-pointer.js";
import type { LoadedSpec } from "../load/load-spec.js";
import type { FixtureTable, TraitModel } from "./api-model.js";

/** The keywords the fixture engine reads; everything else (descriptions, xml, x-*) is dropped. */
const SCHEMA_KEYWORDS = new Set([
  "$ref",
  "type",
  "nullable",
  "const",
  "enum",
  "default",
  "example",
  "examples",
  "format",
  "contentMediaType",
  "contentEncoding",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "minProperties",
  "maxProperties",
  "allOf",
  "oneOf",
  "anyOf",
  "not",
  "propertyNames",
  "discriminator",
  "deprecated",
  "readOnly",
  "writeOnly",
  // Read by the validators (and the mock's checks), which must refuse what the document refuses.
  "unevaluatedProperties",
  "contains",
  "minContains",
  "maxContains",
  "if",
  "then",
  "else",
  "dependentRequired",
  // JSON Schema 2019-09's recursion (OpenAI's document): `$recursiveRef: "#"` under a `$recursiveAnchor` is the enclosing schema.
  "$recursiveRef",
]);
const DATA_KEYWORDS = new Set([
  "const",
  "enum",
  "default",
  "example",
  "examples",
  "discriminator",
  "required",
  "dependentRequired",
]);

/**
 * JSON Schema 2019-09 and 2020-12 keywords that OpenAPI 3.0's dialect (JSON Schema draft 4/7's
 * vocabulary) does not have: a 3.0 document's schema is read without them, as a draft-07 validator
 * reads it. (`prefixItems` stays: it is how a Swagger 2.0 tuple arrives, see load/swagger-tuples.ts.)
 */
const NOT_IN_OPENAPI_30 = new Set([
  "unevaluatedProperties",
  "dependentRequired",
  "minContains",
  "maxContains",
  "$recursiveRef",
]);

/** A schema reduced to the keywords the fixture engine, the mock server and the validators read, in the document's dialect. */
export function compactSchema(schema: unknown, openapi30 = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => compactSchema(item, openapi30));
  if (!isRecord(schema)) return schema;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // `nullable` is 3.0's alone (load/check-schemas.ts rewrites it in a 3.1 document): never read elsewhere.
    if (!SCHEMA_KEYWORDS.has(key) || (openapi30 && NOT_IN_OPENAPI_30.has(key)) || (!openapi30 && key === "nullable"))
      continue;
    if (DATA_KEYWORDS.has(key)) setOwn(result, key, value);
    else if ((key === "properties" || key === "patternProperties") && isRecord(value)) {
      const properties: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(value))
        setOwn(properties, name, compactSchema(property, openapi30));
      setOwn(result, key, properties);
    } else setOwn(result, key, compactSchema(value, openapi30));
  }
  return result;
}

/** Whether a document's schemas read in OpenAPI 3.0's dialect (a converted Swagger 2.0 one included). */
export function isOpenApi30(document: Record<string, unknown>): boolean {
  return String(document.openapi).startsWith("3.0");
}

function readTrait(value: unknown, pointer: string, problems: SpecProblem[], spec: LoadedSpec): TraitModel | undefined {
  const report = (message: string): undefined => {
    problems.push({ message, location: spec.locate(pointer) });
    return undefined;
  };
  if (!isRecord(value)) return report("a fixture trait must be a mapping with `set`, `include` and/or `omit`");
  const names = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((item) => typeof item === "string");
  if (value.set !== undefined && !isRecord(value.set))
    return report("a trait's `set` must be a mapping of property values");
  if (value.include !== undefined && !names(value.include))
    return report("a trait's `include` must be a list of property names");
  if (value.omit !== undefined && !names(value.omit))
    return report("a trait's `omit` must be a list of property names");
  return {
    ...(value.set === undefined ? {} : { set: value.set }),
    ...(value.include === undefined ? {} : { include: value.include as string[] }),
    ...(value.omit === undefined ? {} : { omit: value.omit as string[] }),
  };
}

/** Component schemas as the fixture engine reads them, and the `x-fixture-traits` of each. */
export function buildFixtureTable(spec: LoadedSpec): FixtureTable {
  const components = isRecord(spec.document.components) ? spec.document.components : {};
  const schemas = isRecord(components.schemas) ? components.schemas : {};
  const table: FixtureTable = { schemas: {}, traits: {} };
  const problems: SpecProblem[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    setOwn(table.schemas, name, compactSchema(schema, isOpenApi30(spec.document)));
    const traits = isRecord(schema) ? schema["x-fixture-traits"] : undefined;
    if (traits === undefined) continue;
    const pointer = joinPointer("/components/schemas", name, "x-fixture-traits");
    if (!isRecord(traits)) {
      problems.push({ message: "`x-fixture-traits` must map trait names to traits", location: spec.locate(pointer) });
      continue;
    }
    const models: Record<string, TraitModel> = {};
    for (const [traitName, trait] of Object.entries(traits)) {
      const model = readTrait(trait, joinPointer(pointer, traitName), problems, spec);
      if (model !== undefined) setOwn(models, traitName, model);
    }
    setOwn(table.traits, name, models);
  }
  if (problems.length > 0) throw new SpecError(problems);
  return table;
}
