import type { paths } from "./schema.js";
import type { ClientOptions, OperationMethod } from "./runtime/types.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "";
/**
 * Ünïcödé 🚀 API </script><script>globalThis.__pwned = 'title'</script> 2.0.0-beta.1
 *
 * Backslash \ at the end \
 */
export interface Client {
    /**
     * `GET /émoji/{🔑}/items.json`
     *
     * `${globalThis.__pwned = 'backtick'}` and *\/ /* and \u2028 and   line separator
     */
    readonly listItems: OperationMethod<paths["/émoji/{🔑}/items.json"], "GET">;
    /** `POST /items` */
    readonly newLine: OperationMethod<paths["/items"], "POST">;
}
/** Creates a client with one method per operation; see {@link ClientOptions}. */
export declare function createClient(options?: ClientOptions): Client;
