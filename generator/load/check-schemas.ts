import { joinPointer } from "../errors.js";
import { type Finding, findingList, type Report } from "./findings.js";
import { isRecord, pointerTokens, resolvePointer, setOwn, splitRef } from "./json-pointer.js";
import { SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_SINGLES } from "./schema-keywords.js";

const TYPES = new Set(["string", "number", "integer", "boolean", "array", "object", "null"]);
/** Type names other languages use, with the one JSON Schema type each clearly means. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  int: "integer",
  int32: "integer",
  int64: "integer",
  long: "integer",
  float: "number",
  double: "number",
  decimal: "number",
  bool: "boolean",
  str: "string",
  text: "string",
  map: "object",
  dict: "object",
  list: "array",
};

interface Walk {
  readonly openapi31: boolean;
  readonly warn: Report;
  readonly error: Report;
  readonly seen: WeakSet<object>;
  readonly document: Record<string, unknown>;
}

/** Where a schema sits: its pointer, how to replace it, and the object schema it is a property of. */
interface Slot {
  readonly pointer: string;
  readonly replace: (value: unknown) => void;
  readonly property?: { readonly parent: Record<string, unknown>; readonly name: string };
}

/**
 * Checks the shape of every schema, where the document has one and everything nested in it. A
 * keyword of the wrong shape has no effect on what the schema allows, so each is a warning that
 * says how it is read (usually: ignored).
 */
export function checkSchemas(document: Record<string, unknown>): Finding[] {
  const { findings, warn, error } = findingList();
  // 3.2 uses 3.1's JSON Schema dialect.
  const walk: Walk = {
    openapi31: /^3\.[12]/.test(String(document.openapi)),
    warn,
    error,
    seen: new WeakSet(),
    document,
  };
  const components = isRecord(document.components) ? document.components : {};
  const schemas = components.schemas;
  if (isRecord(schemas)) {
    for (const [name, schema] of Object.entries(schemas))
      checkSchema(walk, schema, {
        pointer: joinPointer("/components/schemas", name),
        replace: (value) => setOwn(schemas, name, value),
      });
  }
  findSchemaSlots(walk, document.paths, "/paths");
  findSchemaSlots(walk, document.webhooks, "/webhooks");
  for (const section of ["parameters", "responses", "requestBodies", "headers", "pathItems", "callbacks"]) {
    findSchemaSlots(walk, components[section], joinPointer("/components", section));
  }
  return findings;
}

/** Finds `schema` keys (parameters, media types, headers) below `value` and checks them. */
function findSchemaSlots(walk: Walk, value: unknown, pointer: string): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) findSchemaSlots(walk, item, joinPointer(pointer, index));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === "example" || key === "examples") continue;
    const at = joinPointer(pointer, key);
    if (key === "schema") checkSchema(walk, item, { pointer: at, replace: (next) => setOwn(value, key, next) });
    else findSchemaSlots(walk, item, at);
  }
}

function checkSchema(walk: Walk, schema: unknown, slot: Slot): void {
  if (typeof schema === "boolean") return;
  if (!isRecord(schema)) {
    walk.warn({
      kind: "schemas",
      message: `a schema must be a mapping, not ${JSON.stringify(schema)}: read as allowing any value`,
      at: slot.pointer,
      repair: () => slot.replace({}),
    });
    return;
  }
  if (walk.seen.has(schema)) return;
  walk.seen.add(schema);
  if (typeof schema.$ref === "string") {
    checkSchemaRef(walk, schema, schema.$ref, slot.pointer);
    return;
  }
  checkKeywords(walk, schema, slot);
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (list === undefined) continue;
    if (isRecord(list)) {
      walk.warn({
        kind: "schemas",
        message: `\`${key}\` must be a list of schemas: read as a list of this one`,
        at: joinPointer(slot.pointer, key),
        repair: () => setOwn(schema, key, [list]),
      });
      checkSchema(walk, list, {
        pointer: joinPointer(slot.pointer, key),
        replace: (value) => setOwn(schema, key, value),
      });
    } else if (!Array.isArray(list)) {
      ignore(walk, schema, slot.pointer, key, "a list of schemas");
    } else {
      for (const [index, item] of list.entries())
        checkSchema(walk, item, {
          pointer: joinPointer(slot.pointer, key, index),
          replace: (value) => {
            list[index] = value;
          },
        });
      // After its branches' checks: their repairs address the list by index, this one shortens it.
      if (key === "oneOf") checkRepeatedBranches(walk, list, joinPointer(slot.pointer, key));
    }
  }
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (map === undefined) continue;
    if (!isRecord(map)) ignore(walk, schema, slot.pointer, key, "a mapping from name to schema");
    else
      for (const [name, item] of Object.entries(map))
        checkSchema(walk, item, {
          pointer: joinPointer(slot.pointer, key, name),
          replace: (value) => setOwn(map, name, value),
          ...(key === "properties" ? { property: { parent: schema, name } } : {}),
        });
  }
  for (const key of SCHEMA_SINGLES) {
    if (schema[key] !== undefined)
      checkSchema(walk, schema[key], {
        pointer: joinPointer(slot.pointer, key),
        replace: (value) => setOwn(schema, key, value),
      });
  }
}

/**
 * A `oneOf` that lists the same `$ref` twice (hey-api's `ExternalUnionSchema`, a bundled document
 * whose two external refs became one): a value of that schema matches both entries, so under JSON
 * Schema no value of it matches exactly one. It is read as written (the validators refuse such a
 * value, the fixture engine finds no value for it and says so); the warning names the repeat.
 */
function checkRepeatedBranches(walk: Walk, list: unknown[], pointer: string): void {
  const refOf = (item: unknown): string | undefined =>
    isRecord(item) && typeof item.$ref === "string" && Object.keys(item).length === 1 ? item.$ref : undefined;
  const first = new Map<string, number>();
  list.forEach((item, index) => {
    const ref = refOf(item);
    if (ref === undefined) return;
    const earlier = first.get(ref);
    if (earlier === undefined) first.set(ref, index);
    else
      walk.warn({
        kind: "schemas",
        message: `\`oneOf\` lists $ref "${ref}" again (as branch ${earlier}): every value it names matches both entries, never exactly one; list it once, or write \`anyOf\``,
        at: joinPointer(pointer, index),
      });
  });
}

/**
 * A schema `$ref` must name a schema. One naming a parameter or a header means its `schema` (as
 * openapi-typescript reads it); one naming anything else that has no schema leaves no type.
 */
function checkSchemaRef(walk: Walk, schema: Record<string, unknown>, ref: string, pointer: string): void {
  const { file, pointer: target } = splitRef(ref);
  const tokens = pointerTokens(target);
  if (file !== "" || tokens[0] !== "components" || tokens.length !== 3 || tokens[1] === "schemas") return;
  const named = resolvePointer(walk.document, target).value;
  const at = joinPointer(pointer, "$ref");
  if (isRecord(named) && named.schema !== undefined) {
    walk.warn({
      kind: "schemas",
      message: `$ref "${ref}" names a ${(tokens[1] ?? "").replace(/s$/, "")} where a schema belongs: read as its schema`,
      at,
      repair: () => setOwn(schema, "$ref", `${ref}/schema`),
    });
  } else if (named !== undefined) {
    walk.error({
      kind: "schemas",
      message: `$ref "${ref}" names a ${(tokens[1] ?? "").replace(/s$/, "")}, not a schema`,
      at,
    });
  }
}

function checkKeywords(walk: Walk, schema: Record<string, unknown>, slot: Slot): void {
  checkType(walk, schema, slot.pointer);
  if (walk.openapi31) checkOpenapi30Keywords(walk, schema, slot.pointer);
  const { required } = schema;
  if (required === true && slot.property !== undefined) {
    const { parent, name } = slot.property;
    walk.warn({
      kind: "schemas",
      message: `\`required: true\` on property "${name}": read as "${name}" being required by the object`,
      at: joinPointer(slot.pointer, "required"),
      repair: () => requireProperty(schema, parent, name),
    });
  } else if (
    required !== undefined &&
    (!Array.isArray(required) || !required.every((name) => typeof name === "string"))
  ) {
    ignore(walk, schema, slot.pointer, "required", "a list of property names");
  }
  if (schema.enum !== undefined && !Array.isArray(schema.enum)) ignore(walk, schema, slot.pointer, "enum", "a list");
  checkDiscriminator(walk, schema, slot.pointer);
  if (schema.nullable !== undefined && typeof schema.nullable !== "boolean")
    ignore(walk, schema, slot.pointer, "nullable", "true or false");
}

/**
 * OpenAPI 3.0 keywords that 3.1 (JSON Schema 2020-12) no longer has: `nullable: true`, and boolean
 * `exclusiveMinimum`/`exclusiveMaximum`. Validators of 3.1 ignore or refuse them; what the author
 * meant is clear, so they are read in their 3.1 form.
 */
function checkOpenapi30Keywords(walk: Walk, schema: Record<string, unknown>, pointer: string): void {
  if (typeof schema.nullable === "boolean") {
    const types =
      typeof schema.type === "string" ? [schema.type] : Array.isArray(schema.type) ? schema.type : undefined;
    const widen = schema.nullable && types !== undefined && !types.includes("null");
    const reading = widen ? `read as \`type: ${JSON.stringify([...types, "null"])}\`` : "ignored";
    walk.warn({
      kind: "OpenAPI 3.0 keywords in 3.1",
      message: `\`nullable\` is OpenAPI 3.0's, not 3.1's: ${reading}`,
      at: joinPointer(pointer, "nullable"),
      repair: () => {
        if (widen) setOwn(schema, "type", [...types, "null"]);
        delete schema.nullable;
      },
    });
  }
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    const flag = schema[exclusive];
    if (typeof flag !== "boolean") continue;
    const value = schema[bound];
    const reading = flag && typeof value === "number" ? `read as \`${exclusive}: ${value}\`` : "ignored";
    walk.warn({
      kind: "OpenAPI 3.0 keywords in 3.1",
      message: `\`${exclusive}: ${String(flag)}\` is OpenAPI 3.0's form; 3.1 takes the bound itself: ${reading}`,
      at: joinPointer(pointer, exclusive),
      repair: () => {
        delete schema[exclusive];
        if (flag && typeof value === "number") {
          setOwn(schema, exclusive, value);
          delete schema[bound];
        }
      },
    });
  }
}

/** A discriminator names its property; its mapping maps values to refs. Anything else is ignored. */
function checkDiscriminator(walk: Walk, schema: Record<string, unknown>, pointer: string): void {
  const { discriminator } = schema;
  if (discriminator === undefined) return;
  if (!isRecord(discriminator) || typeof discriminator.propertyName !== "string") {
    ignore(walk, schema, pointer, "discriminator", "a mapping with a `propertyName`");
    return;
  }
  const { mapping } = discriminator;
  if (
    mapping !== undefined &&
    (!isRecord(mapping) || !Object.values(mapping).every((target) => typeof target === "string"))
  ) {
    ignore(
      walk,
      discriminator,
      joinPointer(pointer, "discriminator"),
      "mapping",
      "a mapping from values to schema names or refs",
    );
  }
}

function requireProperty(schema: Record<string, unknown>, parent: Record<string, unknown>, name: string): void {
  delete schema.required;
  const list = Array.isArray(parent.required) ? parent.required : [];
  if (!list.includes(name)) setOwn(parent, "required", [...list, name]);
}

function ignore(walk: Walk, schema: Record<string, unknown>, pointer: string, key: string, expected: string): void {
  walk.warn({
    kind: "schemas",
    message: `\`${key}\` must be ${expected}: ignored`,
    at: joinPointer(pointer, key),
    repair: () => delete schema[key],
  });
}

function checkType(walk: Walk, schema: Record<string, unknown>, pointer: string): void {
  const { type } = schema;
  if (type === undefined) return;
  const types = Array.isArray(type) ? type : [type];
  if (types.every((item) => typeof item === "string" && TYPES.has(item))) return;
  const read = types.flatMap((item) =>
    typeof item !== "string"
      ? []
      : TYPES.has(item)
        ? [item]
        : TYPE_ALIASES[item.toLowerCase()] === undefined
          ? []
          : [TYPE_ALIASES[item.toLowerCase()] as string],
  );
  const unknown = types
    .filter((item) => typeof item !== "string" || !TYPES.has(item))
    .map((item) => JSON.stringify(item));
  const reading =
    read.length === 0 ? "ignored: the schema allows any type" : `read as ${read.map((item) => `"${item}"`).join(", ")}`;
  const next = read.length === 0 ? undefined : Array.isArray(type) ? [...new Set(read)] : read[0];
  walk.warn({
    kind: "schemas",
    message: `unknown type ${unknown.join(", ")} (expected ${[...TYPES].join(", ")}): ${reading}`,
    at: joinPointer(pointer, "type"),
    repair: () => (next === undefined ? delete schema.type : setOwn(schema, "type", next)),
  });
}
