import type { Encodings } from "./body.js";
import type { AuthTable, CredentialPolicy, GivenCredentials } from "./credentials.js";
import { withoutSecret } from "./redact.js";
import { type SuccessDecoder } from "./result.js";
import type { AuthSpec, CallOptions, ClientOptions, ClientWarning, HeadersOptions, Middleware, OperationSpec, RequiresInit } from "./types.js";
export { withoutSecret };
export type Fetch = (request: Request) => Promise<Response>;
export type ParamValues = Readonly<Record<string, unknown>> | undefined;
/** How one operation's parameters, body and answer are written and read, where the core's plain JSON is not enough. */
export interface Wire {
	readonly path?: (path: string, values: ParamValues, specs: OperationSpec["params"]) => string;
	readonly query?: (values: ParamValues, spec: OperationSpec, querystring: unknown) => string;
	readonly headers?: (values: ParamValues, specs: OperationSpec["params"]) => Record<string, string>;
	readonly cookies?: (values: ParamValues, specs: OperationSpec["params"]) => string | undefined;
	/** Tells the caller of cookie parameters that this runtime's fetch cannot send (a browser's). */
	readonly unsentCookies?: (operation: string, values: ParamValues, options: ClientOptions) => void;
	/** The body as sent, and the Content-Type it goes with (null: fetch's own, as for FormData): JSON (media.ts) or any media type (body.ts). */
	readonly body?: (value: unknown, contentType: string, encodings: Encodings | undefined) => {
		body: BodyInit;
		contentType: string | null;
	};
	/** Success bodies read otherwise than JSON/text/Blob (a stream), given the send and request to send again (a reconnection) and the call's `reconnect`. */
	readonly success?: (spec: OperationSpec, send: Send, outgoing: Outgoing, reconnect: CallOptions["reconnect"]) => SuccessDecoder;
	/** Raises a deprecated operation's warning (once). */
	readonly warn?: (warning: ClientWarning, options: ClientOptions) => void;
}
/** A part a transport adds to every call; `createClient` has them all, `createTransport` those it is given. */
export interface TransportFeature {
	readonly feature: "retries" | "methodOverride" | "serverDeprecations" | "validation" | "middleware";
	readonly wrapFetch?: (fetch: Fetch, options: ClientOptions, retry: CallOptions["retry"]) => Fetch;
	readonly onResponse?: (operation: string, response: Response, options: ClientOptions) => void;
	/** Looks at a call's request before anything is sent; throws to refuse it. */
	readonly checkRequest?: (operation: string, spec: OperationSpec, init: CallInit, options: ClientOptions) => void;
	/** Looks at a call's result, and may give another in its place. */
	readonly checkResult?: (operation: string, result: object, init: CallInit, options: ClientOptions) => object;
	/** Sends requests in place of the transport's own send (middleware.ts: the send that runs middleware). */
	readonly sender?: Sender;
}
export interface TransportDefaults {
	readonly baseUrl: string;
	readonly auth: AuthTable | undefined;
	/** For a query or cookie credential (runtime/auth.ts, emitted only for a document that has one), given its text. */
	readonly authMiddleware?: (auth: AuthSpec, text: string) => Middleware;
	/** Raises the warning (once) of a deprecated security scheme a call sends a credential by. */
	readonly warn?: (warning: ClientWarning, options: ClientOptions) => void;
	/** How the credentials are chosen and written (credentials.ts): every scheme's way, or one scheme's in less code; absent where the document has no scheme. */
	readonly policy?: CredentialPolicy;
	/** HTTP Basic's base64 (credentials.ts), given where the document has a Basic scheme. */
	readonly base64?: (text: string) => string;
}
/** The client's options and a credential per security scheme, which the generated client types by the document's schemes. */
export type TransportOptions = ClientOptions & {
	readonly credentials?: GivenCredentials | undefined;
};
export type CallInit = CallOptions & {
	headers?: HeadersOptions;
	signal?: AbortSignal | null;
	parseAs?: string;
	params?: {
		path?: ParamValues;
		query?: ParamValues;
		querystring?: unknown;
		header?: ParamValues;
		cookie?: ParamValues;
	};
	body?: unknown;
	contentType?: string;
	[key: string]: unknown;
};
/**
* One request as a call hands it to its send: the method as the document spells it (a send
* upper-cases it, as openapi-fetch does), the path template and its serialized form, the query
* string, the base URL (the call's own, else the transport's), the merged headers, the body as
* sent, fetch's other options, and how the answer is read.
*/
export interface Outgoing {
	readonly method: string;
	readonly schemaPath: string;
	readonly path: string;
	readonly query: string;
	readonly base: string;
	/** The path and query parameters as given: what openapi-fetch's middleware is shown. */
	readonly params: {
		readonly path?: ParamValues;
		readonly query?: ParamValues;
	};
	readonly headers: Headers;
	readonly body: BodyInit | undefined;
	readonly init: Readonly<Record<string, unknown>>;
	/** The call's own middleware, then the credential's (a query or cookie one). */
	readonly middleware: readonly Middleware[];
	readonly parseAs: string;
	readonly fetch: Fetch;
}
/** openapi-fetch's answer, and an error body's text as it arrived where the send kept it. */
export interface FetchAnswer {
	readonly data?: unknown;
	readonly error?: unknown;
	readonly response: Response;
	readonly text?: string;
}
/** One request sent, and its body read as `parseAs` says (openapi-fetch's reading). */
export type Send = (outgoing: Outgoing) => Promise<FetchAnswer>;
/** Makes a transport's send, given the client's middleware. */
export type Sender = (middleware: readonly Middleware[]) => Send;
/** The serializers openapi-fetch takes, giving what the call already wrote: what its middleware is shown as `options`. */
export declare function writtenSerializers(outgoing: Outgoing): {
	pathSerializer: (url: string) => string;
	querySerializer: () => string;
	bodySerializer: () => BodyInit | undefined;
};
/**
* A function of `<pkg>/operations`: the transport, then the request (optional when nothing in it is
* required), as one signature an editor shows on one line.
*/
export type OperationFunction<
	Request,
	Result
> = true extends RequiresInit<Request> ? (transport: Transport, init: Request) => Promise<Result> : (transport: Transport, init?: Request) => Promise<Result>;
/** What every call of a client or transport shares; the options and token live only here and in closures. */
export interface Transport {
	/** `init` is the operation's own request type (which an index signature would not accept), read as a CallInit. */
	call(name: string, spec: OperationSpec, init: object | undefined, wire: Wire): Promise<object>;
}
/** Every call's shared state: the send, the credentials, the features' fetch. */
export declare function createCallTransport(defaults: TransportDefaults, options: TransportOptions, features: readonly TransportFeature[], sender: Sender): Transport;
