import { isRecord, pointerTokens, splitRef } from "./json-pointer.js";

const COMPOSITION = ["allOf", "oneOf", "anyOf"] as const;

/** The component schema a `$ref` names (after normalizeRefs every local one names a whole component). */
function componentName(value: unknown): string | undefined {
  if (!isRecord(value) || typeof value.$ref !== "string") return undefined;
  const tokens = pointerTokens(splitRef(value.$ref).pointer);
  return tokens.length === 3 && tokens[0] === "components" && tokens[1] === "schemas" ? tokens[2] : undefined;
}

/** Component schemas a schema names through allOf, oneOf and anyOf (not through properties or items). */
function composedNames(schema: unknown): string[] {
  if (!isRecord(schema)) return [];
  return COMPOSITION.flatMap((key) => (Array.isArray(schema[key]) ? schema[key] : [])).flatMap(
    (part) => componentName(part) ?? [],
  );
}

function reaches(schemas: Record<string, unknown>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
    if (name === to) return true;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...composedNames(schemas[name]));
  }
  return false;
}

/**
 * A discriminated parent that lists its subtypes in `oneOf`, each of which extends it with
 * `allOf: [$ref parent]`, is a cycle through composition alone: TypeScript cannot print it (the
 * types refer to themselves eagerly) and a validator or fixture builder following it never ends.
 * What the pattern means is that a subtype extends the parent's own keywords: so such an `allOf`
 * entry becomes a copy of the parent without its `oneOf`, `anyOf` and `discriminator`. Edits
 * `document` in place.
 */
export function breakCompositionCycles(document: Record<string, unknown>): void {
  const components = isRecord(document.components) ? document.components : {};
  const schemas = isRecord(components.schemas) ? components.schemas : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isRecord(schema) || !Array.isArray(schema.allOf)) continue;
    const allOf = schema.allOf;
    allOf.forEach((part, index) => {
      const parent = componentName(part);
      const parentSchema = parent === undefined ? undefined : schemas[parent];
      if (parent === undefined || !isRecord(parentSchema) || !reaches(schemas, parent, name)) return;
      const { oneOf: _oneOf, anyOf: _anyOf, discriminator: _discriminator, ...base } = parentSchema;
      allOf[index] = structuredClone(base);
    });
  }
}
