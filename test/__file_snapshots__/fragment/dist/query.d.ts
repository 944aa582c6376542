import type { Transport } from "./runtime/call.js";
import type * as $client from "./client.js";
import type * as Query from "./query/options.js";
export { createTransport, type Transport } from "./operations.js";
export { OperationError } from "./query/options.js";
export type { DataOf, ErrorOf, KeyParams, OperationInfiniteQueryOptions, OperationMutationOptions, OperationQueryOptions, QueryKeyFamily, QueryKeyOf, QueryKeyPart } from "./query/options.js";
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
export declare function createIterationMutationOptions(transport: Transport): Query.OperationMutationOptions<"createIteration", Query.VariablesOf<$client.CreateIterationRequest>, Query.DataOf<$client.CreateIterationResult>, Query.ErrorOf<$client.CreateIterationResult>>;
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
export declare function patchExperimentMutationOptions(transport: Transport): Query.OperationMutationOptions<"patchExperiment", Query.VariablesOf<$client.PatchExperimentRequest>, Query.DataOf<$client.PatchExperimentResult>, Query.ErrorOf<$client.PatchExperimentResult>>;
