import type { ClientOptions } from "./runtime/types.js";
import { type OperationFunction, type Transport, type TransportFeature } from "./runtime/call.js";
import type { ListItemsRequest, ListItemsResult, NewLineRequest, NewLineResult } from "./operation-types.js";
export type { OperationFunction, Transport, TransportFeature } from "./runtime/call.js";
export { methodOverride, middleware, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override, server deprecation notices and openapi-fetch's middleware are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations, middleware)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`, `middleware`) is refused.
*
* The document declares no security scheme the client can send a token by.
*/
export declare function createTransport(options?: ClientOptions, ...features: readonly TransportFeature[]): Transport;
/**
* `GET /émoji/{🔑}/items.json`
*
* `${globalThis.__pwned = 'backtick'}` and *\/ /* and \u2028 and   line separator
*/
export declare const listItems: OperationFunction<ListItemsRequest, ListItemsResult>;
/** `POST /items` */
export declare const newLine: OperationFunction<NewLineRequest, NewLineResult>;
