import type { Transport } from "./runtime/call.js";
import type * as Runtime from "./runtime/types.js";
import type * as $client from "./client.js";
import type * as Query from "./query/options.js";
export { createTransport, type Transport } from "./operations.js";
export { OperationError } from "./query/options.js";
export type { DataOf, ErrorOf, KeyParams, OperationInfiniteQueryOptions, OperationMutationOptions, OperationQueryOptions, QueryKeyFamily, QueryKeyOf, QueryKeyPart } from "./query/options.js";
/** `POST /weird/'quote'/{id}` */
export declare function constructorOperationMutationOptions(transport: Transport): Query.OperationMutationOptions<"constructorOperation", Query.VariablesOf<$client.ConstructorOperationRequest>, Query.DataOf<$client.ConstructorOperationResult>, Query.ErrorOf<$client.ConstructorOperationResult>>;
/** `DELETE /items/{item-id}` */
export declare function deleteOperationMutationOptions(transport: Transport): Query.OperationMutationOptions<"delete", Query.VariablesOf<$client.DeleteRequest>, Query.DataOf<$client.DeleteResult>, Query.ErrorOf<$client.DeleteResult>>;
/** `PUT /items/{item-id}` */
export declare function getItemMutationOptions(transport: Transport): Query.OperationMutationOptions<"getItem", Query.VariablesOf<$client.GetItemRequest>, Query.DataOf<$client.GetItemResult>, Query.ErrorOf<$client.GetItemResult>>;
/**
* Get *\/ globalThis.__pwned = 'summary'; /* item
*
* `GET /items/{item-id}`
*
* {{#each this}}{{/each}} and `${globalThis.__pwned}`
*/
export declare function getItem2QueryOptions(transport: Transport, ...init: Runtime.InitArgs<$client.GetItem2Request>): Query.OperationQueryOptions<Query.QueryKeyOf<"getItem2", $client.GetItem2Request>, Query.DataOf<$client.GetItem2Result>, Query.ErrorOf<$client.GetItem2Result>>;
/** The key of `getItem2QueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export declare function getItem2QueryKey(part?: Query.QueryKeyPart<$client.GetItem2Request>): Query.QueryKeyFamily<"getItem2", $client.GetItem2Request>;
/** `GET /weird/'quote'/{id}` */
export declare function op123goQueryOptions(transport: Transport, ...init: Runtime.InitArgs<$client.Op123goRequest>): Query.OperationQueryOptions<Query.QueryKeyOf<"op123go", $client.Op123goRequest>, Query.DataOf<$client.Op123goResult>, Query.ErrorOf<$client.Op123goResult>>;
/** The key of `op123goQueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export declare function op123goQueryKey(part?: Query.QueryKeyPart<$client.Op123goRequest>): Query.QueryKeyFamily<"op123go", $client.Op123goRequest>;
/** `PATCH /weird/'quote'/{id}` */
export declare function protoMutationOptions(transport: Transport): Query.OperationMutationOptions<"proto", Query.VariablesOf<$client.ProtoRequest>, Query.DataOf<$client.ProtoResult>, Query.ErrorOf<$client.ProtoResult>>;
/**
* `OPTIONS /weird/'quote'/{id}`
* @deprecated Use {@link Client.getItem2} (`GET /items/{item-id}`) with the `*\/ globalThis.__pwned = 'instruction'; /*` or ``${x}`` instructions instead.
* @see https://example.test/*\/ globalThis.__pwned = 'docs'; /*
*/
export declare function quoteOpBackMutationOptions(transport: Transport): Query.OperationMutationOptions<"quoteOpBack", Query.VariablesOf<$client.QuoteOpBackRequest>, Query.DataOf<$client.QuoteOpBackResult>, Query.ErrorOf<$client.QuoteOpBackResult>>;
