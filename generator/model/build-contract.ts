import { deref, isRecord, setOwn } from "../load/json-pointer.js";
import type { OperationContract } from "./api-model.js";
import { compactSchema } from "./fixture-table.js";
import { operationParameters } from "./operation-parameters.js";

function isJson(contentType: string): boolean {
  return /^application\/(.+\+)?json\b/i.test(contentType) || contentType === "*/*";
}

function requestBodyOf(document: Record<string, unknown>, raw: unknown): OperationContract["requestBody"] {
  const body = deref(document, raw);
  if (!isRecord(body) || !isRecord(body.content)) return undefined;
  const contentTypes = Object.keys(body.content);
  const jsonType = contentTypes.find(isJson) ?? contentTypes[0];
  const media = jsonType === undefined ? undefined : body.content[jsonType];
  const schema = isRecord(media) ? compactSchema(media.schema ?? true) : true;
  return { required: body.required === true, contentTypes, schema };
}

/** A value the spec gives a response header (its example, default, first enum value or const), as sent. */
function headerValue(document: Record<string, unknown>, raw: unknown): string | undefined {
  const header = deref(document, raw);
  if (!isRecord(header)) return undefined;
  const schema = deref(document, header.schema);
  const candidates = [header.example, ...(isRecord(schema) ? [schema.const, Array.isArray(schema.enum) ? schema.enum[0] : undefined, schema.example, schema.default] : [])];
  const value = candidates.find((candidate) => typeof candidate === "string" || typeof candidate === "number" || typeof candidate === "boolean");
  return value === undefined ? undefined : String(value);
}

function headersOf(document: Record<string, unknown>, response: unknown): Record<string, string> | undefined {
  if (!isRecord(response) || !isRecord(response.headers)) return undefined;
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(response.headers)) {
    // Content-Type is the body's own; the spec says to ignore a header of that name here.
    const value = name.toLowerCase() === "content-type" ? undefined : headerValue(document, raw);
    if (value !== undefined) setOwn(headers, name, value);
  }
  return Object.keys(headers).length === 0 ? undefined : headers;
}

const RESPONSE_KEY = /^(\d{3}|[1-5]XX|default)$/;

/** Numeric statuses sorted, then `4XX`-style patterns and `default` (status 0, with `key`). */
function responsesOf(document: Record<string, unknown>, raw: unknown): OperationContract["responses"] {
  if (!isRecord(raw)) return [];
  return Object.entries(raw)
    .filter(([key]) => RESPONSE_KEY.test(key))
    .map(([key, rawResponse]) => {
      const response = deref(document, rawResponse);
      const content = isRecord(response) && isRecord(response.content) ? response.content : {};
      const contentType = Object.keys(content).find(isJson) ?? Object.keys(content)[0];
      const media = contentType === undefined ? undefined : content[contentType];
      const numeric = /^\d{3}$/.test(key);
      const headers = headersOf(document, response);
      return {
        status: numeric ? Number(key) : 0,
        ...(numeric ? {} : { key }),
        contentType,
        schema: isRecord(media) && media.schema !== undefined ? compactSchema(media.schema) : undefined,
        ...(headers === undefined ? {} : { headers }),
      };
    })
    .sort((a, b) => (a.status === 0 ? 1000 : a.status) - (b.status === 0 ? 1000 : b.status) || (a.key ?? "").localeCompare(b.key ?? ""));
}

/** The parts of an operation a contract mock checks requests against and answers with. */
export function buildContract(document: Record<string, unknown>, operation: Record<string, unknown>, shared: unknown): OperationContract {
  const parameters = operationParameters(document, shared, operation.parameters);
  const required = (location: string): string[] =>
    parameters.filter((p) => p.in === location && p.required === true && typeof p.name === "string").map((p) => String(p.name));
  return {
    requiredQuery: required("query"),
    requiredHeaders: required("header"),
    requestBody: requestBodyOf(document, operation.requestBody),
    responses: responsesOf(document, operation.responses),
  };
}
