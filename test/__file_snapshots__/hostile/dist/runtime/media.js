/** The media type without parameters, in lower case: `Application/JSON; charset=utf-8` is `application/json`. */
export function essence(contentType) {
	return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}
/**
* JSON (and every `+json`, and `*\/*`, which most documents mean as JSON), form-urlencoded,
* multipart, text (`text/*` and XML, sent and read as strings), and everything else as bytes.
*/
export function mediaKind(contentType) {
	const type = essence(contentType);
	if (type === "application/json" || type.endsWith("+json") || type === "*/*" || type === "text/json" || type === "") return "json";
	if (type === "application/x-www-form-urlencoded") return "form";
	if (type.startsWith("multipart/")) return "multipart";
	if (type.startsWith("text/") || type === "application/xml" || type.endsWith("+xml")) return "text";
	return "binary";
}
/** JSON Text Sequences (RFC 7464, and `+json-seq`), JSON Lines and NDJSON, server-sent events; undefined for a media type read whole. */
export function streamFraming(contentType) {
	const type = essence(contentType);
	if (type === "application/json-seq" || type.endsWith("+json-seq")) return "json-seq";
	if (type === "application/jsonl" || type === "application/x-ndjson" || type === "application/x-jsonlines" || type === "application/ndjson") return "json-lines";
	if (type === "text/event-stream") return "event-stream";
	return undefined;
}
/** A JSON request body's text. JSON has no bytes: a Blob or buffer inside it would go out as `{}`, so it is refused, by name. */
export function jsonBodyText(value) {
	// `this[key]`, not the value given: JSON.stringify calls a Buffer's toJSON before the replacer sees it.
	return JSON.stringify(value, function(key, item) {
		const raw = this[key];
		if (raw instanceof Blob || raw instanceof ArrayBuffer || ArrayBuffer.isView(raw)) throw new TypeError(`a JSON request body cannot carry bytes, and ${key === "" ? "the body" : `"${key}"`} is a ${raw instanceof Blob ? "Blob" : "buffer"}: send a string (its text, or base64 where the API says so)`);
		return item;
	});
}
/** A JSON body as call.ts's `Wire` writes it, for an operation whose request media types are all JSON. */
export function jsonBody(value, contentType) {
	return {
		body: jsonBodyText(value),
		contentType
	};
}
