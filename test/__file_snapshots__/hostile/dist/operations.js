import { createCallTransport } from "./runtime/call.js";
import { createSend } from "./runtime/send.js";
import { jsonBody as $jsonBody } from "./runtime/media.js";
import { plainPath as $plainPath, plainQuery as $plainQuery } from "./runtime/params-plain.js";
import { warnOnce as $warnOnce } from "./runtime/warnings.js";
import { oneScheme } from "./runtime/credentials.js";
export { methodOverride, middleware, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "http://127.0.0.1:1/base\"quote";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override, server deprecation notices and openapi-fetch's middleware are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations, middleware)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`, `middleware`) is refused.
*
* `token` is sent as the `X-Api-Key` header, per the security scheme `key "with" quotes`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `key "with" quotes`: API key in header `X-Api-Key`.
*/
export function createTransport(options = {}, ...features) {
	return createCallTransport({
		baseUrl: DEFAULT_BASE_URL,
		auth: {
			schemes: { "key \"with\" quotes": {
				in: "header",
				name: "X-Api-Key",
				prefix: ""
			} },
			defaultScheme: "key \"with\" quotes",
			security: [["key \"with\" quotes"]]
		},
		policy: oneScheme
	}, options, features, createSend);
}
/** `POST /weird/'quote'/{id}` */
export const constructorOperation = (transport, init) => transport.call("constructorOperation", {
	method: "POST",
	path: "/weird/'quote'/{id}"
}, init, { path: $plainPath });
/** `DELETE /items/{item-id}` */
export const deleteOperation = (transport, init) => transport.call("delete", {
	method: "DELETE",
	path: "/items/{item-id}"
}, init, { path: $plainPath });
/** `PUT /items/{item-id}` */
export const getItem = (transport, init) => transport.call("getItem", {
	method: "PUT",
	path: "/items/{item-id}"
}, init, {
	path: $plainPath,
	body: $jsonBody
});
/**
* Get *\/ globalThis.__pwned = 'summary'; /* item
*
* `GET /items/{item-id}`
*
* {{#each this}}{{/each}} and `${globalThis.__pwned}`
*/
export const getItem2 = (transport, init) => transport.call("getItem2", {
	method: "GET",
	path: "/items/{item-id}",
	accept: "application/json"
}, init, {
	path: $plainPath,
	query: $plainQuery
});
/** `GET /weird/'quote'/{id}` */
export const op123go = (transport, init) => transport.call("op123go", {
	method: "GET",
	path: "/weird/'quote'/{id}",
	accept: "application/json"
}, init, { path: $plainPath });
/** `PATCH /weird/'quote'/{id}` */
export const proto = (transport, init) => transport.call("proto", {
	method: "PATCH",
	path: "/weird/'quote'/{id}"
}, init, { path: $plainPath });
/**
* `OPTIONS /weird/'quote'/{id}`
* @deprecated Use {@link Client.getItem2} (`GET /items/{item-id}`) with the `*\/ globalThis.__pwned = 'instruction'; /*` or ``${x}`` instructions instead.
* @see https://example.test/*\/ globalThis.__pwned = 'docs'; /*
*/
export const quoteOpBack = (transport, init) => transport.call("quoteOpBack", {
	method: "OPTIONS",
	path: "/weird/'quote'/{id}",
	deprecation: {
		code: "OPENAPI_DEP_QUOTE_OP_BACK",
		message: "quoteOpBack (OPTIONS /weird/'quote'/{id}) is deprecated: use getItem2 (GET /items/{item-id}) with the */ globalThis.__pwned = 'instruction'; /* or `${x}` instructions instead. See https://example.test/*/ globalThis.__pwned = 'docs'; /*"
	}
}, init, {
	path: $plainPath,
	warn: $warnOnce
});
