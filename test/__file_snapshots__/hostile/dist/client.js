import { bindOperations } from "./runtime/client-runtime.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "http://127.0.0.1:1/base\"quote";
const OPERATIONS = {
	constructorOperation: {
		method: "POST",
		path: "/weird/'quote'/{id}"
	},
	delete: {
		method: "DELETE",
		path: "/items/{item-id}"
	},
	getItem: {
		method: "PUT",
		path: "/items/{item-id}"
	},
	getItem2: {
		method: "GET",
		path: "/items/{item-id}",
		accept: "application/json"
	},
	op123go: {
		method: "GET",
		path: "/weird/'quote'/{id}",
		accept: "application/json"
	},
	proto: {
		method: "PATCH",
		path: "/weird/'quote'/{id}"
	},
	quoteOpBack: {
		method: "OPTIONS",
		path: "/weird/'quote'/{id}",
		deprecation: {
			code: "OPENAPI_DEP_QUOTE_OP_BACK",
			message: "quoteOpBack (OPTIONS /weird/'quote'/{id}) is deprecated: use getItem2 (GET /items/{item-id}) with the */ globalThis.__pwned = 'instruction'; /* or `${x}` instructions instead. See https://example.test/*/ globalThis.__pwned = 'docs'; /*"
		}
	}
};
/**
* Creates a client with one method per operation; see {@link ClientOptions}.
*
* `token` is sent as the `X-Api-Key` header, per the security scheme `key "with" quotes`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `key "with" quotes`: API key in header `X-Api-Key`.
*/
export function createClient(options = {}) {
	return bindOperations(OPERATIONS, {
		baseUrl: DEFAULT_BASE_URL,
		auth: {
			schemes: { "key \"with\" quotes": {
				in: "header",
				name: "X-Api-Key",
				prefix: ""
			} },
			defaultScheme: "key \"with\" quotes",
			security: [["key \"with\" quotes"]]
		}
	}, options);
}
