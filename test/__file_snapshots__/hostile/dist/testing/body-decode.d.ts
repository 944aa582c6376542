import type { Schema, SchemaTable } from "../fixtures/schema.js";
export interface BodyEncoding {
	readonly contentType?: string;
	readonly style?: string;
	readonly explode?: boolean;
}
export declare class BodyError extends Error {}
/** The parts of a multipart body: name, file name, type and bytes each. */
export declare function multipartParts(bytes: Uint8Array, contentType: string): {
	name: string;
	filename?: string;
	type?: string;
	body: Uint8Array;
}[];
/** The request body as a value of its media type's schema. */
export declare function decodeBody(table: SchemaTable, bytes: Uint8Array, contentType: string, schema: Schema | undefined, encodings?: Readonly<Record<string, BodyEncoding>>): unknown;
/**
* An OpenAPI 3.2 `in: querystring` parameter: the whole query string (without `?`) read as its
* media type: form-urlencoded as a form body, anything else percent-decoded (and parsed, for JSON).
* Undefined when there is no query string.
*/
export declare function querystringValue(table: SchemaTable, search: string, contentType: string, schema: Schema | undefined): unknown;
