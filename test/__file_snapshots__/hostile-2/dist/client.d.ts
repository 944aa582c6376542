import type { paths } from "./schema.js";
import type { HugeEnum } from "./types.js";
import type { ClientOptions } from "./runtime/types.js";
import type * as Runtime from "./runtime/types.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "";
/** The request of {@link Client.listItems}: `params` (path, query, header), `body`, and per-call options. */
export type ListItemsRequest = Runtime.OperationRequest<paths["/émoji/{🔑}/items.json"], "GET">;
/** What {@link Client.listItems} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type ListItemsResult = Runtime.Success<200, HugeEnum> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.newLine}: `params` (path, query, header), `body`, and per-call options. */
export type NewLineRequest = Runtime.OperationRequest<paths["/items"], "POST">;
/** What {@link Client.newLine} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type NewLineResult = Runtime.Success<201, undefined> | Runtime.Malformed | Runtime.Invalid;
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
