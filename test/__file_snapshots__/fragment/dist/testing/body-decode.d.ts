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
