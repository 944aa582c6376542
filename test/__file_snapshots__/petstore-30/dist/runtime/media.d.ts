export type MediaKind = "json" | "text" | "form" | "multipart" | "binary";
/** The media type without parameters, in lower case: `Application/JSON; charset=utf-8` is `application/json`. */
export declare function essence(contentType: string): string;
/**
* JSON (and every `+json`, and `*\/*`, which most documents mean as JSON), form-urlencoded,
* multipart, text (`text/*` and XML, sent and read as strings), and everything else as bytes.
*/
export declare function mediaKind(contentType: string): MediaKind;
/** How a sequential media type frames its items (OpenAPI 3.2 "Sequential Media Types"). */
export type StreamFraming = "json-seq" | "json-lines" | "event-stream";
/** JSON Text Sequences (RFC 7464, and `+json-seq`), JSON Lines and NDJSON, server-sent events; undefined for a media type read whole. */
export declare function streamFraming(contentType: string): StreamFraming | undefined;
/** A JSON request body's text. JSON has no bytes: a Blob or buffer inside it would go out as `{}`, so it is refused, by name. */
export declare function jsonBodyText(value: unknown): string;
/** A JSON body as call.ts's `Wire` writes it, for an operation whose request media types are all JSON. */
export declare function jsonBody(value: unknown, contentType: string): {
	body: string;
	contentType: string;
};
