import { deref, isRecord } from "../load/json-pointer.js";
import type { LoadedSpec } from "../load/load-spec.js";
import type { ParameterModel } from "../model/api-model.js";
import { collectOperations, type RawOperation } from "../model/build-operations.js";
import { readParameters } from "../model/resolve-operation.js";
import { type Change, compareSchemas } from "./compare-schemas.js";

export type SemverBump = "major" | "minor" | "none";

export interface SpecDiff {
  readonly changes: readonly Change[];
  readonly bump: SemverBump;
}

function bodyOf(
  document: Record<string, unknown>,
  operation: Record<string, unknown>,
): { required: boolean; contentType: string | undefined; schema: unknown } | undefined {
  const body = deref(document, operation.requestBody);
  if (!isRecord(body)) return undefined;
  const content = isRecord(body.content) ? body.content : {};
  const contentType = Object.keys(content)[0];
  const media = contentType === undefined ? undefined : content[contentType];
  return { required: body.required === true, contentType, schema: isRecord(media) ? media.schema : undefined };
}

/** Every documented response's body schema by status: success bodies are `data`, the others `error`. */
function responseBodies(document: Record<string, unknown>, operation: Record<string, unknown>): Map<string, unknown> {
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const bodies = new Map<string, unknown>();
  for (const [status, raw] of Object.entries(responses)) {
    const response = deref(document, raw);
    const content = isRecord(response) && isRecord(response.content) ? response.content : {};
    const media = Object.values(content)[0];
    bodies.set(status, isRecord(media) ? media.schema : undefined);
  }
  return bodies;
}

interface Sides {
  readonly before: LoadedSpec;
  readonly after: LoadedSpec;
  readonly report: (change: Change) => void;
}

function compareParameters(sides: Sides, name: string, old: RawOperation, now: RawOperation): void {
  const key = (parameter: ParameterModel): string => `${parameter.in} parameter "${parameter.name}"`;
  const oldParams = new Map(readParameters(sides.before.document, old).map((p) => [key(p), p]));
  const newParams = new Map(readParameters(sides.after.document, now).map((p) => [key(p), p]));
  const at = (label: string): string => `${name} ${label}`;
  for (const [label, parameter] of oldParams) {
    const next = newParams.get(label);
    if (next === undefined) {
      sides.report({
        breaking: true,
        kind: "parameter-removed",
        operation: name,
        location: at(label),
        message: "parameter removed",
      });
      continue;
    }
    if (parameter.required !== true && next.required === true)
      sides.report({
        breaking: true,
        kind: "parameter-made-required",
        operation: name,
        location: at(label),
        message: "became required",
      });
    // A parameter sent another way (style, explode, allowReserved, content) reaches a server that reads the old way wrongly.
    const wire = (p: ParameterModel): string =>
      p.contentType === undefined
        ? `style ${p.style}, explode ${String(p.explode)}${p.allowReserved ? ", allowReserved" : ""}`
        : `content ${p.contentType}`;
    if (wire(parameter) !== wire(next))
      sides.report({
        breaking: true,
        kind: "parameter-serialization-changed",
        operation: name,
        location: at(label),
        message: `serialized as ${wire(parameter)}, now ${wire(next)}`,
      });
    compareSchemas(
      "request",
      name,
      at(label),
      { document: sides.before.document, schema: parameter.schema },
      { document: sides.after.document, schema: next.schema },
      sides.report,
    );
  }
  for (const [label, parameter] of newParams) {
    if (oldParams.has(label)) continue;
    const required = parameter.required === true;
    sides.report({
      breaking: required,
      kind: required ? "parameter-added-required" : "parameter-added",
      operation: name,
      location: at(label),
      message: required ? "required parameter added" : "optional parameter added",
    });
  }
}

function compareBodies(sides: Sides, name: string, old: RawOperation, now: RawOperation): void {
  const before = bodyOf(sides.before.document, old.operation);
  const after = bodyOf(sides.after.document, now.operation);
  const where = `${name} request body`;
  if (before === undefined && after === undefined) return;
  if (before === undefined || after === undefined) {
    const added = before === undefined;
    const breaking = !added || after?.required === true;
    sides.report({
      breaking,
      kind: added ? "request-body-added" : "request-body-removed",
      operation: name,
      location: where,
      message: added ? "request body added" : "request body removed",
    });
    return;
  }
  if (before.contentType !== after.contentType)
    sides.report({
      breaking: true,
      kind: "request-content-type-changed",
      operation: name,
      location: where,
      message: `content type ${String(before.contentType)} became ${String(after.contentType)}`,
    });
  if (!before.required && after.required)
    sides.report({
      breaking: true,
      kind: "request-body-made-required",
      operation: name,
      location: where,
      message: "became required",
    });
  compareSchemas(
    "request",
    name,
    where,
    { document: sides.before.document, schema: before.schema },
    { document: sides.after.document, schema: after.schema },
    sides.report,
  );
}

function compareResponses(sides: Sides, name: string, old: RawOperation, now: RawOperation): void {
  const before = responseBodies(sides.before.document, old.operation);
  const after = responseBodies(sides.after.document, now.operation);
  for (const [status, schema] of before) {
    const where = `${name} ${status} response`;
    if (!after.has(status)) {
      // Losing a success response breaks callers reading `data`; an error status no longer documented does not.
      const success = /^2/.test(status);
      sides.report({
        breaking: success,
        kind: success ? "success-response-removed" : "error-response-removed",
        operation: name,
        location: where,
        message: "response removed",
      });
      continue;
    }
    compareSchemas(
      "response",
      name,
      where,
      { document: sides.before.document, schema },
      { document: sides.after.document, schema: after.get(status) },
      sides.report,
    );
  }
  for (const status of after.keys()) {
    if (!before.has(status))
      sides.report({
        breaking: false,
        kind: "response-added",
        operation: name,
        location: `${name} ${status} response`,
        message: "response added",
      });
  }
}

function compareOperation(sides: Sides, name: string, old: RawOperation, now: RawOperation): void {
  if (old.method !== now.method || old.path !== now.path) {
    sides.report({
      breaking: true,
      kind: "operation-moved",
      operation: name,
      location: name,
      message: `${old.method.toUpperCase()} ${old.path} became ${now.method.toUpperCase()} ${now.path}`,
    });
  }
  if (old.operation.deprecated !== true && now.operation.deprecated === true) {
    sides.report({
      breaking: false,
      kind: "operation-deprecated",
      operation: name,
      location: name,
      message: "operation deprecated",
    });
  }
  compareParameters(sides, name, old, now);
  compareBodies(sides, name, old, now);
  compareResponses(sides, name, old, now);
}

/** What callers of the generated client would see change between two versions of a spec. */
export function diffSpecs(before: LoadedSpec, after: LoadedSpec): SpecDiff {
  const changes: Change[] = [];
  const sides: Sides = { before, after, report: (change) => changes.push(change) };
  const oldOps = new Map(collectOperations(before.document).map((op) => [op.operationId, op]));
  const newOps = new Map(collectOperations(after.document).map((op) => [op.operationId, op]));
  for (const [name, old] of oldOps) {
    const now = newOps.get(name);
    if (now === undefined)
      changes.push({
        breaking: true,
        kind: "operation-removed",
        operation: name,
        location: name,
        message: `${old.method.toUpperCase()} ${old.path} removed`,
      });
    else compareOperation(sides, name, old, now);
  }
  for (const [name, now] of newOps) {
    if (!oldOps.has(name))
      changes.push({
        breaking: false,
        kind: "operation-added",
        operation: name,
        location: name,
        message: `${now.method.toUpperCase()} ${now.path} added`,
      });
  }
  const bump: SemverBump = changes.some((c) => c.breaking) ? "major" : changes.length > 0 ? "minor" : "none";
  return { changes, bump };
}
