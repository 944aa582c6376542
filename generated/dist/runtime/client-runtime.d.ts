import { createCallTransport, type TransportDefaults, type Wire } from "./call.js";
import { type ParamValues } from "./params.js";
import type { OperationSpec, OperationTable } from "./types.js";
/** The query string: the parameters one by one, or an OpenAPI 3.2 `querystring` parameter's value as its media type writes it. */
export declare function fullQuery(values: ParamValues, spec: OperationSpec, querystring: unknown): string;
/** Every way on and off the wire: what `createClient` gives each operation. */
export declare const FULL_WIRE: Wire;
/** Builds the client object: one method per entry of the table, each a call through openapi-fetch. */
export declare function bindOperations<C>(table: OperationTable<C>, defaults: Omit<TransportDefaults, "warn" | "policy" | "base64">, options: Parameters<typeof createCallTransport>[1]): C;
