import { bindOperations } from "./runtime/client-runtime.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://app.launchdarkly.com";
const OPERATIONS = {
	createIteration: {
		method: "POST",
		path: "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations",
		accept: "application/json",
		defaultHeaders: { "LD-API-Version": "20240415" },
		deprecation: {
			code: "OPENAPI_DEP_CREATE_ITERATION",
			message: "createIteration (POST /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations) is deprecated: use patchExperiment (PATCH /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}) with the updateExperimentFields or saveAndStartNewIteration instructions instead. See https://launchdarkly.com/docs/api/experiments/patch-experiment"
		}
	},
	patchExperiment: {
		method: "PATCH",
		path: "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}",
		requestContentType: "application/json; domain-model=launchdarkly.semanticpatch",
		accept: "application/json",
		defaultHeaders: { "LD-API-Version": "20240415" }
	}
};
/**
* Creates a client with one method per operation; see {@link ClientOptions}.
*
* `token` is sent as the `Authorization` header, per the security scheme `ApiKey`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `ApiKey`: API key in header `Authorization`. An access token, sent as the whole header value (no `Bearer` prefix).
*/
export function createClient(options = {}) {
	return bindOperations(OPERATIONS, {
		baseUrl: DEFAULT_BASE_URL,
		auth: {
			schemes: { ApiKey: {
				in: "header",
				name: "Authorization",
				prefix: ""
			} },
			defaultScheme: "ApiKey",
			security: [["ApiKey"]]
		}
	}, options);
}
