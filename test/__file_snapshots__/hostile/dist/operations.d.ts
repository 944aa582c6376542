import type { ClientOptions } from "./runtime/types.js";
import { type OperationFunction, type Transport, type TransportFeature } from "./runtime/call.js";
import type { Credentials } from "./operation-types.js";
import type { ConstructorOperationRequest, ConstructorOperationResult, DeleteRequest, DeleteResult, GetItemRequest, GetItemResult, GetItem2Request, GetItem2Result, Op123goRequest, Op123goResult, ProtoRequest, ProtoResult, QuoteOpBackRequest, QuoteOpBackResult } from "./operation-types.js";
export type { OperationFunction, Transport, TransportFeature } from "./runtime/call.js";
export { methodOverride, middleware, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "http://127.0.0.1:1/base\"quote";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override, server deprecation notices and openapi-fetch's middleware are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations, middleware)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`, `middleware`) is refused.
*
* `token` is sent as the `X-Api-Key` header, per the security scheme `key "with" quotes`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `key "with" quotes`: API key in header `X-Api-Key`.
*/
export declare function createTransport(options?: ClientOptions & {
	readonly credentials?: Credentials | undefined;
}, ...features: readonly TransportFeature[]): Transport;
/** `POST /weird/'quote'/{id}` */
export declare const constructorOperation: OperationFunction<ConstructorOperationRequest, ConstructorOperationResult>;
/** `DELETE /items/{item-id}` */
export declare const deleteOperation: OperationFunction<DeleteRequest, DeleteResult>;
/** `PUT /items/{item-id}` */
export declare const getItem: OperationFunction<GetItemRequest, GetItemResult>;
/**
* Get *\/ globalThis.__pwned = 'summary'; /* item
*
* `GET /items/{item-id}`
*
* {{#each this}}{{/each}} and `${globalThis.__pwned}`
*/
export declare const getItem2: OperationFunction<GetItem2Request, GetItem2Result>;
/** `GET /weird/'quote'/{id}` */
export declare const op123go: OperationFunction<Op123goRequest, Op123goResult>;
/** `PATCH /weird/'quote'/{id}` */
export declare const proto: OperationFunction<ProtoRequest, ProtoResult>;
/**
* `OPTIONS /weird/'quote'/{id}`
* @deprecated Use {@link Client.getItem2} (`GET /items/{item-id}`) with the `*\/ globalThis.__pwned = 'instruction'; /*` or ``${x}`` instructions instead.
* @see https://example.test/*\/ globalThis.__pwned = 'docs'; /*
*/
export declare const quoteOpBack: OperationFunction<QuoteOpBackRequest, QuoteOpBackResult>;
