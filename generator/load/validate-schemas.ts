import { joinPointer } from "../errors.js";
import { isRecord } from "./json-pointer.js";
import type { PointerProblem } from "./validate-refs.js";

const TYPES = new Set(["string", "number", "integer", "boolean", "array", "object", "null"]);
const SCHEMA_LISTS = ["allOf", "oneOf", "anyOf", "prefixItems"] as const;
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"] as const;
const SCHEMA_SINGLES = ["items", "not", "additionalProperties", "contains", "if", "then", "else", "propertyNames"] as const;

/** Checks the shape of every schema: where the document has one, and everything nested in it. */
export function validateSchemas(document: Record<string, unknown>): PointerProblem[] {
  const problems: PointerProblem[] = [];
  const components = isRecord(document.components) ? document.components : {};
  if (isRecord(components.schemas)) {
    for (const [name, schema] of Object.entries(components.schemas)) {
      checkSchema(schema, joinPointer("/components/schemas", name), problems);
    }
  } else if (components.schemas !== undefined) {
    problems.push({ pointer: "/components/schemas", message: "`components.schemas` must be a mapping" });
  }
  findSchemaSlots(document.paths, "/paths", problems);
  for (const section of ["parameters", "responses", "requestBodies", "headers"]) {
    findSchemaSlots(components[section], joinPointer("/components", section), problems);
  }
  return problems;
}

/** Finds `schema` keys (parameters, media types, headers) below `value` and checks them. */
function findSchemaSlots(value: unknown, pointer: string, problems: PointerProblem[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findSchemaSlots(item, joinPointer(pointer, index), problems));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === "example" || key === "examples") continue;
    if (key === "schema") checkSchema(item, joinPointer(pointer, key), problems);
    else findSchemaSlots(item, joinPointer(pointer, key), problems);
  }
}

function checkSchema(schema: unknown, pointer: string, problems: PointerProblem[]): void {
  if (typeof schema === "boolean") return;
  if (!isRecord(schema)) {
    problems.push({ pointer, message: "a schema must be a mapping (or true/false in OpenAPI 3.1)" });
    return;
  }
  if (typeof schema.$ref === "string") return;
  const add = (key: string, message: string): void => {
    problems.push({ pointer: joinPointer(pointer, key), message });
  };
  checkType(schema.type, add);
  if (schema.required !== undefined && (!Array.isArray(schema.required) || !schema.required.every((n) => typeof n === "string"))) {
    add("required", "`required` must be a list of property names");
  }
  if (schema.enum !== undefined && !Array.isArray(schema.enum)) add("enum", "`enum` must be a list");
  if (schema.nullable !== undefined && typeof schema.nullable !== "boolean") add("nullable", "`nullable` must be true or false");
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) add(key, `\`${key}\` must be a list of schemas`);
    else list.forEach((item, index) => checkSchema(item, joinPointer(pointer, key, index), problems));
  }
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (map === undefined) continue;
    if (!isRecord(map)) add(key, `\`${key}\` must be a mapping from name to schema`);
    else for (const [name, item] of Object.entries(map)) checkSchema(item, joinPointer(pointer, key, name), problems);
  }
  for (const key of SCHEMA_SINGLES) {
    if (schema[key] !== undefined) checkSchema(schema[key], joinPointer(pointer, key), problems);
  }
}

function checkType(type: unknown, add: (key: string, message: string) => void): void {
  if (type === undefined) return;
  const types = Array.isArray(type) ? type : [type];
  for (const item of types) {
    if (typeof item !== "string" || !TYPES.has(item)) {
      add("type", `unknown type ${JSON.stringify(item)}: expected one of ${[...TYPES].join(", ")}`);
    }
  }
}
