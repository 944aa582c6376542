// Turning a send's answer (openapi-fetch's, or send.ts's alike) into a result narrowable by status.
import type { FetchAnswer } from "./call.js";
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

export type DecodedBody = { ok: true; value: unknown } | { ok: false; text: string; cause: unknown };

/** How a success body is decoded: this module's by media type, or one that also reads streams (stream.ts). */
export type SuccessDecoder = (response: Response) => Promise<DecodedBody>;

/** JSON text parsed, or why not; `empty` stands for no text at all. */
export function parseJson(text: string, empty: unknown): DecodedBody {
  try {
    return { ok: true, value: text === "" ? empty : (JSON.parse(text) as unknown) };
  } catch (cause) {
    return { ok: false, text, cause };
  }
}

function isJsonType(response: Response): boolean {
  return mediaKind(response.headers.get("Content-Type") ?? "") === "json";
}

/** A success body by the response's own Content-Type: JSON parsed, text as a string, anything else as a Blob. */
export async function plainSuccessBody(response: Response): Promise<DecodedBody> {
  const kind = mediaKind(response.headers.get("Content-Type") ?? "");
  if (kind === "json") return parseJson(await response.text(), undefined);
  return { ok: true, value: await (kind === "text" || kind === "form" ? response.text() : response.blob()) };
}

/**
 * Success bodies arrive unread (the send is asked for `parseAs: "stream"`) and are decoded here by
 * media type, so malformed JSON becomes a value, not an exception. Error bodies that claim JSON are
 * parsed from the text they arrived as (openapi-fetch's own parse cannot tell the JSON string `"x"`
 * from the text `x`); a JSON string stays a string, text that is not JSON is malformed. With the
 * caller's own `parseAs`, the answer is kept as it is, errors included.
 */
export async function toResult(
  answer: FetchAnswer,
  parsed: boolean,
  decodeSuccess: SuccessDecoder = plainSuccessBody,
): Promise<object> {
  const { response, text } = answer;
  const { ok, status } = response;
  const body: DecodedBody = !parsed
    ? { ok: true, value: ok ? answer.data : answer.error }
    : ok
      ? answer.data === undefined
        ? { ok: true, value: undefined }
        : await decodeSuccess(response)
      : text === undefined || !isJsonType(response)
        ? { ok: true, value: answer.error }
        : parseJson(text, text);
  if (!body.ok)
    return { status: 0, error: new ResponseParseError(status, body.text, body.cause), malformed: true, response };
  return ok ? { status, data: body.value, response } : { status, error: body.value, response };
}
