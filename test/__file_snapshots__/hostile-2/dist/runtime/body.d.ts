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
/** The body as sent for `contentType`: what `fetch` takes (a string, FormData, bytes or a stream). */
export declare function serializeBody(value: unknown, contentType: string, encodings: Encodings | undefined): BodyInit;
