import { type ClientForPath, type HeadersOptions, type Middleware } from "openapi-fetch";
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
type AnyMediaType = `${string}/${string}`;
/**
 * One operation's method: openapi-fetch's options (`{ params: { path, query, header }, body, signal }`)
 * in, `{ data, error, response }` out, with `error` the union of the operation's error bodies.
 */
export type OperationMethod<PathItem extends Record<string, any>, Method extends HttpMethod> = ClientForPath<PathItem, AnyMediaType>[Method];
export interface OperationSpec {
    readonly method: HttpMethod;
    readonly path: string;
    /** Sent as Content-Type when the request body is not plain JSON (e.g. a semantic patch). */
    readonly requestContentType?: string;
    readonly deprecation?: {
        readonly code: string;
        readonly message: string;
    };
}
export type OperationTable<C> = {
    readonly [Name in keyof C]: OperationSpec;
};
export interface AuthSpec {
    readonly in: "header" | "query" | "cookie";
    readonly name: string;
    readonly prefix: string;
}
/** A warning the client raises, e.g. the first call of a deprecated operation. */
export interface ClientWarning {
    readonly code: string;
    readonly message: string;
    readonly operation: string;
}
export interface ClientOptions {
    /** Defaults to the spec's first server. */
    baseUrl?: string;
    /** Access token, placed where the spec's security scheme says. Never logged or exposed on the client. */
    token?: string;
    /** Extra headers sent with every request. */
    headers?: HeadersOptions;
    /** A fetch implementation (defaults to `globalThis.fetch`). */
    fetch?: (input: Request) => Promise<Response>;
    /** openapi-fetch middleware, applied in order. */
    middleware?: readonly Middleware[];
    /** Set to false to silence deprecation warnings. Default true. */
    deprecationWarnings?: boolean;
    /** Receives warnings instead of `process.emitWarning` / `console.warn`. */
    onWarning?: (warning: ClientWarning) => void;
}
/** Raises a warning once per process and code: to `onWarning`, else `process.emitWarning`, else `console.warn`. */
export declare function warnOnce(warning: ClientWarning, options: ClientOptions): void;
interface Defaults {
    readonly baseUrl: string;
    readonly auth: AuthSpec | undefined;
}
/** Builds the client object: one method per entry of the table, each a call through openapi-fetch. */
export declare function bindOperations<C>(table: OperationTable<C>, defaults: Defaults, options: ClientOptions): C;
export {};
