import { isRecord, resolvePointer, splitRef } from "../load/json-pointer.js";

/** One difference between two versions of an API, as a caller of the generated client sees it. */
export interface Change {
  readonly breaking: boolean;
  readonly kind: string;
  readonly operation: string | undefined;
  /** Where, in words a caller recognises: `createIteration request body .metrics[].key`. */
  readonly location: string;
  readonly message: string;
}

export type Direction = "request" | "response";

export interface SchemaSide {
  readonly document: Record<string, unknown>;
  readonly schema: unknown;
}

interface Context {
  readonly direction: Direction;
  readonly operation: string | undefined;
  readonly location: string;
  readonly seen: Set<string>;
  readonly report: (change: Change) => void;
}

function follow(
  document: Record<string, unknown>,
  schema: unknown,
): { schema: Record<string, unknown>; ref: string | undefined } {
  let current = schema;
  let ref: string | undefined;
  for (let hops = 0; hops < 32 && isRecord(current) && typeof current.$ref === "string"; hops += 1) {
    ref = current.$ref;
    current = resolvePointer(document, splitRef(current.$ref).pointer).value;
  }
  return { schema: isRecord(current) ? current : {}, ref };
}

/** allOf members merged into one schema (properties and required combined), as a caller sees the type. */
function flatten(
  document: Record<string, unknown>,
  schema: Record<string, unknown>,
  depth = 0,
): Record<string, unknown> {
  if (!Array.isArray(schema.allOf) || depth > 16) return schema;
  const { allOf, ...own } = schema;
  const merged: Record<string, unknown> = { ...own };
  const properties: Record<string, unknown> = { ...(isRecord(own.properties) ? own.properties : {}) };
  const required = new Set(Array.isArray(own.required) ? own.required.map(String) : []);
  for (const member of allOf as unknown[]) {
    const part = flatten(document, follow(document, member).schema, depth + 1);
    for (const [key, value] of Object.entries(part))
      if (key !== "properties" && key !== "required") merged[key] = value;
    if (isRecord(part.properties)) Object.assign(properties, part.properties);
    if (Array.isArray(part.required)) for (const name of part.required) required.add(String(name));
  }
  return { ...merged, properties, required: [...required] };
}

function resolve(side: SchemaSide): { schema: Record<string, unknown>; ref: string | undefined } {
  const { schema, ref } = follow(side.document, side.schema);
  return { schema: flatten(side.document, schema), ref };
}

/** The JSON types a schema admits ("integer" also counts as a "number"). */
function typesOf(schema: Record<string, unknown>): Set<string> {
  const declared = Array.isArray(schema.type)
    ? schema.type.map(String)
    : typeof schema.type === "string"
      ? [schema.type]
      : [];
  const types = new Set(declared);
  if (types.size === 0) {
    if (isRecord(schema.properties) || isRecord(schema.additionalProperties)) types.add("object");
    else if (schema.items !== undefined) types.add("array");
    else if (Array.isArray(schema.enum) || schema.const !== undefined)
      types.add(typeof (Array.isArray(schema.enum) ? schema.enum[0] : schema.const));
  }
  if (types.size === 0 && (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf))) types.add("union");
  if (schema.nullable === true) types.add("null");
  return types;
}

function admits(wide: Set<string>, narrow: Set<string>): boolean {
  if (wide.size === 0) return true;
  return [...narrow].every((type) => wide.has(type) || (type === "integer" && wide.has("number")));
}

function label(types: Set<string>): string {
  return types.size === 0 ? "any" : [...types].sort().join(" | ");
}

function change(context: Context, breaking: boolean, kind: string, message: string, where = context.location): void {
  context.report({ breaking, kind, operation: context.operation, location: where, message });
}

function compareTypes(context: Context, before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const old = typesOf(before);
  const now = typesOf(after);
  if (label(old) === label(now)) return true;
  // A request may widen (callers' values still fit); a response may narrow (callers still cope).
  const compatible = context.direction === "request" ? admits(now, old) : admits(old, now);
  change(context, !compatible, compatible ? "type-widened" : "type-changed", `type ${label(old)} became ${label(now)}`);
  return !(old.has("object") !== now.has("object") || old.has("array") !== now.has("array"));
}

function compareEnums(context: Context, before: Record<string, unknown>, after: Record<string, unknown>): void {
  if (!Array.isArray(before.enum) && !Array.isArray(after.enum)) return;
  const old = new Set((Array.isArray(before.enum) ? before.enum : []).map((value) => JSON.stringify(value)));
  const now = new Set((Array.isArray(after.enum) ? after.enum : []).map((value) => JSON.stringify(value)));
  const removed = [...old].filter((value) => !now.has(value));
  const added = [...now].filter((value) => !old.has(value));
  const request = context.direction === "request";
  // As callers see it: a request enum's values are what they may send, a response's what they must handle.
  if (removed.length > 0)
    change(
      context,
      true,
      `${context.direction}-enum-value-removed`,
      `enum value${removed.length > 1 ? "s" : ""} ${removed.join(", ")} removed`,
    );
  if (added.length > 0)
    change(
      context,
      request,
      `${context.direction}-enum-value-added`,
      `enum value${added.length > 1 ? "s" : ""} ${added.join(", ")} added${request ? "" : " (exhaustive switches need them)"}`,
    );
}

function requiredOf(schema: Record<string, unknown>): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
}

function compareProperties(
  context: Context,
  before: SchemaSide & { schema: Record<string, unknown> },
  after: SchemaSide & { schema: Record<string, unknown> },
): void {
  const oldProps = isRecord(before.schema.properties) ? before.schema.properties : {};
  const newProps = isRecord(after.schema.properties) ? after.schema.properties : {};
  const oldRequired = requiredOf(before.schema);
  const newRequired = requiredOf(after.schema);
  const request = context.direction === "request";
  for (const name of Object.keys(oldProps)) {
    const where = `${context.location}.${name}`;
    if (!Object.hasOwn(newProps, name)) {
      change(context, true, `${context.direction}-field-removed`, `field removed`, where);
      continue;
    }
    const wasRequired = oldRequired.has(name);
    const isRequired = newRequired.has(name);
    if (wasRequired !== isRequired) {
      const breaking = request ? isRequired : wasRequired;
      change(
        context,
        breaking,
        isRequired ? `${context.direction}-field-made-required` : `${context.direction}-field-made-optional`,
        isRequired ? "became required" : "became optional",
        where,
      );
    }
    const oldDeprecated = isRecord(oldProps[name]) && oldProps[name].deprecated === true;
    const newDeprecated = isRecord(newProps[name]) && newProps[name].deprecated === true;
    if (!oldDeprecated && newDeprecated) change(context, false, "field-deprecated", "deprecated", where);
    if (oldDeprecated && !newDeprecated) change(context, false, "field-undeprecated", "no longer deprecated", where);
    compareSchemaAt(
      { ...context, location: where },
      { document: before.document, schema: oldProps[name] },
      { document: after.document, schema: newProps[name] },
    );
  }
  for (const name of Object.keys(newProps)) {
    if (Object.hasOwn(oldProps, name)) continue;
    const required = newRequired.has(name);
    const breaking = request && required;
    change(
      context,
      breaking,
      `${context.direction}-field-added${required ? "-required" : ""}`,
      required ? "field added, required" : "field added",
      `${context.location}.${name}`,
    );
  }
}

function compareBranches(
  context: Context,
  before: SchemaSide & { schema: Record<string, unknown> },
  after: SchemaSide & { schema: Record<string, unknown> },
): void {
  const branches = (schema: Record<string, unknown>): unknown[] =>
    Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : [];
  const key = (branch: unknown, index: number): string =>
    isRecord(branch) && typeof branch.$ref === "string" ? (branch.$ref.split("/").pop() ?? "") : `#${index}`;
  const old = new Map(branches(before.schema).map((branch, index) => [key(branch, index), branch]));
  const now = new Map(branches(after.schema).map((branch, index) => [key(branch, index), branch]));
  const request = context.direction === "request";
  for (const [name, branch] of old) {
    if (!now.has(name)) change(context, request, "variant-removed", `variant ${name} removed`);
    else
      compareSchemaAt(
        { ...context, location: `${context.location}<${name}>` },
        { document: before.document, schema: branch },
        { document: after.document, schema: now.get(name) },
      );
  }
  for (const name of now.keys())
    if (!old.has(name)) change(context, !request, "variant-added", `variant ${name} added`);
}

/** Compares two schemas as the given direction's callers see them, reporting each difference. */
export function compareSchemaAt(context: Context, before: SchemaSide, after: SchemaSide): void {
  const old = resolve(before);
  const now = resolve(after);
  const pair = `${context.direction}|${old.ref ?? context.location}|${now.ref ?? context.location}`;
  if (context.seen.has(pair)) return;
  context.seen.add(pair);
  const oldSide = { document: before.document, schema: old.schema };
  const newSide = { document: after.document, schema: now.schema };
  if (!compareTypes(context, old.schema, now.schema)) return;
  compareEnums(context, old.schema, now.schema);
  compareProperties(context, oldSide, newSide);
  compareBranches(context, oldSide, newSide);
  if (old.schema.items !== undefined || now.schema.items !== undefined) {
    compareSchemaAt(
      { ...context, location: `${context.location}[]` },
      { document: before.document, schema: old.schema.items ?? {} },
      { document: after.document, schema: now.schema.items ?? {} },
    );
  }
  if (isRecord(old.schema.additionalProperties) && isRecord(now.schema.additionalProperties)) {
    compareSchemaAt(
      { ...context, location: `${context.location}{}` },
      { document: before.document, schema: old.schema.additionalProperties },
      { document: after.document, schema: now.schema.additionalProperties },
    );
  }
}

/** `seen` may be shared between calls so that a schema pair reached twice is compared once. */
export function compareSchemas(
  direction: Direction,
  operation: string | undefined,
  location: string,
  before: SchemaSide,
  after: SchemaSide,
  report: (change: Change) => void,
  seen: Set<string> = new Set(),
): void {
  compareSchemaAt({ direction, operation, location, seen, report }, before, after);
}
