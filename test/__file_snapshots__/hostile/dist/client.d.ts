import type { paths } from "./schema.js";
import type { ClientOptions, OperationMethod } from "./runtime/types.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "http://127.0.0.1:1/base\"quote";
/**
 * Hostile *\/ API {{title}} "quoted" `tick` ${globalThis.__pwned = 'title'} 1.0.0
 *
 * *\/ globalThis.__pwned = "description"; /*
 * {{constructor.constructor('globalThis.__pwned = "handlebars"')()}}
 * </script><script>globalThis.__pwned = "script"</script>
 * `${globalThis.__pwned = "template"}`
 * \@deprecated not really
 */
export interface Client {
    /** `POST /weird/'quote'/{id}` */
    readonly constructorOperation: OperationMethod<paths["/weird/'quote'/{id}"], "POST">;
    /** `DELETE /items/{item-id}` */
    readonly delete: OperationMethod<paths["/items/{item-id}"], "DELETE">;
    /** `PUT /items/{item-id}` */
    readonly getItem: OperationMethod<paths["/items/{item-id}"], "PUT">;
    /**
     * Get *\/ globalThis.__pwned = 'summary'; /* item
     *
     * `GET /items/{item-id}`
     *
     * {{#each this}}{{/each}} and `${globalThis.__pwned}`
     */
    readonly getItem2: OperationMethod<paths["/items/{item-id}"], "GET">;
    /** `GET /weird/'quote'/{id}` */
    readonly op123go: OperationMethod<paths["/weird/'quote'/{id}"], "GET">;
    /** `PATCH /weird/'quote'/{id}` */
    readonly proto: OperationMethod<paths["/weird/'quote'/{id}"], "PATCH">;
    /**
     * `OPTIONS /weird/'quote'/{id}`
     * @deprecated Use {@link Client.getItem2} (`GET /items/{item-id}`) with the `*\/ globalThis.__pwned = 'instruction'; /*` or ``${x}`` instructions instead.
     * @see https://example.test/*\/ globalThis.__pwned = 'docs'; /*
     */
    readonly quoteOpBack: OperationMethod<paths["/weird/'quote'/{id}"], "OPTIONS">;
}
/** Creates a client with one method per operation; see {@link ClientOptions}. */
export declare function createClient(options?: ClientOptions): Client;
