import type { Transport } from "./runtime/call.js";
import type * as Runtime from "./runtime/types.js";
import type * as $client from "./client.js";
import type * as Query from "./query/options.js";
export { createTransport, type Transport } from "./operations.js";
export { OperationError } from "./query/options.js";
export type { DataOf, ErrorOf, KeyParams, OperationInfiniteQueryOptions, OperationMutationOptions, OperationQueryOptions, QueryKeyFamily, QueryKeyOf, QueryKeyPart } from "./query/options.js";
/**
* `GET /émoji/{🔑}/items.json`
*
* `${globalThis.__pwned = 'backtick'}` and *\/ /* and \u2028 and   line separator
*/
export declare function listItemsQueryOptions(transport: Transport, ...init: Runtime.InitArgs<$client.ListItemsRequest>): Query.OperationQueryOptions<Query.QueryKeyOf<"listItems", $client.ListItemsRequest>, Query.DataOf<$client.ListItemsResult>, Query.ErrorOf<$client.ListItemsResult>>;
/** The key of `listItemsQueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export declare function listItemsQueryKey(part?: Query.QueryKeyPart<$client.ListItemsRequest>): Query.QueryKeyFamily<"listItems", $client.ListItemsRequest>;
/** `POST /items` */
export declare function newLineMutationOptions(transport: Transport): Query.OperationMutationOptions<"newLine", Query.VariablesOf<$client.NewLineRequest>, Query.DataOf<$client.NewLineResult>, Query.ErrorOf<$client.NewLineResult>>;
