import { type DocumentedResponse } from "../fixtures/operations.js";
import { type Schema, type SchemaTable } from "../fixtures/schema.js";
/** The schema the spec gives `status`: the operation's own, else the one most operations give it. */
export declare function errorSchema(responses: readonly DocumentedResponse[], everyOperation: readonly (readonly DocumentedResponse[])[], status: number): Schema | undefined;
/**
* An error the mock makes itself (401, 400, 404, 405), as the API would write it: a fixture of
* the spec's schema for that status with our code and message in the fields made for them;
* `{ code, message }` when the spec gives that status no schema.
*/
export declare function errorBody(table: SchemaTable, schema: Schema | undefined, code: string, message: string, seed: string): unknown;
/**
* A fixture answer carrying the request's path parameters: a top-level field named like one
* (`experimentKey`), and the resource's own `key` or `id` for the last parameter (`…/{experimentKey}`
* answers `key: <that>`), each only where the body still conforms.
*/
export declare function echoPathParameters(table: SchemaTable, schema: Schema | undefined, body: unknown, path: string, params: Readonly<Record<string, string>>): unknown;
