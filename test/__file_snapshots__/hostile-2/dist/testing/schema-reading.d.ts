import { type Schema, type SchemaObject, type SchemaTable } from "../fixtures/schema.js";
/** The schema's own keywords, `$ref`s followed. */
export declare function own(table: SchemaTable, schema: Schema | undefined): SchemaObject;
/** The schema and every branch of its compositions, `$ref`s followed (bounded, for cycles). */
export declare function branchesOf(table: SchemaTable, schema: Schema | undefined, depth?: number): SchemaObject[];
/** Every type the schema or one of its branches names. */
export declare function typesOf(table: SchemaTable, schema: Schema | undefined): ReadonlySet<string>;
export declare function shapeOf(table: SchemaTable, schema: Schema | undefined): "array" | "object" | "primitive";
/** A list's item schema, from the first branch that has one. */
export declare function itemSchemaOf(table: SchemaTable, schema: Schema | undefined): Schema | undefined;
/** A member's schema: the first branch's property of that name, else its `additionalProperties`. */
export declare function propertySchemaOf(table: SchemaTable, schema: Schema | undefined, key: string): Schema | undefined;
/** The names every branch's `properties` list. */
export declare function propertyNamesOf(table: SchemaTable, schema: Schema | undefined): string[];
/** A text value as the schema's type: numbers and booleans from their text, the rest as written. */
export declare function coerce(table: SchemaTable, schema: Schema | undefined, text: string): unknown;
