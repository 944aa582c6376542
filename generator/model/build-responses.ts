import { deref, isRecord, pointerTokens, splitRef } from "../load/json-pointer.js";
import type { ResponseModel } from "./api-model.js";

/** The component schema a media type's schema names, when it is exactly a local `$ref` to one. */
export function componentSchemaName(schema: unknown): string | undefined {
  if (!isRecord(schema) || typeof schema.$ref !== "string" || Object.keys(schema).length !== 1) return undefined;
  const { file, pointer } = splitRef(schema.$ref);
  const tokens = pointerTokens(pointer);
  return file === "" && tokens.length === 3 && tokens[0] === "components" && tokens[1] === "schemas" ? tokens[2] : undefined;
}

/** Numbers first (ascending), then patterns (`2XX`), then `default`: the order a reader scans a result union in. */
function responseOrder(key: string): string {
  return /^\d{3}$/.test(key) ? `0${key}` : /^[1-5]XX$/i.test(key) ? `1${key.toUpperCase()}` : `2${key}`;
}

/** An operation's documented responses: their keys as written and, per media type, the schema name to show. */
export function readResponses(document: Record<string, unknown>, raw: unknown): ResponseModel[] {
  if (!isRecord(raw)) return [];
  return Object.keys(raw)
    .filter((key) => /^\d{3}$/.test(key) || /^[1-5]XX$/i.test(key) || key === "default")
    .sort((a, b) => (responseOrder(a) < responseOrder(b) ? -1 : 1))
    .map((key) => {
      const response = deref(document, raw[key]);
      const content = isRecord(response) && isRecord(response.content) ? response.content : {};
      const bodies = Object.entries(content).map(([contentType, media]) => ({
        contentType,
        schemaName: isRecord(media) ? componentSchemaName(media.schema) : undefined,
      }));
      return { key, bodies };
    });
}
