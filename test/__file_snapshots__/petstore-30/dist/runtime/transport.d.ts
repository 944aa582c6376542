import type { HttpMethod } from "./types.js";
type Fetch = (request: Request) => Promise<Response>;
/** Sends the listed methods as POST with `X-HTTP-Method-Override: <method>`. */
export declare function withMethodOverride(fetchImpl: Fetch, methods: ReadonlySet<string>): Fetch;
export declare function overriddenMethods(option: boolean | readonly HttpMethod[] | undefined): Set<string>;
export {};
