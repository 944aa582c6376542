import { deref, isRecord } from "../load/json-pointer.js";
import type { ExampleRequest, ExampleValue } from "./api-model.js";
import { componentSchemaName } from "./build-responses.js";
import { operationParameters } from "./operation-parameters.js";

const LOCATIONS = ["path", "query", "header"] as const;

function primaryType(schema: Record<string, unknown>): unknown {
  return Array.isArray(schema.type) ? schema.type.find((type) => type !== "null") : schema.type;
}

/** A literal of the schema's type, for a README example: its first enum value or example, else a plain one. */
function exampleValue(document: Record<string, unknown>, raw: unknown, name: string, depth = 0): ExampleValue | undefined {
  const schema = deref(document, raw);
  if (!isRecord(schema) || depth > 2) return undefined;
  const type = primaryType(schema);
  const enumValue = Array.isArray(schema.enum) ? schema.enum.find((value) => value !== null) : undefined;
  const candidates = [enumValue, schema.example, schema.default];
  const fits = (value: unknown): boolean =>
    (type === "string" && typeof value === "string") || ((type === "integer" || type === "number") && typeof value === "number") || (type === "boolean" && typeof value === "boolean");
  const given = candidates.find(fits);
  if (given !== undefined) return given as ExampleValue;
  if (type === "string") return name;
  if (type === "integer" || type === "number") return 1;
  if (type === "boolean") return true;
  if (type === "array") {
    const item = exampleValue(document, schema.items, name, depth + 1);
    return item === undefined || typeof item === "object" ? undefined : [item];
  }
  return undefined;
}

/**
 * How to write a call of the operation in a README so that it compiles: a literal for every
 * required parameter and the request body's schema name (its fixture builder gives the body).
 * Not writable when a required part has no such literal (an object parameter, an inline body).
 */
export function buildExample(document: Record<string, unknown>, operation: Record<string, unknown>, shared: unknown): ExampleRequest {
  const params: ExampleRequest["params"][number][] = [];
  let writable = true;
  for (const parameter of operationParameters(document, shared, operation.parameters)) {
    const location = LOCATIONS.find((candidate) => candidate === parameter.in);
    if (location === undefined || (location !== "path" && parameter.required !== true) || typeof parameter.name !== "string") continue;
    const value = exampleValue(document, parameter.schema, parameter.name);
    if (value === undefined) writable = false;
    else params.push({ in: location, name: parameter.name, value });
  }
  const body = deref(document, operation.requestBody);
  const content = isRecord(body) && isRecord(body.content) ? body.content : {};
  const media = Object.entries(content).find(([type]) => /[/+]json\b/i.test(type))?.[1] ?? Object.values(content)[0];
  const bodySchemaName = isRecord(media) ? componentSchemaName(media.schema) : undefined;
  const bodyRequired = isRecord(body) && body.required === true;
  if (bodyRequired && bodySchemaName === undefined) writable = false;
  return { params, bodySchemaName, writable };
}
