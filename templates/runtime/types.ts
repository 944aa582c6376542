// The types of the generated client: options, per-call options, and results narrowable by status.
import type { HeadersOptions, MaybeOptionalInit, Middleware } from "openapi-fetch";
import type { ResponseParseError } from "./result.js";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

export interface RetryOptions {
  /** Attempts in all, the first included. Default 4. */
  maxAttempts?: number;
  /** No retry starts once this much time has passed since the first attempt. Default 60 000 ms. */
  maxElapsedMs?: number;
  /** First backoff step; doubles per attempt, with full jitter. Default 500 ms. */
  baseDelayMs?: number;
  /** Largest backoff step (a server's Retry-After is honoured even when longer). Default 30 000 ms. */
  maxDelayMs?: number;
}

/** Options any single call may add to openapi-fetch's. */
export interface CallOptions {
  /** Abort the whole call (retries included) after this long. Overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retry policy for this call, or `false` for none. Overrides the client's `retry`. */
  retry?: RetryOptions | false;
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
  /** Extra headers sent with every request; they override the spec's header defaults. */
  headers?: HeadersOptions;
  /** A fetch implementation (defaults to `globalThis.fetch`). */
  fetch?: (input: Request) => Promise<Response>;
  /** openapi-fetch middleware, applied in order. */
  middleware?: readonly Middleware[];
  /** Retries on 429 (any method), and on network errors and 502/503/504 (idempotent methods). `false` turns them off. */
  retry?: RetryOptions | false;
  /** Abort each call (retries included) after this long. Default: no timeout. */
  timeoutMs?: number;
  /** Send these methods as POST with `X-HTTP-Method-Override` (`true`: PATCH, PUT and DELETE), for proxies that block them. */
  methodOverride?: boolean | readonly HttpMethod[];
  /** Set to false to silence deprecation warnings. Default true. */
  deprecationWarnings?: boolean;
  /** Receives warnings instead of `process.emitWarning` / `console.warn`. */
  onWarning?: (warning: ClientWarning) => void;
}

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type InitArgs<Init> = RequiredKeys<Init> extends never ? [(Init & CallOptions)?] : [Init & CallOptions];

type Responses<Operation> = Operation extends { responses: infer R } ? R : Record<never, never>;
type Body<Response> = Response extends { content: infer Content } ? Content[keyof Content] : undefined;
type Status<Key> = Key extends number ? Key : number;
type IsSuccess<Key> = `${Key & (string | number)}` extends `2${string}` ? true : false;

/**
 * What a call resolves to: one member per documented status, so `switch (result.status)` gives the
 * body type of that status (`data` for 2xx, `error` otherwise). A body that is not valid JSON gives
 * `malformed: true` with a {@link ResponseParseError}; check it first.
 */
export type OperationResult<Operation> =
  | {
      [Key in keyof Responses<Operation>]: IsSuccess<Key> extends true
        ? { status: Status<Key>; data: Body<Responses<Operation>[Key]>; error?: never; malformed?: false; response: Response }
        : { status: Status<Key>; error: Body<Responses<Operation>[Key]>; data?: never; malformed?: false; response: Response };
    }[keyof Responses<Operation>]
  | { status: number; error: ResponseParseError; data?: never; malformed: true; response: Response };

/**
 * One operation's method: openapi-fetch's options (`{ params: { path, query, header }, body, signal }`)
 * plus {@link CallOptions} in, an {@link OperationResult} out.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OperationMethod<PathItem extends Record<string, any>, Method extends HttpMethod> = <
  Init extends MaybeOptionalInit<PathItem, Lowercase<Method> & keyof PathItem>,
>(
  ...init: InitArgs<Init>
) => Promise<OperationResult<PathItem[Lowercase<Method>]>>;

export interface OperationSpec {
  readonly method: HttpMethod;
  readonly path: string;
  /** Sent as Content-Type when the request body is not plain JSON (e.g. a semantic patch). */
  readonly requestContentType?: string;
  /** Header values the spec gives as defaults (e.g. an API version); caller headers win. */
  readonly defaultHeaders?: Readonly<Record<string, string>>;
  readonly deprecation?: { readonly code: string; readonly message: string };
}

export type OperationTable<C> = { readonly [Name in keyof C]: OperationSpec };

export interface AuthSpec {
  readonly in: "header" | "query" | "cookie";
  readonly name: string;
  readonly prefix: string;
}
