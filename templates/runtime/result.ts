// Turning openapi-fetch's answer into a result narrowable by status.
import { mediaKind } from "./media.js";

/** The response body was not the JSON the API describes. Carries the status and the start of the body. */
export class ResponseParseError extends Error {
  override readonly name = "ResponseParseError";
  /** A code beside the API's own error codes, so `error.code` reads on every error a call can give. */
  readonly code = "malformed_response";
  readonly status: number;
  /** At most the first 200 characters of the body. */
  readonly body: string;

  constructor(status: number, body: string, cause: unknown, problem = "is not valid JSON") {
    super(`the ${status} response body ${problem}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.status = status;
    this.body = body.slice(0, 200);
  }
}

function isJsonType(response: Response): boolean {
  return mediaKind(response.headers.get("Content-Type") ?? "") === "json";
}

interface FetchAnswer {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

export type DecodedBody = { ok: true; value: unknown } | { ok: false; text: string; cause: unknown };

/** How a success body is decoded: this module's by media type, or one that also reads streams (stream.ts). */
export type SuccessDecoder = (response: Response) => Promise<DecodedBody>;

/** A success body by the response's own Content-Type: JSON parsed, text as a string, anything else as a Blob. */
export async function plainSuccessBody(response: Response): Promise<DecodedBody> {
  const kind = mediaKind(response.headers.get("Content-Type") ?? "");
  if (kind === "text" || kind === "form") return { ok: true, value: await response.text() };
  if (kind !== "json") return { ok: true, value: await response.blob() };
  const text = await response.text();
  if (text === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    return { ok: false, text, cause };
  }
}

/** Error bodies as they arrived, for a response that claims JSON: openapi-fetch parses them before we can look. */
const errorTexts = new WeakMap<Response, string>();

/** `fetch`, keeping the text of each JSON error body (a copy is read; openapi-fetch reads the original). */
export function keepErrorText(fetch: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await fetch(request);
    if (!response.ok && isJsonType(response)) errorTexts.set(response, await response.clone().text());
    return response;
  };
}

/** An error body that claims JSON, parsed once from its text: a JSON string stays a string; text that is not JSON is malformed. */
function jsonError(status: number, text: string, response: Response): object {
  if (text === "") return { status, error: text, response };
  try {
    return { status, error: JSON.parse(text) as unknown, response };
  } catch (cause) {
    return { status: 0, error: new ResponseParseError(status, text, cause), malformed: true, response };
  }
}

/**
 * Success bodies arrive unread (we asked openapi-fetch for `parseAs: "stream"`) and are decoded
 * here by media type, so malformed JSON becomes a value, not an exception. Error bodies that claim
 * JSON are parsed from the text they arrived as (openapi-fetch's own parse cannot tell the JSON
 * string `"x"` from the text `x`). With the caller's own `parseAs`, openapi-fetch's answer is kept
 * as it is, errors included.
 */
export async function toResult(
  answer: FetchAnswer,
  parsed: boolean,
  decodeSuccess: SuccessDecoder = plainSuccessBody,
): Promise<object> {
  const { response } = answer;
  const { ok, status } = response;
  if (ok) {
    if (!parsed || answer.data === undefined) return { status, data: answer.data, response };
    const body = await decodeSuccess(response);
    return body.ok
      ? { status, data: body.value, response }
      : { status: 0, error: new ResponseParseError(status, body.text, body.cause), malformed: true, response };
  }
  const body = answer.error;
  if (!parsed || !isJsonType(response)) return { status, error: body, response };
  // A response a middleware put in place of the one fetched has no kept text: openapi-fetch's string is the text.
  const text = errorTexts.get(response) ?? (typeof body === "string" ? body : undefined);
  return text === undefined ? { status, error: body, response } : jsonError(status, text, response);
}
