/** A value's JSON type as messages name it: `integer` for a whole number, `file` for a Blob. */
export declare function typeName(value: unknown): string;
/** A JSON object: not null, an array or a file. (Not a type guard: compiled checks keep reading the value as `any`.) */
export declare function isRecord(value: unknown): boolean;
/** Bytes where a `format: binary` string is expected: a Blob (a file part, a download), an ArrayBuffer or a typed array (a body the caller sends). */
export declare function isFile(value: unknown): boolean;
/** JSON equality, as `const`, `enum` and `uniqueItems` compare: same type, same members, key order aside. */
export declare function equal(a: unknown, b: unknown): boolean;
/** The first two positions holding equal items, or undefined. */
export declare function duplicateItems(items: readonly unknown[]): [number, number] | undefined;
/** A string's length in Unicode code points, as `minLength`/`maxLength` count (a surrogate pair is one). */
export declare function codePoints(text: string): number;
/** `multipleOf` as ajv reads it: the quotient must be a whole number once parsed back. */
export declare function notMultiple(value: number, step: number): boolean;
/** A pattern as written, with the `u` flag where it is valid, else without (as most validators read it); undefined when neither compiles. */
export declare function compilePattern(pattern: string): RegExp | undefined;
/** RFC 3339 full-date, a day that exists (29 February in leap years only). */
export declare function isDate(text: string): boolean;
/** RFC 3339 full-time: a time zone is required; a leap second only at 23:59 UTC. */
export declare function isTime(text: string): boolean;
/** RFC 3339 date-time: a date, `T` (or `t` or a space), a time with its zone. */
export declare function isDateTime(text: string): boolean;
/** RFC 3986 URI: a scheme, then a hierarchical part (a bare fragment or relative reference is not one). */
export declare function isUri(text: string): boolean;
/** RFC 4648 base64 (`format: byte`). */
export declare function isBase64(text: string): boolean;
/** `format: regex`: an ECMAScript regular expression (`\Z`, which it has not, refused). */
export declare function isRegex(text: string): boolean;
export declare const isEmail: (text: string) => boolean;
export declare const isHostname: (text: string) => boolean;
export declare const isIpv4: (text: string) => boolean;
export declare const isIpv6: (text: string) => boolean;
export declare const isUuid: (text: string) => boolean;
export declare const isDuration: (text: string) => boolean;
export declare const isJsonPointer: (text: string) => boolean;
export declare const isRelativeJsonPointer: (text: string) => boolean;
export declare const isUriTemplate: (text: string) => boolean;
export declare const isUriReference: (text: string) => boolean;
export declare const isUrl: (text: string) => boolean;
export declare const isJsonPointerUriFragment: (text: string) => boolean;
/** ISO 8601 time: as RFC 3339's, the zone optional. */
export declare function isIsoTime(text: string): boolean;
/** ISO 8601 date-time: as RFC 3339's, the zone optional. */
export declare function isIsoDateTime(text: string): boolean;
/** `format: int32` on a number: a whole number from -2³¹ to 2³¹ − 1. */
export declare const isInt32: (value: number) => boolean;
/** `format: int64` on a number: a whole number (JavaScript holds none beyond 2⁵³ exactly). */
export declare const isInt64: (value: number) => boolean;
/**
* Every format checked, by name, with the type it applies to and the export that checks it. The
* compiled validators import only the checks their schemas name; any other format (`float`,
* `binary`, `password`, a vendor's own) is an annotation, as JSON Schema makes formats by default.
*/
export declare const FORMATS: Readonly<Record<string, {
	readonly type: "string" | "number";
	readonly name: string;
	readonly check: (value: never) => boolean;
}>>;
