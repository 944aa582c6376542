// Where openapi-fetch's defaults and the generated client put a request on the wire differently,
// per operation: the rewrite is refused there rather than send another request.
import type { OperationModel, ParameterModel } from "../model/api-model.js";
import { mediaKind } from "../model/media-kind.js";
import type { SchemaResolver } from "../model/resolve-operation.js";

const PRIMITIVE_TYPES = new Set(["string", "number", "integer", "boolean"]);

/** One primitive type, or one and null (`type: [string, "null"]`); the schema is resolved (see {@link withResolvedParameters}). */
function isPrimitiveSchema(schema: unknown): boolean {
  if (typeof schema !== "object" || schema === null) return false;
  const type = (schema as { type?: unknown }).type;
  const types = (Array.isArray(type) ? type : [type]).filter((entry) => entry !== "null");
  return types.length === 1 && typeof types[0] === "string" && PRIMITIVE_TYPES.has(types[0]);
}

/**
 * The operation with each parameter's schema (and an array's `items`) resolved where it is a
 * `$ref`, so the checks here read the type a reference names rather than the reference.
 */
export function withResolvedParameters(operation: OperationModel, resolve: SchemaResolver): OperationModel {
  const parameters = operation.parameters.map((parameter) => {
    const schema = resolve(parameter.schema);
    if (schema === undefined) return parameter;
    const items = schema.items === undefined ? undefined : resolve(schema.items);
    return { ...parameter, schema: items === undefined ? schema : { ...schema, items } };
  });
  return { ...operation, parameters };
}

/** Primitive, or an array of primitives: the values openapi-fetch's form serializer writes as the spec's default style does. */
function isFlatSchema(schema: unknown): boolean {
  if (isPrimitiveSchema(schema)) return true;
  if (typeof schema !== "object" || schema === null) return false;
  const { type, items } = schema as { type?: unknown; items?: unknown };
  return type === "array" && isPrimitiveSchema(items);
}

/**
 * Why a parameter is sent otherwise by the generated client (which follows its style, explode and
 * allowReserved) than by openapi-fetch (form and exploded for query arrays, deepObject for query
 * objects, simple for path values, each value percent-encoded), or undefined when both agree.
 */
export function parameterDifference(parameter: ParameterModel): string | undefined {
  const where = `the ${parameter.in} parameter \`${parameter.name}\``;
  if (parameter.contentType !== undefined)
    return `${where} is sent as ${parameter.contentType}, openapi-fetch sends it as text`;
  if (parameter.allowReserved) return `${where} allows reserved characters unencoded, openapi-fetch encodes them`;
  if (parameter.in === "query") {
    if (parameter.style === "deepObject") return undefined;
    if (parameter.style === "form" && parameter.explode && isFlatSchema(parameter.schema)) return undefined;
    return `${where} is sent in the ${parameter.style} style${parameter.explode ? "" : " without explode"}, where openapi-fetch sends ${isFlatSchema(parameter.schema) ? "form, exploded" : "an object as deepObject"}`;
  }
  if (parameter.in === "path" && (parameter.style !== "simple" || !isPrimitiveSchema(parameter.schema)))
    return `${where} is sent in the ${parameter.style} style, where openapi-fetch writes one plain value`;
  if (parameter.in === "header" && !isPrimitiveSchema(parameter.schema))
    return `${where} is not one plain value; openapi-fetch and the generated client join its parts differently`;
  if (parameter.in === "cookie") return `${where} is sent by the generated client, and never by openapi-fetch`;
  if (parameter.in === "querystring") return `${where} (OpenAPI 3.2) is not a parameter openapi-fetch knows`;
  return undefined;
}

/** The first parameter of `location` among `names` (every one of the operation's when undefined) sent otherwise. */
export function parametersDifference(
  operation: OperationModel,
  location: string,
  names: readonly string[] | undefined,
): string | undefined {
  for (const parameter of operation.parameters) {
    if (parameter.in !== location || (names !== undefined && !names.includes(parameter.name))) continue;
    const difference = parameterDifference(parameter);
    if (difference !== undefined) return difference;
  }
  return undefined;
}

/**
 * The `contentType` the rewritten call must name so the body goes out as openapi-fetch sent it
 * (`undefined`: the generated client's default already is that), or why it cannot.
 * openapi-fetch sends `JSON.stringify(body)` as `application/json` unless the caller's headers say
 * another Content-Type; the generated client sends the operation's media type, written its way.
 */
export function bodyContentType(
  operation: OperationModel,
  callerContentType: string | undefined,
): { contentType: string | undefined } | string {
  const sent = callerContentType ?? "application/json";
  const declared = operation.requestBody?.media.map((media) => media.contentType) ?? [];
  const match = declared.find((type) => type.toLowerCase() === sent.toLowerCase());
  if (match === undefined)
    return `openapi-fetch sends this body as ${sent}, which the operation does not take (it takes ${declared.join(", ") || "no body"}); set one of those as the Content-Type header first, or rewrite by hand`;
  if (mediaKind(match) !== "json")
    return `the body is ${match}: openapi-fetch sent it as JSON text (or through a bodySerializer), the generated client writes ${match} itself; rewrite by hand`;
  const fallback = operation.requestContentType ?? "application/json";
  return { contentType: match.toLowerCase() === fallback.toLowerCase() ? undefined : match };
}
