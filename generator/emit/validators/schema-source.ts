import { isRecord as isJson } from "../../load/json-pointer.js";
import { DATA_KEYWORDS, NAME_MAPS } from "../../load/schema-keywords.js";
import type { ApiModel } from "../../model/api-model.js";
import { stringLiteral } from "../code-text.js";
import { refTokens } from "./validator-program.js";

/** The component names a schema refers to, directly; a `$ref` key inside example or default data is data. */
function referencedNames(schema: unknown, found: Set<string>, nameMap = false): void {
  if (Array.isArray(schema)) {
    for (const item of schema) referencedNames(item, found);
    return;
  }
  if (!isJson(schema)) return;
  for (const [key, value] of Object.entries(schema)) {
    if (nameMap) referencedNames(value, found);
    else if (key === "$ref" && typeof value === "string") {
      const name = refTokens(value)?.[0];
      if (name !== undefined) found.add(name);
    } else if (!DATA_KEYWORDS.has(key)) referencedNames(value, found, NAME_MAPS.has(key));
  }
}

const closures = new WeakMap<object, string[]>();

/** Every component a schema reaches through `$ref`s, in first-reached order (kept per schema object: most validators of a package share a few roots). */
function closure(schemas: Readonly<Record<string, unknown>>, root: unknown): string[] {
  if (!isJson(root)) return closureOf(schemas, root);
  const known = closures.get(root);
  if (known !== undefined) return known;
  const names = closureOf(schemas, root);
  closures.set(root, names);
  return names;
}

function closureOf(schemas: Readonly<Record<string, unknown>>, root: unknown): string[] {
  const reached = new Set<string>();
  const queue = [root];
  for (let next = queue.shift(); next !== undefined || queue.length > 0; next = queue.shift()) {
    const found = new Set<string>();
    referencedNames(next, found);
    for (const name of found) {
      if (reached.has(name) || !Object.hasOwn(schemas, name)) continue;
      reached.add(name);
      queue.push(schemas[name]);
    }
  }
  return [...reached];
}

const EXAMPLES = new Set(["example", "examples"]);
const examplesDropped = new WeakMap<object, unknown>();

/**
 * A schema without its examples: the JSON Schema a validator hands out says what it checks (and
 * `default`s, which forms read), not sample data, which in published documents often outweighs the
 * schema (LaunchDarkly's responses carry whole example answers).
 */
function withoutExamples(schema: unknown, nameMap = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => withoutExamples(item));
  if (!isJson(schema)) return schema;
  const known = nameMap ? undefined : examplesDropped.get(schema);
  if (known !== undefined) return known;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!nameMap && EXAMPLES.has(key)) continue;
    const kept = nameMap
      ? withoutExamples(value)
      : DATA_KEYWORDS.has(key)
        ? value
        : withoutExamples(value, NAME_MAPS.has(key));
    Object.defineProperty(result, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  if (!nameMap) examplesDropped.set(schema, result);
  return result;
}

/**
 * The `SchemaSource` thunk of a validator (standard.ts): its schema and the components it reaches,
 * as JSON text constants (`jsonOf`), read only when a JSON Schema is asked for. A validator of a
 * whole component hands out that component's own schema at the root.
 */
export function schemaSource(
  model: ApiModel,
  schema: unknown,
  jsonOf: (schema: unknown) => string,
  constant: (prefix: string, expression: string) => string,
): string {
  const schemas = model.fixtures.schemas;
  const ref =
    isJson(schema) && typeof schema.$ref === "string" && Object.keys(schema).length === 1
      ? refTokens(schema.$ref)
      : undefined;
  const root =
    ref !== undefined && ref.length === 1 && Object.hasOwn(schemas, ref[0] ?? "") ? schemas[ref[0] ?? ""] : schema;
  const components = closure(schemas, root).map(
    (name) => `[${stringLiteral(name)}, ${jsonOf(withoutExamples(schemas[name]))}]`,
  );
  // The list is a constant of its own: the validators of one schema (its component's, every operation's that answers it) share it.
  const list = components.length === 0 ? "[]" : constant("$K", `[${components.join(", ")}] as const`);
  return `() => ({ dialect: ${stringLiteral(model.schemaDialect)}, root: ${jsonOf(withoutExamples(root))}, components: ${list} })`;
}
