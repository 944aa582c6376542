import type { ExampleRequest, ExampleValue } from "./api-model.js";
import type { ResolvedOperation, SchemaResolver } from "./resolve-operation.js";

const LOCATIONS = ["path", "query", "header"] as const;

function primaryType(schema: Record<string, unknown>): unknown {
  return Array.isArray(schema.type) ? schema.type.find((type) => type !== "null") : schema.type;
}

/** A literal of the schema's type, for a README example: its first enum value or example, else a plain one. */
function exampleValue(resolveSchema: SchemaResolver, raw: unknown, name: string, depth = 0): ExampleValue | undefined {
  const schema = resolveSchema(raw);
  if (schema === undefined || depth > 2) return undefined;
  const type = primaryType(schema);
  const enumValue = Array.isArray(schema.enum) ? schema.enum.find((value) => value !== null) : undefined;
  const candidates = [enumValue, schema.example, schema.default];
  const fits = (value: unknown): boolean =>
    (type === "string" && typeof value === "string") ||
    ((type === "integer" || type === "number") && typeof value === "number") ||
    (type === "boolean" && typeof value === "boolean");
  const given = candidates.find(fits);
  if (given !== undefined) return given as ExampleValue;
  if (type === "string") return name;
  if (type === "integer" || type === "number") return 1;
  if (type === "boolean") return true;
  if (type === "array") {
    const item = exampleValue(resolveSchema, schema.items, name, depth + 1);
    return item === undefined || typeof item === "object" ? undefined : [item];
  }
  return undefined;
}

/**
 * How to write a call of the operation in a README so that it compiles: a literal for every
 * required parameter and the request body's schema name (its fixture builder gives the body).
 * Not writable when a required part has no such literal (an object parameter, an inline body).
 */
export function buildExample(operation: ResolvedOperation, resolveSchema: SchemaResolver): ExampleRequest {
  const params: ExampleRequest["params"][number][] = [];
  let writable = true;
  for (const parameter of operation.parameters) {
    const location = LOCATIONS.find((candidate) => candidate === parameter.in);
    if (location === undefined || !parameter.required) continue;
    const value =
      parameter.contentType === undefined ? exampleValue(resolveSchema, parameter.schema, parameter.name) : undefined;
    if (value === undefined) writable = false;
    else params.push({ in: location, name: parameter.name, value });
  }
  const body = operation.requestBody;
  const media = body?.media.find((entry) => entry.kind === "json") ?? body?.media[0];
  const bodySchemaName = media?.schemaName;
  // A binary or multipart body is not one a fixture builder writes as a literal.
  if (body?.required === true && (bodySchemaName === undefined || media?.kind === "binary")) writable = false;
  return { params, bodySchemaName, writable };
}
