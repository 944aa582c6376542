import type { paths } from "./schema.js";
import type { Experiment, ForbiddenErrorRep, InvalidRequestErrorRep, IterationRep, NotFoundErrorRep, RateLimitedErrorRep, StatusConflictErrorRep, UnauthorizedErrorRep } from "./types.js";
import type * as Runtime from "./runtime/types.js";
/**
* A credential per security scheme, for `createClient({ credentials })`: each call sends the first of
* its operation's security requirements that every credential is given for.
*/
export type Credentials = {
	/** `ApiKey`: an API key, sent in the `Authorization` header. Also what `token` gives. */
	readonly ApiKey?: string | undefined;
};
/** The request of `createIteration` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type CreateIterationRequest = Runtime.OperationRequest<paths["/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations"], "POST">;
/** What `createIteration` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type CreateIterationResult = Runtime.Success<200, IterationRep> | Runtime.Failure<400, InvalidRequestErrorRep> | Runtime.Failure<401, UnauthorizedErrorRep> | Runtime.Failure<403, ForbiddenErrorRep> | Runtime.Failure<404, NotFoundErrorRep> | Runtime.Failure<429, RateLimitedErrorRep> | Runtime.Malformed | Runtime.Invalid;
/** The request of `patchExperiment` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type PatchExperimentRequest = Runtime.OperationRequest<paths["/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}"], "PATCH">;
/** What `patchExperiment` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type PatchExperimentResult = Runtime.Success<200, Experiment> | Runtime.Failure<400, InvalidRequestErrorRep> | Runtime.Failure<401, UnauthorizedErrorRep> | Runtime.Failure<403, ForbiddenErrorRep> | Runtime.Failure<404, NotFoundErrorRep> | Runtime.Failure<409, StatusConflictErrorRep> | Runtime.Failure<429, RateLimitedErrorRep> | Runtime.Malformed | Runtime.Invalid;
