import { createCallTransport } from "./runtime/call.js";
import { createSend } from "./runtime/send.js";
import { jsonBody as $jsonBody } from "./runtime/media.js";
import { plainHeaders as $plainHeaders, plainPath as $plainPath, plainQuery as $plainQuery } from "./runtime/params-plain.js";
export { methodOverride, middleware, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override, server deprecation notices and openapi-fetch's middleware are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations, middleware)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`, `middleware`) is refused.
*
* The document declares no security scheme the client can send a token by.
*/
export function createTransport(options = {}, ...features) {
	return createCallTransport({
		baseUrl: DEFAULT_BASE_URL,
		auth: undefined
	}, options, features, createSend);
}
/**
* `GET /émoji/{🔑}/items.json`
*
* `${globalThis.__pwned = 'backtick'}` and *\/ /* and \u2028 and   line separator
*/
export const listItems = (transport, init) => transport.call("listItems", {
	method: "GET",
	path: "/émoji/{🔑}/items.json",
	accept: "application/json"
}, init, {
	path: $plainPath,
	query: $plainQuery,
	headers: $plainHeaders
});
/** `POST /items` */
export const newLine = (transport, init) => transport.call("newLine", {
	method: "POST",
	path: "/items"
}, init, { body: $jsonBody });
