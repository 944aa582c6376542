import type { SchemaTable } from "./fixtures/schema.js";
export declare const SCHEMA_TABLE: SchemaTable;
