import type { TransportFeature } from "./call.js";
/** Retries on 429 (any method), and on network errors and 502/503/504 (idempotent methods), as the `retry` options say. */
export declare const retries: TransportFeature;
/** The methods `methodOverride` names sent as POST with `X-HTTP-Method-Override`. */
export declare const methodOverride: TransportFeature;
/** A response's `Deprecation`/`Sunset` headers warn once per operation. */
export declare const serverDeprecations: TransportFeature;
/** openapi-fetch's middleware (`options.middleware`, a call's `middleware`), run as openapi-fetch runs it. */
export { middleware } from "./middleware.js";
/** Checks requests and responses with the validators the `validate` option names (`<pkg>/validators`). */
export { validation } from "./validation.js";
