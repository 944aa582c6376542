import type { ClientOptions } from "./runtime/types.js";
import type * as Runtime from "./runtime/types.js";
import { type Transport, type TransportFeature } from "./runtime/call.js";
import type { ConstructorOperationRequest, ConstructorOperationResult, DeleteRequest, DeleteResult, GetItemRequest, GetItemResult, GetItem2Request, GetItem2Result, Op123goRequest, Op123goResult, ProtoRequest, ProtoResult, QuoteOpBackRequest, QuoteOpBackResult } from "./client.js";
export type { Transport, TransportFeature } from "./runtime/call.js";
export { methodOverride, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "http://127.0.0.1:1/base\"quote";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override and server deprecation notices are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`) is refused.
*
* `token` is sent as the `X-Api-Key` header, per the security scheme `key "with" quotes`.
*
* Security schemes of the API:
* - `key "with" quotes`: API key in header `X-Api-Key`.
*/
export declare function createTransport(options?: ClientOptions, ...features: readonly TransportFeature[]): Transport;
/** `POST /weird/'quote'/{id}` */
export declare function constructorOperation(transport: Transport, ...init: Runtime.InitArgs<ConstructorOperationRequest>): Promise<ConstructorOperationResult>;
/** `DELETE /items/{item-id}` */
export declare function deleteOperation(transport: Transport, ...init: Runtime.InitArgs<DeleteRequest>): Promise<DeleteResult>;
/** `PUT /items/{item-id}` */
export declare function getItem(transport: Transport, ...init: Runtime.InitArgs<GetItemRequest>): Promise<GetItemResult>;
/**
* Get *\/ globalThis.__pwned = 'summary'; /* item
*
* `GET /items/{item-id}`
*
* {{#each this}}{{/each}} and `${globalThis.__pwned}`
*/
export declare function getItem2(transport: Transport, ...init: Runtime.InitArgs<GetItem2Request>): Promise<GetItem2Result>;
/** `GET /weird/'quote'/{id}` */
export declare function op123go(transport: Transport, ...init: Runtime.InitArgs<Op123goRequest>): Promise<Op123goResult>;
/** `PATCH /weird/'quote'/{id}` */
export declare function proto(transport: Transport, ...init: Runtime.InitArgs<ProtoRequest>): Promise<ProtoResult>;
/**
* `OPTIONS /weird/'quote'/{id}`
* @deprecated Use {@link Client.getItem2} (`GET /items/{item-id}`) with the `*\/ globalThis.__pwned = 'instruction'; /*` or ``${x}`` instructions instead.
* @see https://example.test/*\/ globalThis.__pwned = 'docs'; /*
*/
export declare function quoteOpBack(transport: Transport, ...init: Runtime.InitArgs<QuoteOpBackRequest>): Promise<QuoteOpBackResult>;
