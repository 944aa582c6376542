// What the mock server says of its own accord, shaped like the API: error bodies in the schema the
// spec gives that status, and answers that carry the request's path parameters.
import { buildFromSchema } from "../fixtures/build.js";
import { propertySchema } from "../fixtures/feasible.js";
import { flatten } from "../fixtures/merge.js";
import { type DocumentedResponse, responseFor } from "../fixtures/operations.js";
import { isObject, type Schema, type SchemaTable, setOwn } from "../fixtures/schema.js";
import { conforms } from "../fixtures/validate.js";

/** Property names an error body's code and message go by, in order of preference. */
const CODE_NAMES = ["code", "error_code", "errorCode", "id", "type", "error"];
const MESSAGE_NAMES = ["message", "detail", "error_description", "description", "msg", "title"];

/** The schema the spec gives `status`: the operation's own, else the one most operations give it. */
export function errorSchema(
  responses: readonly DocumentedResponse[],
  everyOperation: readonly (readonly DocumentedResponse[])[],
  status: number,
): Schema | undefined {
  const own = responseFor(responses, status)?.schema;
  if (own !== undefined) return own;
  const counts = new Map<string, { schema: Schema; count: number }>();
  for (const list of everyOperation) {
    const schema = list.find((response) => response.status === status)?.schema;
    if (schema === undefined) continue;
    const key = JSON.stringify(schema);
    counts.set(key, { schema, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  let best: { schema: Schema; count: number } | undefined;
  for (const entry of counts.values()) if (best === undefined || entry.count > best.count) best = entry;
  return best?.schema;
}

/** The body's objects, nearest first: itself, then its members' (arrays' items too), down to a few levels. */
function nestedObjects(body: Record<string, unknown>): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  let level: unknown[] = [body];
  for (let depth = 0; depth < 4 && level.length > 0; depth += 1) {
    const next: unknown[] = [];
    for (const value of level) {
      if (Array.isArray(value)) next.push(...value);
      else if (isObject(value)) {
        found.push(value);
        next.push(...Object.values(value));
      }
    }
    level = next;
  }
  return found;
}

/**
 * Sets the first of `names` (in their order) the body has, at its shallowest depth (Stripe nests its message as
 * `error.message`, JSON:API as `errors[0].detail`), to `value`, if the body still conforms.
 */
function fill(
  table: SchemaTable,
  schema: Schema,
  body: Record<string, unknown>,
  names: readonly string[],
  value: string,
): void {
  // Names in order of preference, each at the shallowest depth it has: `error.message` before a top-level `title`.
  for (const name of names)
    for (const target of nestedObjects(body)) {
      if (!Object.hasOwn(target, name) || typeof target[name] !== "string") continue;
      const previous = target[name];
      setOwn(target, name, value);
      if (conforms(table, schema, body)) return;
      setOwn(target, name, previous);
    }
}

/**
 * An error the mock makes itself (401, 400, 404, 405), as the API would write it: a fixture of
 * the spec's schema for that status with our code and message in the fields made for them;
 * `{ code, message }` when the spec gives that status no schema.
 */
export function errorBody(
  table: SchemaTable,
  schema: Schema | undefined,
  code: string,
  message: string,
  seed: string,
): unknown {
  if (schema === undefined) return { code, message };
  let body: unknown;
  try {
    body = buildFromSchema(table, schema, seed, undefined, "response", "application/json");
  } catch {
    return { code, message };
  }
  if (!isObject(body)) return body;
  fill(table, schema, body, CODE_NAMES, code);
  fill(table, schema, body, MESSAGE_NAMES, message);
  return body;
}

/**
 * A fixture answer carrying the request's path parameters: a top-level field named like one
 * (`experimentKey`), and the resource's own `key` or `id` for the last parameter (`…/{experimentKey}`
 * answers `key: <that>`), each only where the body still conforms.
 */
export function echoPathParameters(
  table: SchemaTable,
  schema: Schema | undefined,
  body: unknown,
  path: string,
  params: Readonly<Record<string, string>>,
): unknown {
  if (schema === undefined || !isObject(body)) return body;
  const last = /\{([^}]+)\}$/.exec(path)?.[1];
  const targets: [string, string][] = Object.entries(params).map(([name, value]) => [name, value]);
  if (last !== undefined && params[last] !== undefined) {
    const own = /(?:^|_)id$|Id$/.test(last) ? ["id", "_id"] : /(?:^|_)key$|Key$/.test(last) ? ["key"] : [];
    for (const field of own) targets.push([field, params[last] ?? ""]);
  }
  // Each field is checked against its own schema, not the whole body again: an answer is built per request.
  const flattened = flatten(table, schema);
  if (flattened.impossible !== undefined) return body;
  const flat = flattened.schema;
  for (const [field, value] of targets) {
    if (!Object.hasOwn(body, field)) continue;
    const candidate = typeof body[field] === "number" && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    if (conforms(table, propertySchema(flat, field), candidate)) setOwn(body, field, candidate);
  }
  return body;
}
