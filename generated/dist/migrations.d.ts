import type { Client, CreateIterationRequest, PatchExperimentRequest, PatchExperimentResult } from "./client.js";
import { type SelectedResult } from "./runtime/migration.js";
export interface MigrateCreateIterationOptions {
	/** Which instruction to send (default `draft`). */
	mode?: "draft" | "start";
	/** Why the change is made; sent where the chosen mode takes it. */
	changeJustification?: string;
	/** A comment recorded with the change. */
	comment?: string;
}
/**
* Turns a `createIteration` request into the equivalent `patchExperiment` request: every field of the body becomes an `update` operation on the field of the same name. Use it as `client.patchExperiment(migrateCreateIteration(request, options))`.
*
* Modes (`options.mode`):
* - `draft` (default) sends `updateExperimentFields`: The experiment keeps its current iteration: the fields are updated in place (on the draft iteration while the experiment has not started).
* - `start` sends `saveAndStartNewIteration`: The running iteration stops, a new one is created from it with these fields, and it starts: one call instead of create + startIteration.
*
* createIteration answers the new IterationRep; patchExperiment answers the whole Experiment: read the iteration from `draftIteration` (draft) or `currentIteration` (start).
*/
export declare function migrateCreateIteration(request: CreateIterationRequest, options?: MigrateCreateIterationOptions): PatchExperimentRequest;
/** What `createIterationViaPatchExperiment` resolves to: `patchExperiment`'s result, with a successful `data` read from `draftIteration` (draft), `currentIteration` (start) of its body, as `createIteration` answered it, and the whole body as `fullData`. */
export type CreateIterationViaPatchExperimentResult = SelectedResult<PatchExperimentResult, "draftIteration" | "currentIteration">;
/** Does what `createIteration` did, through `patchExperiment`: sends `migrateCreateIteration(request, options)` and resolves to `createIteration`'s answer, read from `draftIteration` (draft), `currentIteration` (start) of `patchExperiment`'s answer. Code that reads `data` keeps its meaning; the whole answer is `fullData`. Errors are `patchExperiment`'s. */
export declare function createIterationViaPatchExperiment(client: Pick<Client, "patchExperiment">, request: CreateIterationRequest, options?: MigrateCreateIterationOptions): Promise<CreateIterationViaPatchExperimentResult>;
