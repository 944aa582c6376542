import { type HeadersOptions, type Middleware } from "openapi-fetch";
import type { Encodings } from "./body.js";
import { type AuthTable, type GivenCredentials } from "./credentials.js";
import { type SuccessDecoder } from "./result.js";
import type { AuthSpec, CallOptions, ClientOptions, ClientWarning, OperationSpec, RequiredKeys } from "./types.js";
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
	/** A body of any other media type than JSON, and the Content-Type it goes with (null: fetch's own, as for FormData). */
	readonly body?: (value: unknown, contentType: string, encodings: Encodings | undefined) => {
		body: BodyInit;
		contentType: string | null;
	};
	/** Success bodies read otherwise than JSON/text/Blob (a stream), given how to send the request again (a reconnection) and the call's `reconnect`. */
	readonly success?: (spec: OperationSpec, resend: (headers: Record<string, string>) => Promise<Response>, reconnect: CallOptions["reconnect"]) => SuccessDecoder;
	/** Raises a deprecated operation's warning (once). */
	readonly warn?: (warning: ClientWarning, options: ClientOptions) => void;
}
/** A part a transport adds to every call; `createClient` has them all, `createTransport` those it is given. */
export interface TransportFeature {
	readonly feature: "retries" | "methodOverride" | "serverDeprecations" | "validation";
	readonly wrapFetch?: (fetch: Fetch, options: ClientOptions, retry: CallOptions["retry"]) => Fetch;
	readonly onResponse?: (operation: string, response: Response, options: ClientOptions) => void;
	/** Looks at a call's request before anything is sent; throws to refuse it. */
	readonly checkRequest?: (operation: string, spec: OperationSpec, init: CallInit, options: ClientOptions) => void;
	/** Looks at a call's result, and may give another in its place. */
	readonly checkResult?: (operation: string, result: object, init: CallInit, options: ClientOptions) => object;
}
export interface TransportDefaults {
	readonly baseUrl: string;
	readonly auth: AuthTable | undefined;
	/** For a query or cookie credential (runtime/auth.ts, emitted only for a document that has one), given its text. */
	readonly authMiddleware?: (auth: AuthSpec, text: string) => Middleware;
	/** Raises the warning (once) of a deprecated security scheme a call sends a credential by. */
	readonly warn?: (warning: ClientWarning, options: ClientOptions) => void;
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
* A function of `<pkg>/operations`: the transport, then the request (optional when nothing in it is
* required), as one signature an editor shows on one line.
*/
export type OperationFunction<
	Request,
	Result
> = RequiredKeys<Request> extends never ? (transport: Transport, init?: Request) => Promise<Result> : (transport: Transport, init: Request) => Promise<Result>;
/** What every call of a client or transport shares; the options and token live only here and in closures. */
export interface Transport {
	/** `init` is the operation's own request type (which an index signature would not accept), read as a CallInit. */
	call(name: string, spec: OperationSpec, init: object | undefined, wire: Wire): Promise<object>;
}
/** The caller's signal and the timeout, as one signal; undefined when there is neither. */
export declare function callSignal(signal: AbortSignal | null | undefined, timeoutMs: number | undefined): AbortSignal | undefined;
/** An error whose text mentions a secret is replaced by one that does not (and has no cause to leak it through). */
export declare function withoutSecret(error: unknown, secrets: readonly string[]): unknown;
/** Every call's shared state: openapi-fetch's client, the credential, the features' fetch. */
export declare function createCallTransport(defaults: TransportDefaults, options: TransportOptions, features: readonly TransportFeature[]): Transport;
