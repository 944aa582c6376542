import type { paths } from "./schema.js";
import type { Proto, Schema123start } from "./types.js";
import type * as Runtime from "./runtime/types.js";
/**
* A credential per security scheme, for `createClient({ credentials })`: each call sends the first of
* its operation's security requirements that every credential is given for.
*/
export type Credentials = {
	/** `key "with" quotes`: an API key, sent in the `X-Api-Key` header. Also what `token` gives. */
	readonly "key \"with\" quotes"?: string | undefined;
};
/** The request of `constructorOperation` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type ConstructorOperationRequest = Runtime.OperationRequest<paths["/weird/'quote'/{id}"], "POST">;
/** What `constructorOperation` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type ConstructorOperationResult = Runtime.Success<200, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of `delete` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type DeleteRequest = Runtime.OperationRequest<paths["/items/{item-id}"], "DELETE">;
/** What `delete` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type DeleteResult = Runtime.Success<204, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of `getItem` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type GetItemRequest = Runtime.OperationRequest<paths["/items/{item-id}"], "PUT">;
/** What `getItem` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type GetItemResult = Runtime.Success<200, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of `getItem2` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type GetItem2Request = Runtime.OperationRequest<paths["/items/{item-id}"], "GET">;
/** What `getItem2` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type GetItem2Result = Runtime.Success<200, Proto> | Runtime.Malformed | Runtime.Invalid;
/** The request of `op123go` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type Op123goRequest = Runtime.OperationRequest<paths["/weird/'quote'/{id}"], "GET">;
/** What `op123go` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type Op123goResult = Runtime.Success<200, Schema123start> | Runtime.Malformed | Runtime.Invalid;
/** The request of `proto` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type ProtoRequest = Runtime.OperationRequest<paths["/weird/'quote'/{id}"], "PATCH">;
/** What `proto` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type ProtoResult = Runtime.Success<200, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of `quoteOpBack` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type QuoteOpBackRequest = Runtime.OperationRequest<paths["/weird/'quote'/{id}"], "OPTIONS">;
/** What `quoteOpBack` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type QuoteOpBackResult = Runtime.Success<200, undefined> | Runtime.Malformed | Runtime.Invalid;
