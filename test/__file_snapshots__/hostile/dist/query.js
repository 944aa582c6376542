import * as $operations from "./operations.js";
import { queryOptions as $queryOptions } from "./query/options.js";
import { queryKey as $queryKey } from "./query/options.js";
import { mutationOptions as $mutationOptions } from "./query/options.js";
export { createTransport } from "./operations.js";
export { OperationError } from "./query/options.js";
/** `POST /weird/'quote'/{id}` */
export function constructorOperationMutationOptions(transport) {
	return $mutationOptions("constructorOperation", (request) => $operations.constructorOperation(transport, request));
}
/** `DELETE /items/{item-id}` */
export function deleteOperationMutationOptions(transport) {
	return $mutationOptions("delete", (request) => $operations.deleteOperation(transport, request));
}
/** `PUT /items/{item-id}` */
export function getItemMutationOptions(transport) {
	return $mutationOptions("getItem", (request) => $operations.getItem(transport, request));
}
/**
* Get *\/ globalThis.__pwned = 'summary'; /* item
*
* `GET /items/{item-id}`
*
* {{#each this}}{{/each}} and `${globalThis.__pwned}`
*/
export function getItem2QueryOptions(transport, ...init) {
	return $queryOptions("getItem2", (request) => $operations.getItem2(transport, request), init[0]);
}
/** The key of `getItem2QueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export function getItem2QueryKey(part) {
	return $queryKey("getItem2", part);
}
/** `GET /weird/'quote'/{id}` */
export function op123goQueryOptions(transport, ...init) {
	return $queryOptions("op123go", (request) => $operations.op123go(transport, request), init[0]);
}
/** The key of `op123goQueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export function op123goQueryKey(part) {
	return $queryKey("op123go", part);
}
/** `PATCH /weird/'quote'/{id}` */
export function protoMutationOptions(transport) {
	return $mutationOptions("proto", (request) => $operations.proto(transport, request));
}
/**
* `OPTIONS /weird/'quote'/{id}`
* @deprecated Use {@link Client.getItem2} (`GET /items/{item-id}`) with the `*\/ globalThis.__pwned = 'instruction'; /*` or ``${x}`` instructions instead.
* @see https://example.test/*\/ globalThis.__pwned = 'docs'; /*
*/
export function quoteOpBackMutationOptions(transport) {
	return $mutationOptions("quoteOpBack", (request) => $operations.quoteOpBack(transport, request));
}
