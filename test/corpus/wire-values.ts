// The second judge's reading of text on the wire, written from OpenAPI's style table alone (no code of
// the generated package's mock or client): a parameter or form field is text, and its schema decides
// whether it is one value, a list or an object. Text carries no type, so each reading yields a few
// candidate values (all strings, all scalars, or typed by the schema) and the judge accepts a request
// when one candidate of each value is valid.

/** A schema after `$ref`s are followed: a record, or `undefined` for `true`/absent. */
export type Resolve = (schema: unknown) => Record<string, unknown> | undefined;

export type Shape = "array" | "object" | "scalar";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(schema: Record<string, unknown> | undefined): string[] {
  if (schema === undefined) return [];
  if (Array.isArray(schema.type)) return schema.type.filter((type): type is string => typeof type === "string");
  if (typeof schema.type === "string") return [schema.type];
  if (schema.items !== undefined || schema.prefixItems !== undefined) return ["array"];
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return ["object"];
  return [];
}

/** The shapes a schema's value may take, through `allOf`/`anyOf`/`oneOf`; a schema that says nothing is a scalar. */
export function shapesOf(schema: unknown, resolve: Resolve, depth = 0): Set<Shape> {
  const resolved = resolve(schema);
  const shapes = new Set<Shape>();
  for (const type of typesOf(resolved)) shapes.add(type === "array" || type === "object" ? type : "scalar");
  if (resolved !== undefined && depth < 8) {
    for (const key of ["allOf", "anyOf", "oneOf"]) {
      const branches = resolved[key];
      if (!Array.isArray(branches)) continue;
      for (const branch of branches) for (const shape of shapesOf(branch, resolve, depth + 1)) shapes.add(shape);
    }
  }
  if (shapes.size === 0) shapes.add("scalar");
  return shapes;
}

/** Percent-decoding that keeps text it cannot decode as it is (a judge reads, it does not throw). */
export function percentDecode(text: string, plusIsSpace = false): string {
  const spaced = plusIsSpace ? text.replace(/\+/g, " ") : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** `"12"` → 12, `"true"` → true, `"null"` → null; other text stays text. */
export function scalarOf(text: string): unknown {
  if (text === "true") return true;
  if (text === "false") return false;
  if (text === "null") return null;
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  return text;
}

/** A property's schema, looked for through `allOf`/`anyOf`/`oneOf` branches as well. */
export function propertySchemaOf(schema: unknown, key: string, resolve: Resolve, depth = 0): unknown {
  const resolved = resolve(schema);
  if (resolved === undefined || depth > 8) return undefined;
  const properties = resolved.properties;
  if (isRecord(properties) && Object.hasOwn(properties, key)) return properties[key];
  for (const branches of [resolved.allOf, resolved.anyOf, resolved.oneOf]) {
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const found = propertySchemaOf(branch, key, resolve, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The text typed by what its schema allows: a schema that allows a string keeps it; else its scalar. */
function typedBy(schema: unknown, resolve: Resolve, text: string): unknown {
  const types = typesOf(resolve(schema));
  return types.length === 0 || types.includes("string") ? text : scalarOf(text);
}

/** The candidate values of one decoded reading: strings as sent, scalars, and each leaf typed by its schema. */
export function candidatesOf(
  reading: string | readonly string[] | Readonly<Record<string, string | readonly string[]>>,
  schema: unknown,
  resolve: Resolve,
): unknown[] {
  const leaf = (text: string | readonly string[], mapper: (text: string) => unknown): unknown =>
    typeof text === "string" ? mapper(text) : text.map(mapper);
  if (typeof reading === "string") return [reading, scalarOf(reading)];
  if (Array.isArray(reading)) {
    const items = resolve(schema)?.items;
    return [reading, reading.map(scalarOf), reading.map((text: string) => typedBy(items, resolve, text))];
  }
  const entries = Object.entries(reading as Record<string, string | readonly string[]>);
  const propertySchema = (key: string): unknown =>
    propertySchemaOf(schema, key, resolve) ?? resolve(schema)?.additionalProperties ?? {};
  return [
    Object.fromEntries(entries),
    Object.fromEntries(entries.map(([key, text]) => [key, leaf(text, scalarOf)])),
    Object.fromEntries(
      entries.map(([key, text]) => [key, leaf(text, (item) => typedBy(propertySchema(key), resolve, item))]),
    ),
  ];
}

/** `R,100,G,200` → `{ R: "100", G: "200" }`: a non-exploded object's name/value list. */
export function pairsToObject(items: readonly string[]): Record<string, string> {
  const object: Record<string, string> = {};
  for (let index = 0; index + 1 < items.length; index += 2)
    Object.defineProperty(object, items[index] as string, {
      value: items[index + 1],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return object;
}

/** `R=100,G=200` (split already) → `{ R: "100", G: "200" }`: an exploded object's `name=value` items. */
export function assignmentsToObject(
  items: readonly string[],
  decode: (text: string) => string,
): Record<string, string> {
  const object: Record<string, string> = {};
  for (const item of items) {
    const equals = item.indexOf("=");
    const key = decode(equals < 0 ? item : item.slice(0, equals));
    Object.defineProperty(object, key, {
      value: equals < 0 ? "" : decode(item.slice(equals + 1)),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}
