import { deref, isRecord } from "../load/json-pointer.js";
import type { LoadedSpec } from "../load/load-spec.js";
import type { ParameterModel } from "../model/api-model.js";
import { collectOperations, type RawOperation } from "../model/build-operations.js";
import { readParameters } from "../model/resolve-operation.js";
import type { Change } from "./change.js";
import { compareSchemaAt } from "./compare-schemas.js";

export interface DriftItem {
  readonly location: string;
  readonly message: string;
}

/** A change from upstream (before) to the fragment (after), said as a difference between the two. */
function asDrift(change: Change): DriftItem {
  const message = change.message
    .replace(/^field added, required$/, "only in the fragment (required)")
    .replace(/^field added$/, "only in the fragment")
    .replace(/^field removed$/, "only upstream")
    .replace(/^became required$/, "required in the fragment, optional upstream")
    .replace(/^became optional$/, "optional in the fragment, required upstream")
    .replace(/^no longer deprecated$/, "deprecated upstream, not in the fragment")
    .replace(/^deprecated$/, "deprecated in the fragment, not upstream")
    .replace(/^type (.+) became (.+)$/, "type: upstream $1, fragment $2")
    .replace(/^enum values? (.+) added( \(.*\))?$/, "enum value(s) $1 only in the fragment")
    .replace(/^enum values? (.+) removed$/, "enum value(s) $1 only upstream")
    .replace(/^variant (.+) added$/, "variant $1 only in the fragment")
    .replace(/^variant (.+) removed$/, "variant $1 only upstream");
  return { location: change.location, message };
}

function statuses(operation: Record<string, unknown>): string[] {
  return isRecord(operation.responses) ? Object.keys(operation.responses).sort() : [];
}

function compareOperationShape(
  upstream: LoadedSpec,
  fragment: LoadedSpec,
  name: string,
  up: RawOperation,
  own: RawOperation,
  items: DriftItem[],
): void {
  const add = (location: string, message: string): void => {
    items.push({ location, message });
  };
  if (up.method !== own.method || up.path !== own.path)
    add(name, `upstream ${up.method.toUpperCase()} ${up.path}, fragment ${own.method.toUpperCase()} ${own.path}`);
  if ((up.operation.deprecated === true) !== (own.operation.deprecated === true)) {
    add(
      name,
      own.operation.deprecated === true
        ? "deprecated in the fragment, not upstream"
        : "deprecated upstream, not in the fragment",
    );
  }
  if (own.operation["x-replacement"] !== undefined && up.operation["x-replacement"] === undefined)
    add(name, "the replacement (x-replacement) is only in the fragment");
  const key = (p: ParameterModel): string => `${p.in} parameter "${p.name}"`;
  const upParams = new Map(readParameters(upstream.document, up).map((p) => [key(p), p]));
  const ownParams = new Map(readParameters(fragment.document, own).map((p) => [key(p), p]));
  for (const label of upParams.keys()) if (!ownParams.has(label)) add(`${name} ${label}`, "only upstream");
  for (const label of ownParams.keys()) if (!upParams.has(label)) add(`${name} ${label}`, "only in the fragment");
  const contentTypes = (document: Record<string, unknown>, operation: Record<string, unknown>): string => {
    const body = deref(document, operation.requestBody);
    return isRecord(body) && isRecord(body.content) ? Object.keys(body.content).join(", ") : "none";
  };
  const upTypes = contentTypes(upstream.document, up.operation);
  const ownTypes = contentTypes(fragment.document, own.operation);
  if (upTypes !== ownTypes) add(`${name} request body`, `content type: upstream ${upTypes}, fragment ${ownTypes}`);
  const upStatuses = statuses(up.operation);
  const ownStatuses = statuses(own.operation);
  for (const status of upStatuses)
    if (!ownStatuses.includes(status)) add(`${name} ${status} response`, "only upstream");
  for (const status of ownStatuses)
    if (!upStatuses.includes(status)) add(`${name} ${status} response`, "only in the fragment");
}

/**
 * Every difference, both ways, between the fragment's operations and schemas and the same
 * operations (by operationId) and schemas (by name) of a full upstream document.
 */
export function driftReport(fragment: LoadedSpec, upstream: LoadedSpec): DriftItem[] {
  const items: DriftItem[] = [];
  const upOps = new Map(collectOperations(upstream.document).map((op) => [op.operationId, op]));
  for (const own of collectOperations(fragment.document)) {
    const up = upOps.get(own.operationId);
    if (up === undefined) items.push({ location: own.operationId, message: "operation only in the fragment" });
    else compareOperationShape(upstream, fragment, own.operationId, up, own, items);
  }
  const schemasOf = (spec: LoadedSpec): Record<string, unknown> => {
    const components = isRecord(spec.document.components) ? spec.document.components : {};
    return isRecord(components.schemas) ? components.schemas : {};
  };
  const upSchemas = schemasOf(upstream);
  const seen = new Set<string>();
  for (const name of Object.keys(schemasOf(fragment)).sort()) {
    if (!Object.hasOwn(upSchemas, name)) {
      items.push({ location: `schema ${name}`, message: "only in the fragment" });
      continue;
    }
    const ref = `#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    compareSchemaAt(
      {
        direction: "response",
        owner: { operation: undefined },
        location: name,
        seen,
        report: (change) => items.push(asDrift(change)),
        reachComponent: undefined,
      },
      { document: upstream.document, schema: { $ref: ref } },
      { document: fragment.document, schema: { $ref: ref } },
    );
  }
  return items;
}
