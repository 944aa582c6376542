import type { Schema, SchemaTable } from "../fixtures/schema.js";
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
