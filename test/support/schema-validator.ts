import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { isRecord } from "../../generator/load/json-pointer.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
/** OpenAPI-only or annotation keywords ajv must not see; `id` is draft-04's `$id`, which ajv refuses. */
const DROPPED = new Set(["discriminator", "example", "xml", "externalDocs", "deprecated", "nullable", "id"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
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
  "unevaluatedItems",
  "unevaluatedProperties",
  "additionalItems",
]);

function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The component name of a `#/components/schemas/X` reference. */
function componentName(ref: string): string | undefined {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]).replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * OpenAPI's discriminator decides a `oneOf`/`anyOf` of references: the tag (its mapping key, else
 * the schema's name) selects the branch, and the value is valid when that branch accepts it. ajv's
 * own `discriminator` option wants every branch to spell its tag as a `const`, so the union is
 * written as the choice it means: some branch whose tag the value carries, and which accepts it.
 */
function discriminated(schema: Record<string, unknown>): Record<string, unknown> {
  const discriminator = schema.discriminator;
  const key = Array.isArray(schema.oneOf) ? "oneOf" : Array.isArray(schema.anyOf) ? "anyOf" : undefined;
  if (!isRecord(discriminator) || typeof discriminator.propertyName !== "string" || key === undefined) return schema;
  const property = discriminator.propertyName;
  const mapping = isRecord(discriminator.mapping) ? discriminator.mapping : {};
  const branches = schema[key] as unknown[];
  if (!branches.every((branch) => isRecord(branch) && typeof branch.$ref === "string")) return schema;
  const tagsOf = (ref: string): string[] => [
    ...Object.entries(mapping)
      .filter(([, target]) => target === ref || (typeof target === "string" && componentName(ref) === target))
      .map(([tag]) => tag),
    // Its name too: a value the mapping does not list names a schema (the implicit mapping).
    componentName(ref) ?? ref,
  ];
  const known = branches.flatMap((branch) => tagsOf((branch as { $ref: string }).$ref));
  const choices = branches.map((branch) => {
    const own = tagsOf((branch as { $ref: string }).$ref);
    // A known tag selects its branch; a tag no mapping or name knows is left to the branches' own tag property (as our validator reads it).
    return {
      allOf: [
        {
          anyOf: [
            { properties: { [property]: { enum: own } } },
            { properties: { [property]: { not: { enum: known } } } },
          ],
        },
        branch,
      ],
    };
  });
  // A value without a string tag is judged as JSON Schema's oneOf/anyOf would (as our own validator does).
  const { [key]: _branches, ...rest } = schema;
  return {
    ...rest,
    if: { type: "object", required: [property], properties: { [property]: { type: "string" } } },
    then: { anyOf: choices },
    else: { [key]: branches },
  };
}

/** OpenAPI 3.0 schema dialect → JSON Schema draft-07 (nullable, boolean exclusive bounds); 3.1 passes through. */
function toJsonSchema(input: unknown, openapi30: boolean, readDiscriminator = true): unknown {
  if (!isRecord(input)) return input;
  const schema = readDiscriminator ? discriminated(input) : input;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith("x-")) continue;
    if (SCHEMA_MAPS.has(key) && isRecord(value)) {
      const map: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value))
        defineOwn(map, name, toJsonSchema(item, openapi30, readDiscriminator));
      defineOwn(result, key, map);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      defineOwn(
        result,
        key,
        value.map((item) => toJsonSchema(item, openapi30, readDiscriminator)),
      );
    } else if (SCHEMA_SINGLES.has(key)) {
      defineOwn(
        result,
        key,
        Array.isArray(value)
          ? value.map((item) => toJsonSchema(item, openapi30, readDiscriminator))
          : toJsonSchema(value, openapi30, readDiscriminator),
      );
    } else {
      defineOwn(result, key, value);
    }
  }
  // A tuple in a 3.0 document (a Swagger 2.0 `items` list, see swagger-tuples.ts) in draft-07's words.
  if (openapi30 && Array.isArray(result.prefixItems)) {
    result.additionalItems = result.items ?? {};
    result.items = result.prefixItems;
    delete result.prefixItems;
  }
  if (openapi30 && schema.nullable === true) {
    if (typeof result.type === "string") result.type = [result.type, "null"];
    else if (result.enum === undefined) return { anyOf: [result, { type: "null" }] };
    if (Array.isArray(result.enum)) result.enum = [...result.enum, null];
  }
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (!openapi30 || typeof schema[exclusive] !== "boolean") continue;
    delete result[exclusive];
    if (schema[exclusive] === true) {
      result[exclusive] = schema[bound];
      delete result[bound];
    }
  }
  return result;
}

/**
 * Validators for every component schema of a bundled document, by schema name. `readDiscriminator`
 * (the fixtures' judge) lets a discriminator's tag pick the branch; off, the document is read as
 * JSON Schema alone, as OpenAPI says a discriminator "MUST NOT change the validation outcome".
 */
export function schemaValidators(
  document: Record<string, unknown>,
  readDiscriminator = true,
): (name: string) => ValidateFunction {
  const openapi30 = String(document.openapi).startsWith("3.0");
  // ownProperties: without it ajv reads an inherited `constructor` as if the data had one.
  const components = isRecord(document.components) ? document.components : {};
  const schemas: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(isRecord(components.schemas) ? components.schemas : {}))
    defineOwn(schemas, name, toJsonSchema(schema, openapi30, readDiscriminator));
  // A second instance reads patterns without the `u` flag, as most validators do, for those that are invalid with it.
  const instances = [true, false].map((unicodeRegExp) => {
    const options = {
      strict: false,
      allErrors: true,
      logger: false as const,
      validateFormats: true,
      ownProperties: true,
      unicodeRegExp,
    };
    const ajv = openapi30 ? new Ajv(options) : new Ajv2020(options);
    addFormats(ajv as Ajv);
    ajv.addSchema({ components: { schemas } }, "spec");
    return ajv;
  });
  return (name) => {
    const pointerToken = name.replace(/~/g, "~0").replace(/\//g, "~1");
    const id = `spec#/components/schemas/${encodeURIComponent(pointerToken)}`;
    let validate: ValidateFunction | undefined;
    try {
      validate = instances[0]?.getSchema(id);
    } catch (error) {
      if (!/regular expression/i.test(error instanceof Error ? error.message : "")) throw error;
      validate = instances[1]?.getSchema(id);
    }
    if (validate === undefined) throw new Error(`no validator for ${name}`);
    return readingBlobsAsBinaryStrings(validate);
  };
}

/** A Blob is what a `format: binary` string is at run time (a file); ajv knows only the string. */
function withoutBlobs(value: unknown): unknown {
  if (value instanceof Blob) return "";
  if (Array.isArray(value)) return value.map(withoutBlobs);
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) defineOwn(copy, key, withoutBlobs(item));
  return copy;
}

function readingBlobsAsBinaryStrings(validate: ValidateFunction): ValidateFunction {
  const wrapped = ((data: unknown) => {
    const valid = validate(withoutBlobs(data));
    wrapped.errors = validate.errors ?? null;
    return valid;
  }) as ValidateFunction;
  return Object.assign(wrapped, { schema: validate.schema, schemaEnv: validate.schemaEnv });
}
