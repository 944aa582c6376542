import * as $operations from "./operations.js";
import { queryOptions as $queryOptions } from "./query/options.js";
import { queryKey as $queryKey } from "./query/options.js";
import { mutationOptions as $mutationOptions } from "./query/options.js";
export { createTransport } from "./operations.js";
export { OperationError } from "./query/options.js";
/**
* `GET /émoji/{🔑}/items.json`
*
* `${globalThis.__pwned = 'backtick'}` and *\/ /* and \u2028 and   line separator
*/
export function listItemsQueryOptions(transport, ...init) {
	return $queryOptions("listItems", (request) => $operations.listItems(transport, request), init[0]);
}
/** The key of `listItemsQueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export function listItemsQueryKey(part) {
	return $queryKey("listItems", part);
}
/** `POST /items` */
export function newLineMutationOptions(transport) {
	return $mutationOptions("newLine", (request) => $operations.newLine(transport, request));
}
