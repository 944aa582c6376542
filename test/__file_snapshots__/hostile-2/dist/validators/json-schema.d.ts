import type { SchemaSource } from "./standard.js";
/** The JSON Schema `source` checks, in `target`'s dialect (draft-2020-12, draft-07 or openapi-3.0); any other target throws. */
export declare function toJsonSchema(source: SchemaSource, target: string): Record<string, unknown>;
