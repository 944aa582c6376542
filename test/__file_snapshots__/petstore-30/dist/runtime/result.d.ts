import type { FetchAnswer } from "./call.js";
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
export type DecodedBody = {
	ok: true;
	value: unknown;
} | {
	ok: false;
	text: string;
	cause: unknown;
};
/** How a success body is decoded: this module's by media type, or one that also reads streams (stream.ts). */
export type SuccessDecoder = (response: Response) => Promise<DecodedBody>;
/** JSON text parsed, or why not; `empty` stands for no text at all. */
export declare function parseJson(text: string, empty: unknown): DecodedBody;
/** A success body by the response's own Content-Type: JSON parsed, text as a string, anything else as a Blob. */
export declare function plainSuccessBody(response: Response): Promise<DecodedBody>;
/**
* Success bodies arrive unread (the send is asked for `parseAs: "stream"`) and are decoded here by
* media type, so malformed JSON becomes a value, not an exception. Error bodies that claim JSON are
* parsed from the text they arrived as (openapi-fetch's own parse cannot tell the JSON string `"x"`
* from the text `x`); a JSON string stays a string, text that is not JSON is malformed. With the
* caller's own `parseAs`, the answer is kept as it is, errors included.
*/
export declare function toResult(answer: FetchAnswer, parsed: boolean, decodeSuccess?: SuccessDecoder): Promise<object>;
