import { deref, isRecord } from "../load/json-pointer.js";
import type { LoadedSpec } from "../load/load-spec.js";
import type { ParameterModel } from "../model/api-model.js";
import { collectOperations, type RawOperation } from "../model/build-operations.js";
import { readParameters } from "../model/resolve-operation.js";
import { type Change, type ChangeLevel, type Direction, makeChange } from "./change.js";
import { compareSchemas, type SchemaSide } from "./compare-schemas.js";
import { ComponentUses } from "./component-uses.js";

export type SemverBump = "major" | "minor" | "none";

export interface SpecDiff {
  readonly changes: readonly Change[];
  readonly bump: SemverBump;
}

/** A body's first media type, as callers' types read it: its `schema`, and a stream's `itemSchema` (OpenAPI 3.2). */
interface Media {
  readonly contentType: string | undefined;
  readonly schema: unknown;
  readonly itemSchema: unknown;
}

function firstMedia(document: Record<string, unknown>, content: unknown): Media {
  const types = isRecord(content) ? content : {};
  const contentType = Object.keys(types)[0];
  // A 3.2 media type may be a `$ref` into components.mediaTypes.
  const media = contentType === undefined ? undefined : deref(document, types[contentType]);
  const record = isRecord(media) ? media : {};
  return { contentType, schema: record.schema, itemSchema: record.itemSchema };
}

function bodyOf(
  document: Record<string, unknown>,
  operation: Record<string, unknown>,
): (Media & { required: boolean }) | undefined {
  const body = deref(document, operation.requestBody);
  if (!isRecord(body)) return undefined;
  return { required: body.required === true, ...firstMedia(document, body.content) };
}

/** Every documented response's first media type by status: success bodies are `data`, the others `error`. */
function responseBodies(document: Record<string, unknown>, operation: Record<string, unknown>): Map<string, Media> {
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const bodies = new Map<string, Media>();
  for (const [status, raw] of Object.entries(responses)) {
    const response = deref(document, raw);
    bodies.set(status, firstMedia(document, isRecord(response) ? response.content : undefined));
  }
  return bodies;
}

interface Sides {
  readonly before: LoadedSpec;
  readonly after: LoadedSpec;
  readonly report: (change: Change) => void;
  readonly components: ComponentUses;
}

function reportFor(sides: Sides, name: string) {
  return (level: ChangeLevel, kind: string, location: string, message: string): void =>
    sides.report(makeChange(level, kind, { operation: name }, location, message));
}

function compareAt(
  sides: Sides,
  name: string,
  direction: Direction,
  location: string,
  before: unknown,
  after: unknown,
): void {
  const side = (spec: LoadedSpec, schema: unknown): SchemaSide => ({ document: spec.document, schema });
  compareSchemas(
    { direction, owner: { operation: name }, location, report: sides.report, reachComponent: sides.components.reach },
    side(sides.before, before),
    side(sides.after, after),
  );
}

/** A body's schema, and a stream's items where either side has `itemSchema`, at `<where> item`. */
function compareMedia(
  sides: Sides,
  name: string,
  direction: Direction,
  where: string,
  before: Media,
  after: Media,
): void {
  compareAt(sides, name, direction, where, before.schema, after.schema);
  if (before.itemSchema !== undefined || after.itemSchema !== undefined)
    compareAt(sides, name, direction, `${where} item`, before.itemSchema, after.itemSchema);
}

function compareParameters(sides: Sides, name: string, old: RawOperation, now: RawOperation): void {
  const key = (parameter: ParameterModel): string => `${parameter.in} parameter "${parameter.name}"`;
  const oldParams = new Map(readParameters(sides.before.document, old).map((p) => [key(p), p]));
  const newParams = new Map(readParameters(sides.after.document, now).map((p) => [key(p), p]));
  const report = reportFor(sides, name);
  const at = (label: string): string => `${name} ${label}`;
  // A parameter sent another way (style, explode, allowReserved, content) reaches a server that reads the old way wrongly.
  const wire = (p: ParameterModel): string =>
    p.contentType === undefined
      ? `style ${p.style}, explode ${String(p.explode)}${p.allowReserved ? ", allowReserved" : ""}`
      : `content ${p.contentType}`;
  for (const [label, parameter] of oldParams) {
    const next = newParams.get(label);
    if (next === undefined) {
      report("breaking", "parameter-removed", at(label), "parameter removed");
      continue;
    }
    if (parameter.required !== true && next.required === true)
      report("breaking", "parameter-made-required", at(label), "became required");
    if (wire(parameter) !== wire(next))
      report(
        "breaking",
        "parameter-serialization-changed",
        at(label),
        `serialized as ${wire(parameter)}, now ${wire(next)}`,
      );
    compareAt(sides, name, "request", at(label), parameter.schema, next.schema);
  }
  for (const [label, parameter] of newParams) {
    if (oldParams.has(label)) continue;
    const required = parameter.required === true;
    report(
      required ? "breaking" : "info",
      required ? "parameter-added-required" : "parameter-added",
      at(label),
      required ? "required parameter added" : "optional parameter added",
    );
  }
}

function compareBodies(sides: Sides, name: string, old: RawOperation, now: RawOperation): void {
  const before = bodyOf(sides.before.document, old.operation);
  const after = bodyOf(sides.after.document, now.operation);
  const report = reportFor(sides, name);
  const where = `${name} request body`;
  if (before === undefined && after === undefined) return;
  if (before === undefined || after === undefined) {
    const added = before === undefined;
    const breaking = !added || after?.required === true;
    report(
      breaking ? "breaking" : "info",
      added ? "request-body-added" : "request-body-removed",
      where,
      added ? "request body added" : "request body removed",
    );
    return;
  }
  if (before.contentType !== after.contentType)
    report(
      "breaking",
      "request-content-type-changed",
      where,
      `content type ${String(before.contentType)} became ${String(after.contentType)}`,
    );
  if (!before.required && after.required) report("breaking", "request-body-made-required", where, "became required");
  compareMedia(sides, name, "request", where, before, after);
}

function compareResponses(sides: Sides, name: string, old: RawOperation, now: RawOperation): void {
  const before = responseBodies(sides.before.document, old.operation);
  const after = responseBodies(sides.after.document, now.operation);
  const report = reportFor(sides, name);
  for (const [status, media] of before) {
    const where = `${name} ${status} response`;
    const next = after.get(status);
    if (next === undefined) {
      // Losing a success response breaks callers reading `data`; an error status no longer documented does not.
      const success = /^2/.test(status);
      report(
        success ? "breaking" : "info",
        success ? "success-response-removed" : "error-response-removed",
        where,
        "response removed",
      );
      continue;
    }
    compareMedia(sides, name, "response", where, media, next);
  }
  for (const status of after.keys())
    if (!before.has(status)) report("info", "response-added", `${name} ${status} response`, "response added");
}

function compareOperation(sides: Sides, name: string, old: RawOperation, now: RawOperation): void {
  const report = reportFor(sides, name);
  if (old.method !== now.method || old.path !== now.path)
    report(
      "breaking",
      "operation-moved",
      name,
      `${old.method.toUpperCase()} ${old.path} became ${now.method.toUpperCase()} ${now.path}`,
    );
  if (old.operation.deprecated !== true && now.operation.deprecated === true)
    report("info", "operation-deprecated", name, "operation deprecated");
  compareParameters(sides, name, old, now);
  compareBodies(sides, name, old, now);
  compareResponses(sides, name, old, now);
}

function componentNames(document: Record<string, unknown>): string[] {
  const components = isRecord(document.components) ? document.components : {};
  return isRecord(components.schemas) ? Object.keys(components.schemas) : [];
}

/** A component schema is an exported type of the package: one removed breaks code that names it. */
function compareComponentNames(before: LoadedSpec, after: LoadedSpec, report: (change: Change) => void): void {
  const old = new Set(componentNames(before.document));
  const now = new Set(componentNames(after.document));
  for (const name of old)
    if (!now.has(name))
      report(makeChange("breaking", "schema-removed", { operation: undefined, schema: name }, name, "schema removed"));
  for (const name of now)
    if (!old.has(name))
      report(makeChange("info", "schema-added", { operation: undefined, schema: name }, name, "schema added"));
}

function compareOperations(sides: Sides): void {
  const oldOps = new Map(collectOperations(sides.before.document).map((op) => [op.operationId, op]));
  const newOps = new Map(collectOperations(sides.after.document).map((op) => [op.operationId, op]));
  for (const [name, old] of oldOps) {
    const now = newOps.get(name);
    if (now === undefined)
      reportFor(sides, name)("breaking", "operation-removed", name, `${old.method.toUpperCase()} ${old.path} removed`);
    else compareOperation(sides, name, old, now);
  }
  for (const [name, now] of newOps)
    if (!oldOps.has(name))
      reportFor(sides, name)("info", "operation-added", name, `${now.method.toUpperCase()} ${now.path} added`);
}

/** What callers of the generated client would see change between two versions of a spec. */
export function diffSpecs(before: LoadedSpec, after: LoadedSpec): SpecDiff {
  const changes: Change[] = [];
  const components = new ComponentUses(before.document, after.document);
  compareOperations({ before, after, report: (change) => changes.push(change), components });
  changes.push(...components.changes());
  compareComponentNames(before, after, (change) => changes.push(change));
  const bump: SemverBump = changes.some((c) => c.breaking) ? "major" : changes.length > 0 ? "minor" : "none";
  return { changes, bump };
}
