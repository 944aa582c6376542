import { type Reconnection } from "./stream.js";
/** The response body was not the JSON the API describes. Carries the status and the start of the body. */
export declare class ResponseParseError extends Error {
	override readonly name = "ResponseParseError";
	/** A code beside the API's own error codes, so `error.code` reads on every error a call can give. */
	readonly code = "malformed_response";
	readonly status: number;
	/** At most the first 200 characters of the body. */
	readonly body: string;
	constructor(status: number, body: string, cause: unknown, problem?: string);
}
interface FetchAnswer {
	readonly data?: unknown;
	readonly error?: unknown;
	readonly response: Response;
}
/**
* Success bodies arrive unread (we asked openapi-fetch for `parseAs: "stream"`) and are decoded
* here by media type, so malformed JSON becomes a value, not an exception. Error bodies
* openapi-fetch already tried to parse as JSON: text left over where the response claims JSON is
* malformed too. With the caller's own `parseAs`, openapi-fetch's answer is kept as it is.
*/
export declare function toResult(answer: FetchAnswer, parsed: boolean, eventData?: "json" | "text", reconnection?: Reconnection): Promise<object>;
export {};
