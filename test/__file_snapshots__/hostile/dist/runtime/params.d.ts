import type { ClientOptions } from "./types.js";
/** `querystring` (OpenAPI 3.2): one parameter that is the whole query string, written as its `content` media type. */
export type ParamLocation = "path" | "query" | "querystring" | "header" | "cookie";
/** The specification's styles, and `tabDelimited` for Swagger 2.0's `collectionFormat: tsv`. */
export type ParamStyle = "matrix" | "label" | "simple" | "form" | "spaceDelimited" | "pipeDelimited" | "tabDelimited" | "deepObject" | "cookie";
/** How one parameter is sent, where it differs from its location's default (form for query and cookie, simple for path and header). */
export interface ParamSpec {
	readonly in: ParamLocation;
	readonly name: string;
	readonly style?: ParamStyle;
	readonly explode?: boolean;
	readonly allowReserved?: boolean;
	/** A `content` parameter: its value is written as this media type (JSON), then encoded. */
	readonly contentType?: string;
}
/** RFC 3986's unreserved characters stay; everything else is percent-encoded (UTF-8). */
export declare function encodeUnreserved(text: string): string;
export declare function scalar(value: unknown): string;
/** What RFC 6570 calls undefined: null, an empty list, an empty map. */
export declare function isUndefinedValue(value: unknown): boolean;
interface Expansion {
	readonly name: string;
	readonly style: ParamStyle;
	readonly explode: boolean;
	readonly encode: (text: string) => string;
}
/** The serialized text of one parameter: `;color=blue`, `color=blue&color=black`, `R=100,G=200`, … */
export declare function expandParam(e: Expansion, value: unknown): string;
export type ParamValues = Readonly<Record<string, unknown>> | undefined;
/** The path with each `{name}` replaced by its serialized value. */
export declare function serializePath(path: string, values: ParamValues, specs: readonly ParamSpec[] | undefined): string;
/** The query string (without `?`), parameters in the caller's order; undefined values left out. */
export declare function serializeQuery(values: ParamValues, specs: readonly ParamSpec[] | undefined): string;
/** Header parameters as header values (`blue,black,brown`, `R=100,G=200`). */
export declare function serializeHeaders(values: ParamValues, specs: readonly ParamSpec[] | undefined): Record<string, string>;
/** Cookie parameters as one `Cookie` header value (`a=1; b=2`), or undefined when there are none. */
export declare function serializeCookies(values: ParamValues, specs: readonly ParamSpec[] | undefined): string | undefined;
/**
* A cookie parameter where fetch cannot send it (a browser) is not silently lost: the call goes on
* without it (the browser sends the cookies it holds for the API's site), and the caller is told
* once per operation how to send it, to `onWarning`, else `console.warn`.
*/
export declare function unsentCookies(name: string, values: ParamValues, options: ClientOptions): void;
export {};
