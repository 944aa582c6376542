import type { Schema, SchemaTable } from "../fixtures/schema.js";
/** `line_items[0][price]` as its base name and keys; undefined for a name without brackets. */
export declare function bracketPath(name: string): {
	base: string;
	keys: string[];
} | undefined;
/** Reads `(keys, text)` pairs, already percent-decoded, into one value of `schema`. */
export declare function bracketValue(table: SchemaTable, schema: Schema | undefined, members: readonly (readonly [readonly string[], string])[]): unknown;
