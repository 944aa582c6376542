import { withRetries } from "./retry.js";
import { overriddenMethods, withMethodOverride } from "./transport.js";
import { warnServerDeprecation } from "./warnings.js";
/** Retries on 429 (any method), and on network errors and 502/503/504 (idempotent methods), as the `retry` options say. */
export const retries = {
	feature: "retries",
	wrapFetch: (fetch, options, retry) => withRetries(fetch, retry ?? options.retry ?? {})
};
/** The methods `methodOverride` names sent as POST with `X-HTTP-Method-Override`. */
export const methodOverride = {
	feature: "methodOverride",
	wrapFetch: (fetch, options) => withMethodOverride(fetch, overriddenMethods(options.methodOverride))
};
/** A response's `Deprecation`/`Sunset` headers warn once per operation. */
export const serverDeprecations = {
	feature: "serverDeprecations",
	onResponse: warnServerDeprecation
};
/** openapi-fetch's middleware (`options.middleware`, a call's `middleware`), run as openapi-fetch runs it. */
export { middleware } from "./middleware.js";
/** Checks requests and responses with the validators the `validate` option names (`<pkg>/validators`). */
export { validation } from "./validation.js";
