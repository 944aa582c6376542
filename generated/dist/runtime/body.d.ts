import { type StreamFraming } from "./media.js";
import { type ParamStyle } from "./params.js";
/** How one property of a form or multipart body is sent (the Encoding Object). */
export interface EncodingSpec {
	readonly contentType?: string;
	readonly style?: ParamStyle;
	readonly explode?: boolean;
	readonly allowReserved?: boolean;
}
export type Encodings = Readonly<Record<string, EncodingSpec>>;
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;
export declare function formBody(value: unknown, encodings: Encodings | undefined): string;
export declare function multipartBody(value: unknown, encodings: Encodings | undefined): FormData;
/**
* OpenAPI 3.2's `in: querystring`: the whole query string (without `?`) as its media type writes
* it. Form-urlencoded is query-ready as it is (spaces as `+`); anything else is written (JSON, or
* a string as itself) and then percent-encoded.
*/
export declare function querystringText(value: unknown, contentType: string, encodings: Encodings | undefined): string;
/** One item as its sequential media type frames it: a JSON line, an RS-led JSON text, or an event. */
export declare function streamItemText(item: unknown, framing: StreamFraming): string;
/** The body as sent for `contentType`: what `fetch` takes (a string, FormData, bytes or a stream). */
export declare function serializeBody(value: unknown, contentType: string, encodings: Encodings | undefined): BodyInit;
/**
* The body as sent and its Content-Type: FormData writes its own (with the boundary); a wildcard
* type is sent as the concrete type the body was written as (a Blob's own, JSON for `*\/*` and
* `application/*+json`, plain text for `text/*`): a Content-Type with a `*` names no media type.
*/
export declare function wireBody(value: unknown, contentType: string, encodings: Encodings | undefined): {
	body: BodyInit;
	contentType: string | null;
};
