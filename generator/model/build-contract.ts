import { deref, isRecord } from "../load/json-pointer.js";
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

function responsesOf(document: Record<string, unknown>, raw: unknown): OperationContract["responses"] {
  if (!isRecord(raw)) return [];
  return Object.entries(raw)
    .filter(([status]) => /^\d{3}$/.test(status))
    .map(([status, rawResponse]) => {
      const response = deref(document, rawResponse);
      const content = isRecord(response) && isRecord(response.content) ? response.content : {};
      const contentType = Object.keys(content).find(isJson) ?? Object.keys(content)[0];
      const media = contentType === undefined ? undefined : content[contentType];
      return { status: Number(status), contentType, schema: isRecord(media) && media.schema !== undefined ? compactSchema(media.schema) : undefined };
    })
    .sort((a, b) => a.status - b.status);
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
