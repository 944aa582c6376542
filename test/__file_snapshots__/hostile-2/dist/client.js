import { bindOperations } from "./runtime/client-runtime.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "";
const OPERATIONS = {
	listItems: {
		method: "GET",
		path: "/émoji/{🔑}/items.json",
		accept: "application/json"
	},
	newLine: {
		method: "POST",
		path: "/items"
	}
};
/**
* Creates a client with one method per operation; see {@link ClientOptions}.
*
* The document declares no security scheme the client can send a token by.
*/
export function createClient(options = {}) {
	return bindOperations(OPERATIONS, {
		baseUrl: DEFAULT_BASE_URL,
		auth: undefined
	}, options);
}
