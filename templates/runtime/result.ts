// Turning openapi-fetch's answer into a result narrowable by status.

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
  const type = response.headers.get("Content-Type") ?? "";
  return /[/+]json\b/i.test(type) || type === "";
}

interface FetchAnswer {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * Success bodies arrive as text (we asked openapi-fetch for `parseAs: "text"`) and are parsed here,
 * so malformed JSON becomes a value, not an exception. Error bodies openapi-fetch already tried to
 * parse: text left over where the response claims JSON is malformed too.
 */
export function toResult(answer: FetchAnswer, parsed: boolean): object {
  const { response } = answer;
  const { ok, status } = response;
  if (ok && (!parsed || typeof answer.data !== "string")) return { status, data: answer.data, response };
  const key = ok ? "data" : "error";
  const body = ok ? answer.data : answer.error;
  if (typeof body !== "string" || (!ok && (body === "" || !isJsonType(response)))) return { status, [key]: body, response };
  if (body === "") return { status, data: undefined, response };
  try {
    return { status, [key]: JSON.parse(body) as unknown, response };
  } catch (cause) {
    return { status: 0, error: new ResponseParseError(status, body, cause), malformed: true, response };
  }
}
