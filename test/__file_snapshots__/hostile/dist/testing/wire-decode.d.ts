import { type Schema, type SchemaObject, type SchemaTable } from "../fixtures/schema.js";
export type ParamLocation = "path" | "query" | "querystring" | "header" | "cookie";
export interface MockParameter {
	readonly name: string;
	readonly in: ParamLocation;
	readonly required: boolean;
	readonly style: string;
	readonly explode: boolean;
	readonly contentType?: string;
	readonly example?: unknown;
	readonly schema: Schema;
}
export interface MockEncoding {
	readonly contentType?: string;
	readonly style?: string;
	readonly explode?: boolean;
}
/** The schema's own keywords, `$ref`s followed. */
export declare function own(table: SchemaTable, schema: Schema | undefined): SchemaObject;
/** A text value as the schema's type: numbers and booleans from their text, the rest as written. */
export declare function coerce(table: SchemaTable, schema: Schema | undefined, text: string): unknown;
/** `name=value` pairs of a query string or Cookie header, values still encoded. */
export declare function pairsOf(text: string, separator: RegExp): [string, string][];
export interface WireRequest {
	readonly pathParams: Readonly<Record<string, string>>;
	/** The query string without `?`, percent-encoding intact. */
	readonly search: string;
	readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}
/** One parameter's value as the request carries it, or undefined when it does not. */
export declare function parameterValue(table: SchemaTable, parameter: MockParameter, request: WireRequest): unknown;
