import type { HttpMethod } from "./types.js";
type Fetch = (request: Request) => Promise<Response>;
/** Sends the listed methods as POST with `X-HTTP-Method-Override: <method>`. */
export declare function withMethodOverride(fetchImpl: Fetch, methods: ReadonlySet<string>): Fetch;
export declare function overriddenMethods(option: boolean | readonly HttpMethod[] | undefined): Set<string>;
/** The caller's signal and the timeout, as one signal; undefined when there is neither. */
export declare function callSignal(signal: AbortSignal | null | undefined, timeoutMs: number | undefined): AbortSignal | undefined;
/** An error whose text mentions the token is replaced by one that does not (and has no cause to leak it through). */
export declare function withoutSecret(error: unknown, secret: string | undefined): unknown;
export {};
