import { escapePointerToken, joinPointer } from "../errors.js";
import { isRecord, pointerTokens, resolvePointer, setOwn, splitRef } from "./json-pointer.js";
import { DATA_KEYWORDS, NAME_MAPS } from "./schema-keywords.js";

/** `#/components/<section>/<name>`, each token escaped (RFC 6901) and percent-encoded: every reader decodes it alike. */
function componentRef(section: string, name: string): string {
  return `#/components/${encodeURIComponent(escapePointerToken(section))}/${encodeURIComponent(escapePointerToken(name))}`;
}

/**
 * Makes every local `$ref` name a whole component, written one way. A `$ref` into the middle of a
 * schema (through `items`), into a path's response or into a header is replaced by a copy of
 * what it names: openapi-typescript prints such refs as indexed types that do not compile, and the
 * fixture table holds component schemas only. A copy that would contain itself is hoisted into
 * `components.schemas` instead. Refs to whole components are percent-encoded the same way
 * everywhere (`Item%20Record`, not sometimes `Item Record`). Edits `document` in place.
 */
export function normalizeRefs(document: Record<string, unknown>): void {
  const hoisted = new Map<string, string>();
  const inlining: string[] = [];

  const hoist = (target: string, value: unknown): string => {
    const known = hoisted.get(target);
    if (known !== undefined) return known;
    const components = isRecord(document.components) ? document.components : {};
    if (!isRecord(document.components)) setOwn(document, "components", components);
    const schemas = isRecord(components.schemas) ? components.schemas : {};
    if (!isRecord(components.schemas)) setOwn(components, "schemas", schemas);
    const base =
      pointerTokens(target)
        .filter((token) => !["components", "schemas", "properties", "paths", "content", "responses"].includes(token))
        .join("-") || "schema";
    let name = base;
    for (let n = 2; Object.hasOwn(schemas, name); n += 1) name = `${base}-${n}`;
    const ref = componentRef("schemas", name);
    hoisted.set(target, ref);
    setOwn(schemas, name, null); // reserved before the copy is normalized: it refers to itself
    setOwn(schemas, name, visit(structuredClone(value)));
    return ref;
  };

  const inline = (node: Record<string, unknown>, target: string): unknown => {
    const resolved = resolvePointer(document, target);
    if (!resolved.found) return node; // reported by the ref check, which refuses the document
    const { $ref: _ref, ...siblings } = node;
    if (inlining.includes(target)) return { ...siblings, $ref: hoist(target, resolved.value) };
    inlining.push(target);
    const copy = visit(structuredClone(resolved.value));
    inlining.pop();
    return isRecord(copy) ? { ...copy, ...siblings } : copy;
  };

  function visit(value: unknown, nameMap = false): unknown {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) value[index] = visit(item);
      return value;
    }
    if (!isRecord(value)) return value;
    if (typeof value.$ref === "string") {
      const { file, pointer } = splitRef(value.$ref);
      const tokens = pointerTokens(pointer);
      if (file === "" && tokens.length === 3 && tokens[0] === "components")
        setOwn(value, "$ref", componentRef(tokens[1] ?? "", tokens[2] ?? ""));
      else if (file === "" && !nameMap) return inline(value, joinPointer("", ...tokens));
    }
    if (!nameMap && isRecord(value.discriminator) && isRecord(value.discriminator.mapping))
      canonicalMapping(value.discriminator.mapping);
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" || (!nameMap && DATA_KEYWORDS.has(key))) continue;
      setOwn(value, key, visit(item, NAME_MAPS.has(key)));
    }
    return value;
  }

  visit(document);
}

/** A discriminator's mapping values that name a whole component, written as its refs are. */
function canonicalMapping(mapping: Record<string, unknown>): void {
  for (const [value, target] of Object.entries(mapping)) {
    if (typeof target !== "string" || !target.startsWith("#")) continue;
    const tokens = pointerTokens(splitRef(target).pointer);
    if (tokens.length === 3 && tokens[0] === "components")
      setOwn(mapping, value, componentRef(tokens[1] ?? "", tokens[2] ?? ""));
  }
}
