// Zod source code for a JSON Schema (draft-07, as our validators hand it out), written the way a
// person would write the schema by hand with Zod 4's functional API, which both `zod` and
// `zod/mini` accept: the bench's Zod contenders. Where Zod has no exact counterpart, the closest
// (a `oneOf` as a union, an object with both properties and additional ones as a loose object);
// the bench reports how often Zod's verdicts then differ from ours.

function literal(value) {
  return JSON.stringify(value);
}

function refName(ref) {
  return `S_${ref
    .split("/")
    .pop()
    .replace(/[^A-Za-z0-9_]/g, "_")}`;
}

function checks(base, list) {
  return list.length === 0 ? base : `${base}.check(${list.join(", ")})`;
}

function stringSchema(schema) {
  const list = [];
  if (typeof schema.minLength === "number") list.push(`z.minLength(${schema.minLength})`);
  if (typeof schema.maxLength === "number") list.push(`z.maxLength(${schema.maxLength})`);
  if (typeof schema.pattern === "string") list.push(`z.regex(new RegExp(${literal(schema.pattern)}, "u"))`);
  return checks("z.string()", list);
}

function numberSchema(schema) {
  const list = [];
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = schema;
  if (typeof minimum === "number") list.push(`z.gte(${minimum})`);
  if (typeof maximum === "number") list.push(`z.lte(${maximum})`);
  if (typeof exclusiveMinimum === "number") list.push(`z.gt(${exclusiveMinimum})`);
  if (typeof exclusiveMaximum === "number") list.push(`z.lt(${exclusiveMaximum})`);
  if (typeof multipleOf === "number") list.push(`z.multipleOf(${multipleOf})`);
  return checks(schema.type === "integer" ? "z.int()" : "z.number()", list);
}

function objectSchema(schema) {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const inner = zodExpression(property);
    return `${literal(name)}: ${required.has(name) ? inner : `z.optional(${inner})`}`;
  });
  const additional = schema.additionalProperties;
  if (entries.length === 0 && additional !== undefined && additional !== false && additional !== true)
    return `z.record(z.string(), ${zodExpression(additional)})`;
  const shape = `{ ${entries.join(", ")} }`;
  if (additional === false) return `z.strictObject(${shape})`;
  return entries.length === 0 ? "z.record(z.string(), z.unknown())" : `z.looseObject(${shape})`;
}

function typed(schema, type) {
  if (type === "string") return stringSchema(schema);
  if (type === "number" || type === "integer") return numberSchema(schema);
  if (type === "boolean") return "z.boolean()";
  if (type === "null") return "z.null()";
  if (type === "array") {
    const list = [];
    if (typeof schema.minItems === "number") list.push(`z.minLength(${schema.minItems})`);
    if (typeof schema.maxItems === "number") list.push(`z.maxLength(${schema.maxItems})`);
    return checks(`z.array(${schema.items === undefined ? "z.unknown()" : zodExpression(schema.items)})`, list);
  }
  if (type === "object") return objectSchema(schema);
  return "z.unknown()";
}

/** A Zod expression for one JSON Schema node. */
export function zodExpression(schema) {
  if (schema === true || schema === undefined) return "z.unknown()";
  if (schema === false) return "z.never()";
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  if (schema.const !== undefined) return `z.literal(${literal(schema.const)})`;
  if (Array.isArray(schema.enum)) {
    const options = schema.enum.map((option) => `z.literal(${literal(option)})`);
    return options.length === 1 ? options[0] : `z.union([${options.join(", ")}])`;
  }
  const union = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(union)) return `z.union([${union.map(zodExpression).join(", ")}])`;
  if (Array.isArray(schema.allOf))
    return schema.allOf.map(zodExpression).reduce((left, right) => `z.intersection(${left}, ${right})`);
  const types = Array.isArray(schema.type)
    ? schema.type
    : schema.type === undefined
      ? schema.properties !== undefined
        ? ["object"]
        : []
      : [schema.type];
  if (types.length === 0) return "z.unknown()";
  const members = types.map((type) => typed(schema, type));
  return members.length === 1 ? members[0] : `z.union([${members.join(", ")}])`;
}

/** A module exporting `schema` (the root) with every definition it refers to, importing Zod from `from`. */
export function zodModule(jsonSchema, from) {
  const definitions = Object.entries(jsonSchema.definitions ?? {}).map(
    ([name, schema]) => `const ${refName(name)} = z.lazy(() => ${zodExpression(schema)});`,
  );
  const { definitions: _definitions, $schema: _schema, ...root } = jsonSchema;
  return `import * as z from ${literal(from)};\n${definitions.join("\n")}\nexport const schema = ${zodExpression(root)};\n`;
}
