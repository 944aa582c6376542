import type { Credentials, ConstructorOperationRequest, ConstructorOperationResult, DeleteRequest, DeleteResult, GetItemRequest, GetItemResult, GetItem2Request, GetItem2Result, Op123goRequest, Op123goResult, ProtoRequest, ProtoResult, QuoteOpBackRequest, QuoteOpBackResult } from "./operation-types.js";
import type { ClientOptions } from "./runtime/types.js";
import type * as Runtime from "./runtime/types.js";
export type { Credentials, ConstructorOperationRequest, ConstructorOperationResult, DeleteRequest, DeleteResult, GetItemRequest, GetItemResult, GetItem2Request, GetItem2Result, Op123goRequest, Op123goResult, ProtoRequest, ProtoResult, QuoteOpBackRequest, QuoteOpBackResult } from "./operation-types.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "http://127.0.0.1:1/base\"quote";
/**
* Hostile *\/ API {{title}} "quoted" `tick` ${globalThis.__pwned = 'title'} 1.0.0
*
* *\/ globalThis.__pwned = "description"; /*
* {{constructor.constructor('globalThis.__pwned = "handlebars"')()}}
* <\/script><script>globalThis.__pwned = "script"<\/script>
* `${globalThis.__pwned = "template"}`
* \@deprecated not really
*/
export interface Client {
	/** `POST /weird/'quote'/{id}` */
	readonly constructorOperation: Runtime.Method<ConstructorOperationRequest, ConstructorOperationResult>;
	/** `DELETE /items/{item-id}` */
	readonly delete: Runtime.Method<DeleteRequest, DeleteResult>;
	/** `PUT /items/{item-id}` */
	readonly getItem: Runtime.Method<GetItemRequest, GetItemResult>;
	/**
	* Get *\/ globalThis.__pwned = 'summary'; /* item
	*
	* `GET /items/{item-id}`
	*
	* {{#each this}}{{/each}} and `${globalThis.__pwned}`
	*/
	readonly getItem2: Runtime.Method<GetItem2Request, GetItem2Result>;
	/** `GET /weird/'quote'/{id}` */
	readonly op123go: Runtime.Method<Op123goRequest, Op123goResult>;
	/** `PATCH /weird/'quote'/{id}` */
	readonly proto: Runtime.Method<ProtoRequest, ProtoResult>;
	/**
	* `OPTIONS /weird/'quote'/{id}`
	* @deprecated Use {@link Client.getItem2} (`GET /items/{item-id}`) with the `*\/ globalThis.__pwned = 'instruction'; /*` or ``${x}`` instructions instead.
	* @see https://example.test/*\/ globalThis.__pwned = 'docs'; /*
	*/
	readonly quoteOpBack: Runtime.Method<QuoteOpBackRequest, QuoteOpBackResult>;
}
/**
* Creates a client with one method per operation; see {@link ClientOptions}.
*
* `token` is sent as the `X-Api-Key` header, per the security scheme `key "with" quotes`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `key "with" quotes`: API key in header `X-Api-Key`.
*/
export declare function createClient(options?: ClientOptions & {
	readonly credentials?: Credentials | undefined;
}): Client;
