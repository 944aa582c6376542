import { createCallTransport } from "./runtime/call.js";
import { createSend } from "./runtime/send.js";
import { jsonBody as $jsonBody } from "./runtime/media.js";
import { plainHeaders as $plainHeaders, plainPath as $plainPath } from "./runtime/params-plain.js";
import { warnOnce as $warnOnce } from "./runtime/warnings.js";
import { oneScheme } from "./runtime/credentials.js";
export { methodOverride, middleware, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://app.launchdarkly.com";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override, server deprecation notices and openapi-fetch's middleware are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations, middleware)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`, `middleware`) is refused.
*
* `token` is sent as the `Authorization` header, per the security scheme `ApiKey`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `ApiKey`: API key in header `Authorization`. An access token, sent as the whole header value (no `Bearer` prefix).
*/
export function createTransport(options = {}, ...features) {
	return createCallTransport({
		baseUrl: DEFAULT_BASE_URL,
		auth: {
			schemes: { ApiKey: {
				in: "header",
				name: "Authorization",
				prefix: ""
			} },
			defaultScheme: "ApiKey",
			security: [["ApiKey"]]
		},
		policy: oneScheme
	}, options, features, createSend);
}
/**
* Create iteration
*
* `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations` (errors: 400, 401, 403, 404, 429)
*
* **Deprecated**: This endpoint will be removed in a future version. Use the
* `updateExperimentFields` and `saveAndStartNewIteration` instructions on
* [Update experiment](https://launchdarkly.com/docs/api/experiments/patch-experiment) instead.
*
* Create an experiment iteration. Experiment iterations let you record experiments in
* individual blocks of time. Initially, iterations are created with a status of
* `not_started` and appear in the `draftIteration` field of an experiment. To start or stop
* an iteration, update the experiment with the `startIteration` or `stopIteration`
* instruction.
* @deprecated Use {@link Client.patchExperiment} (`PATCH /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}`) with the `updateExperimentFields` or `saveAndStartNewIteration` instructions instead.
* @see https://launchdarkly.com/docs/api/experiments/patch-experiment
*/
export const createIteration = (transport, init) => transport.call("createIteration", {
	method: "POST",
	path: "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations",
	accept: "application/json",
	defaultHeaders: { "LD-API-Version": "20240415" },
	deprecation: {
		code: "OPENAPI_DEP_CREATE_ITERATION",
		message: "createIteration (POST /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations) is deprecated: use patchExperiment (PATCH /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}) with the updateExperimentFields or saveAndStartNewIteration instructions instead. See https://launchdarkly.com/docs/api/experiments/patch-experiment"
	}
}, init, {
	path: $plainPath,
	headers: $plainHeaders,
	body: $jsonBody,
	warn: $warnOnce
});
/**
* Update experiment
*
* `PATCH /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}` (errors: 400, 401, 403, 404, 409, 429)
*
* Update an experiment with semantic-patch instructions. The request's `Content-Type` must
* be `application/json; domain-model=launchdarkly.semanticpatch`; sent as plain
* `application/json` the body is read as a JSON Patch and rejected.
*
* `updateExperimentFields` updates fields of the experiment or of its current iteration;
* `saveAndStartNewIteration` stops the running iteration, creates a new one from it with
* the field updates applied, and starts it. Which fields and operations are allowed depends
* on the iteration's status (ask *Get experiment* with `expand=mutableFieldsByStatus`).
*/
export const patchExperiment = (transport, init) => transport.call("patchExperiment", {
	method: "PATCH",
	path: "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}",
	requestContentType: "application/json; domain-model=launchdarkly.semanticpatch",
	accept: "application/json",
	defaultHeaders: { "LD-API-Version": "20240415" }
}, init, {
	path: $plainPath,
	headers: $plainHeaders,
	body: $jsonBody
});
