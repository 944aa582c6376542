import { fieldUpdates, selectData } from "./runtime/migration.js";
/**
* Turns a `createIteration` request into the equivalent `patchExperiment` request: every field of the body becomes an `update` operation on the field of the same name. Use it as `client.patchExperiment(migrateCreateIteration(request, options))`.
*
* Modes (`options.mode`):
* - `draft` (default) sends `updateExperimentFields`: The experiment keeps its current iteration: the fields are updated in place (on the draft iteration while the experiment has not started).
* - `start` sends `saveAndStartNewIteration`: The running iteration stops, a new one is created from it with these fields, and it starts: one call instead of create + startIteration.
*
* createIteration answers the new IterationRep; patchExperiment answers the whole Experiment: read the iteration from `draftIteration` (draft) or `currentIteration` (start).
*/
export function migrateCreateIteration(request, options = {}) {
	const { params, body, ...rest } = request;
	const value = fieldUpdates(body ?? {}, "update");
	const mode = options.mode ?? "draft";
	const instruction = {};
	switch (mode) {
		case "draft":
			instruction.kind = "updateExperimentFields";
			break;
		case "start":
			instruction.kind = "saveAndStartNewIteration";
			if (options.changeJustification !== undefined) instruction["changeJustification"] = options.changeJustification;
			break;
	}
	instruction["value"] = value;
	const patch = { instructions: [instruction] };
	if (options.comment !== undefined) patch["comment"] = options.comment;
	return {
		...rest,
		params,
		body: patch
	};
}
/** Where each mode's answer holds what `createIteration` answered. */
const CREATE_ITERATION_RESULT_PROPERTIES = {
	draft: "draftIteration",
	start: "currentIteration"
};
/** Does what `createIteration` did, through `patchExperiment`: sends `migrateCreateIteration(request, options)` and resolves to `createIteration`'s answer, read from `draftIteration` (draft), `currentIteration` (start) of `patchExperiment`'s answer. Code that reads `data` keeps its meaning; the whole answer is `fullData`. Errors are `patchExperiment`'s. */
export function createIterationViaPatchExperiment(client, request, options = {}) {
	const property = CREATE_ITERATION_RESULT_PROPERTIES[options.mode ?? "draft"];
	return selectData(client.patchExperiment(migrateCreateIteration(request, options)), property);
}
