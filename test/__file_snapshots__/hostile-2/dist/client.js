import { bindOperations } from "./runtime/client-runtime.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "";
const OPERATIONS = {
	listItems: {
		method: "GET",
		path: "/émoji/{🔑}/items.json"
	},
	newLine: {
		method: "POST",
		path: "/items"
	}
};
/** Creates a client with one method per operation; see {@link ClientOptions}. */
export function createClient(options = {}) {
	return bindOperations(OPERATIONS, {
		baseUrl: DEFAULT_BASE_URL,
		auth: undefined
	}, options);
}
