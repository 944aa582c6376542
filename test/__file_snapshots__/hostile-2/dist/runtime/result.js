import { mediaKind } from "./media.js";
/** The response body was not the JSON the API describes. Carries the status and the start of the body. */
export class ResponseParseError extends Error {
	name = "ResponseParseError";
	/** A code beside the API's own error codes, so `error.code` reads on every error a call can give. */
	code = "malformed_response";
	status;
	/** At most the first 200 characters of the body. */
	body;
	constructor(status, body, cause, problem = "is not valid JSON") {
		super(`the ${status} response body ${problem}: ${cause instanceof Error ? cause.message : String(cause)}`);
		this.status = status;
		this.body = body.slice(0, 200);
	}
}
/** JSON text parsed, or why not; `empty` stands for no text at all. */
export function parseJson(text, empty) {
	try {
		return {
			ok: true,
			value: text === "" ? empty : JSON.parse(text)
		};
	} catch (cause) {
		return {
			ok: false,
			text,
			cause
		};
	}
}
function isJsonType(response) {
	return mediaKind(response.headers.get("Content-Type") ?? "") === "json";
}
/** A success body by the response's own Content-Type: JSON parsed, text as a string, anything else as a Blob. */
export async function plainSuccessBody(response) {
	const kind = mediaKind(response.headers.get("Content-Type") ?? "");
	if (kind === "json") return parseJson(await response.text(), undefined);
	return {
		ok: true,
		value: await (kind === "text" || kind === "form" ? response.text() : response.blob())
	};
}
/**
* Success bodies arrive unread (the send is asked for `parseAs: "stream"`) and are decoded here by
* media type, so malformed JSON becomes a value, not an exception. Error bodies that claim JSON are
* parsed from the text they arrived as (openapi-fetch's own parse cannot tell the JSON string `"x"`
* from the text `x`); a JSON string stays a string, text that is not JSON is malformed. With the
* caller's own `parseAs`, the answer is kept as it is, errors included.
*/
export async function toResult(answer, parsed, decodeSuccess = plainSuccessBody) {
	const { response, text } = answer;
	const { ok, status } = response;
	const body = !parsed ? {
		ok: true,
		value: ok ? answer.data : answer.error
	} : ok ? answer.data === undefined ? {
		ok: true,
		value: undefined
	} : await decodeSuccess(response) : text === undefined || !isJsonType(response) ? {
		ok: true,
		value: answer.error
	} : parseJson(text, text);
	if (!body.ok) return {
		status: 0,
		error: new ResponseParseError(status, body.text, body.cause),
		malformed: true,
		response
	};
	return ok ? {
		status,
		data: body.value,
		response
	} : {
		status,
		error: body.value,
		response
	};
}
