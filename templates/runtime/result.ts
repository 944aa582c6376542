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
  const status = response.status;
  if (response.ok) {
    if (!parsed || typeof answer.data !== "string") return { status, data: answer.data, response };
    if (answer.data === "") return { status, data: undefined, response };
    try {
      return { status, data: JSON.parse(answer.data) as unknown, response };
    } catch (cause) {
      return { status: 0, error: new ResponseParseError(status, answer.data, cause), malformed: true, response };
    }
  }
  if (typeof answer.error === "string" && answer.error !== "" && isJsonType(response)) {
    try {
      return { status, error: JSON.parse(answer.error) as unknown, response };
    } catch (cause) {
      return { status: 0, error: new ResponseParseError(status, answer.error, cause), malformed: true, response };
    }
  }
  return { status, error: answer.error, response };
}
