import { isRecord, pointerTokens, resolvePointer, splitRef } from "../load/json-pointer.js";
import { type Change, type ChangeLevel, type Direction, makeChange, type Owner, type Place } from "./change.js";

export interface SchemaSide {
  readonly document: Record<string, unknown>;
  readonly schema: unknown;
}

/** Where a walk hands a component schema it reaches on both sides: compared once, its uses counted. */
export type ReachComponent = (direction: Direction, name: string, place: Place) => void;

export interface Context {
  readonly direction: Direction;
  readonly owner: Owner;
  readonly location: string;
  readonly seen: Set<string>;
  readonly report: (change: Change) => void;
  /** Undefined: a component reached is compared in place, as any schema. */
  readonly reachComponent: ReachComponent | undefined;
}

/** The component schema a `$ref` names (`#/components/schemas/Pet` gives `Pet`), if it is one. */
function componentRefName(schema: unknown): string | undefined {
  if (!isRecord(schema) || typeof schema.$ref !== "string") return undefined;
  const { file, pointer } = splitRef(schema.$ref);
  const tokens = pointerTokens(pointer);
  return file === "" && tokens.length === 3 && tokens[0] === "components" && tokens[1] === "schemas"
    ? tokens[2]
    : undefined;
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

function change(context: Context, level: ChangeLevel, kind: string, message: string, where = context.location): void {
  context.report(makeChange(level, kind, context.owner, where, message));
}

const breakingIf = (condition: boolean): ChangeLevel => (condition ? "breaking" : "info");

function compareTypes(context: Context, before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const old = typesOf(before);
  const now = typesOf(after);
  if (label(old) === label(now)) return true;
  // A request may widen (callers' values still fit); a response may narrow (callers still cope).
  const compatible = context.direction === "request" ? admits(now, old) : admits(old, now);
  change(
    context,
    breakingIf(!compatible),
    compatible ? "type-widened" : "type-changed",
    `type ${label(old)} became ${label(now)}`,
  );
  return !(old.has("object") !== now.has("object") || old.has("array") !== now.has("array"));
}

/** `"a", "b" and 3 more`: a long enum is named by its first values. */
function someValues(values: readonly string[]): string {
  const shown = values.slice(0, 5).join(", ");
  return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown;
}

/**
 * As oasdiff grades them. A request enum lists what callers may send: a value removed breaks a caller
 * that sends it, one added breaks nobody. A response enum lists what callers must handle: a value
 * removed breaks nobody, one added still compiles but an exhaustive `switch` over it no longer does.
 */
function compareEnums(context: Context, before: Record<string, unknown>, after: Record<string, unknown>): void {
  if (!Array.isArray(before.enum) && !Array.isArray(after.enum)) return;
  const old = new Set((Array.isArray(before.enum) ? before.enum : []).map((value) => JSON.stringify(value)));
  const now = new Set((Array.isArray(after.enum) ? after.enum : []).map((value) => JSON.stringify(value)));
  const removed = [...old].filter((value) => !now.has(value));
  const added = [...now].filter((value) => !old.has(value));
  const request = context.direction === "request";
  const values = (list: readonly string[]): string => `enum value${list.length > 1 ? "s" : ""} ${someValues(list)}`;
  if (removed.length > 0)
    change(
      context,
      request ? "breaking" : "info",
      `${context.direction}-enum-value-removed`,
      `${values(removed)} removed${request ? ` (callers may no longer send ${removed.length > 1 ? "them" : "it"})` : ""}`,
    );
  if (added.length > 0)
    change(
      context,
      request ? "info" : "warning",
      `${context.direction}-enum-value-added`,
      `${values(added)} added${request ? "" : ` (an exhaustive switch needs a case for ${added.length > 1 ? "them" : "it"})`}`,
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
      change(context, "breaking", `${context.direction}-field-removed`, `field removed`, where);
      continue;
    }
    const wasRequired = oldRequired.has(name);
    const isRequired = newRequired.has(name);
    if (wasRequired !== isRequired) {
      change(
        context,
        breakingIf(request ? isRequired : wasRequired),
        isRequired ? `${context.direction}-field-made-required` : `${context.direction}-field-made-optional`,
        isRequired ? "became required" : "became optional",
        where,
      );
    }
    const oldDeprecated = isRecord(oldProps[name]) && oldProps[name].deprecated === true;
    const newDeprecated = isRecord(newProps[name]) && newProps[name].deprecated === true;
    if (!oldDeprecated && newDeprecated) change(context, "info", "field-deprecated", "deprecated", where);
    if (oldDeprecated && !newDeprecated) change(context, "info", "field-undeprecated", "no longer deprecated", where);
    compareSchemaAt(
      { ...context, location: where },
      { document: before.document, schema: oldProps[name] },
      { document: after.document, schema: newProps[name] },
    );
  }
  for (const name of Object.keys(newProps)) {
    if (Object.hasOwn(oldProps, name)) continue;
    const required = newRequired.has(name);
    change(
      context,
      breakingIf(request && required),
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
    if (!now.has(name)) change(context, breakingIf(request), "variant-removed", `variant ${name} removed`);
    else
      compareSchemaAt(
        { ...context, location: `${context.location}<${name}>` },
        { document: before.document, schema: branch },
        { document: after.document, schema: now.get(name) },
      );
  }
  for (const name of now.keys())
    if (!old.has(name)) change(context, breakingIf(!request), "variant-added", `variant ${name} added`);
}

/** Items, map values and (a string's JSON) `contentSchema`: the schemas nested in one, each at its own mark. */
function compareNested(
  context: Context,
  before: SchemaSide & { schema: Record<string, unknown> },
  after: SchemaSide & { schema: Record<string, unknown> },
): void {
  const nested = (key: string, mark: string, bothNeeded: boolean): void => {
    const old = before.schema[key];
    const now = after.schema[key];
    if (bothNeeded ? !isRecord(old) || !isRecord(now) : old === undefined && now === undefined) return;
    compareSchemaAt(
      { ...context, location: `${context.location}${mark}` },
      { document: before.document, schema: old ?? {} },
      { document: after.document, schema: now ?? {} },
    );
  };
  nested("items", "[]", false);
  nested("additionalProperties", "{}", true);
  // A server-sent event's `data` is JSON described by `contentSchema`: the item type callers read.
  nested("contentSchema", "(json)", false);
}

/** The component both sides name at this place, where a walk hands components over rather than entering them. */
function sharedComponent(context: Context, before: SchemaSide, after: SchemaSide): string | undefined {
  if (context.reachComponent === undefined) return undefined;
  const name = componentRefName(before.schema);
  return name !== undefined && name === componentRefName(after.schema) ? name : undefined;
}

/** Compares two schemas as the given direction's callers see them, reporting each difference. */
export function compareSchemaAt(context: Context, before: SchemaSide, after: SchemaSide): void {
  const component = sharedComponent(context, before, after);
  if (component !== undefined) {
    const { operation, schema } = context.owner;
    const owner = schema === undefined ? (operation === undefined ? {} : { operation }) : { schema };
    context.reachComponent?.(context.direction, component, { ...owner, location: context.location });
    return;
  }
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
  compareNested(context, oldSide, newSide);
}

/** Compares the schemas at one place of an operation or a component schema, with a fresh `seen`. */
export function compareSchemas(place: Omit<Context, "seen">, before: SchemaSide, after: SchemaSide): void {
  compareSchemaAt({ ...place, seen: new Set() }, before, after);
}
