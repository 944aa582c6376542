import type { paths } from "./schema.js";
import type { Proto, Schema123start } from "./types.js";
import type { ClientOptions } from "./runtime/types.js";
import type * as Runtime from "./runtime/types.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "http://127.0.0.1:1/base\"quote";
/**
* A credential per security scheme, for `createClient({ credentials })`: each call sends the first of
* its operation's security requirements that every credential is given for.
*/
export type Credentials = {
	/** `key "with" quotes`: an API key, sent in the `X-Api-Key` header. Also what `token` gives. */
	readonly "key \"with\" quotes"?: string | undefined;
};
/** The request of {@link Client.constructorOperation}: `params` (path, query, header), `body`, and per-call options. */
export type ConstructorOperationRequest = Runtime.OperationRequest<paths["/weird/'quote'/{id}"], "POST">;
/** What {@link Client.constructorOperation} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type ConstructorOperationResult = Runtime.Success<200, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.delete}: `params` (path, query, header), `body`, and per-call options. */
export type DeleteRequest = Runtime.OperationRequest<paths["/items/{item-id}"], "DELETE">;
/** What {@link Client.delete} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type DeleteResult = Runtime.Success<204, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.getItem}: `params` (path, query, header), `body`, and per-call options. */
export type GetItemRequest = Runtime.OperationRequest<paths["/items/{item-id}"], "PUT">;
/** What {@link Client.getItem} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type GetItemResult = Runtime.Success<200, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.getItem2}: `params` (path, query, header), `body`, and per-call options. */
export type GetItem2Request = Runtime.OperationRequest<paths["/items/{item-id}"], "GET">;
/** What {@link Client.getItem2} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type GetItem2Result = Runtime.Success<200, Proto> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.op123go}: `params` (path, query, header), `body`, and per-call options. */
export type Op123goRequest = Runtime.OperationRequest<paths["/weird/'quote'/{id}"], "GET">;
/** What {@link Client.op123go} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type Op123goResult = Runtime.Success<200, Schema123start> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.proto}: `params` (path, query, header), `body`, and per-call options. */
export type ProtoRequest = Runtime.OperationRequest<paths["/weird/'quote'/{id}"], "PATCH">;
/** What {@link Client.proto} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type ProtoResult = Runtime.Success<200, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.quoteOpBack}: `params` (path, query, header), `body`, and per-call options. */
export type QuoteOpBackRequest = Runtime.OperationRequest<paths["/weird/'quote'/{id}"], "OPTIONS">;
/** What {@link Client.quoteOpBack} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type QuoteOpBackResult = Runtime.Success<200, undefined> | Runtime.Malformed | Runtime.Invalid;
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
