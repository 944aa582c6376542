import type { ListItemsRequest, ListItemsResult, NewLineRequest, NewLineResult } from "./operation-types.js";
import type { ClientOptions } from "./runtime/types.js";
import type * as Runtime from "./runtime/types.js";
export type { ListItemsRequest, ListItemsResult, NewLineRequest, NewLineResult } from "./operation-types.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "";
/**
* Ünïcödé 🚀 API <\/script><script>globalThis.__pwned = 'title'<\/script> 2.0.0-beta.1
*
* Backslash \ at the end \
*/
export interface Client {
	/**
	* `GET /émoji/{🔑}/items.json`
	*
	* `${globalThis.__pwned = 'backtick'}` and *\/ /* and \u2028 and   line separator
	*/
	readonly listItems: Runtime.Method<ListItemsRequest, ListItemsResult>;
	/** `POST /items` */
	readonly newLine: Runtime.Method<NewLineRequest, NewLineResult>;
}
/**
* Creates a client with one method per operation; see {@link ClientOptions}.
*
* The document declares no security scheme the client can send a token by.
*/
export declare function createClient(options?: ClientOptions): Client;
