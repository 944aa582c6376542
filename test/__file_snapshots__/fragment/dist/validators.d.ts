import type * as $types from "./types.js";
import type { paths as $paths } from "./schema.js";
import { type At as $At, type Validator as $Validator } from "./validators/standard.js";
export type { OperationValidators, StandardJSONSchemaV1, StandardSchemaV1, ValidationIssue, Validator } from "./validators/standard.js";
/** Checks a value against the `ArchiveExperimentInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ArchiveExperimentInstruction: $Validator<$types.ArchiveExperimentInstruction>;
/** Checks a value against the `CovariateInfoRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const CovariateInfoRep: $Validator<$types.CovariateInfoRep>;
/** Checks a value against the `DependentMetricGroupRepWithMetrics` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const DependentMetricGroupRepWithMetrics: $Validator<$types.DependentMetricGroupRepWithMetrics>;
/** Checks a value against the `DependentMetricOrMetricGroupRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const DependentMetricOrMetricGroupRep: $Validator<$types.DependentMetricOrMetricGroupRep>;
/** Checks a value against the `Experiment` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Experiment: $Validator<$types.Experiment>;
/** Checks a value against the `ExperimentFieldRemoval` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ExperimentFieldRemoval: $Validator<$types.ExperimentFieldRemoval>;
/** Checks a value against the `ExperimentFieldSet` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ExperimentFieldSet: $Validator<$types.ExperimentFieldSet>;
/** Checks a value against the `ExperimentFieldUpdate` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ExperimentFieldUpdate: $Validator<$types.ExperimentFieldUpdate>;
/** Checks a value against the `ExperimentFieldUpdates` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ExperimentFieldUpdates: $Validator<$types.ExperimentFieldUpdates>;
/** Checks a value against the `ExperimentInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ExperimentInstruction: $Validator<$types.ExperimentInstruction>;
/** Checks a value against the `ExperimentPatchInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ExperimentPatchInput: $Validator<$types.ExperimentPatchInput>;
/** Checks a value against the `FlagInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const FlagInput: $Validator<$types.FlagInput>;
/** Checks a value against the `FlagRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const FlagRep: $Validator<$types.FlagRep>;
/** Checks a value against the `ForbiddenErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ForbiddenErrorRep: $Validator<$types.ForbiddenErrorRep>;
/** Checks a value against the `InvalidRequestErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const InvalidRequestErrorRep: $Validator<$types.InvalidRequestErrorRep>;
/** Checks a value against the `IterationInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const IterationInput: $Validator<$types.IterationInput>;
/** Checks a value against the `IterationRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const IterationRep: $Validator<$types.IterationRep>;
/** Checks a value against the `LayerSnapshotRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const LayerSnapshotRep: $Validator<$types.LayerSnapshotRep>;
/** Checks a value against the `Link` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Link: $Validator<$types.Link>;
/** Checks a value against the `Links` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Links: $Validator<$types.Links>;
/** Checks a value against the `MetricInGroupRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const MetricInGroupRep: $Validator<$types.MetricInGroupRep>;
/** Checks a value against the `MetricInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const MetricInput: $Validator<$types.MetricInput>;
/** Checks a value against the `MetricKind` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const MetricKind: $Validator<$types.MetricKind>;
/** Checks a value against the `MetricV2Rep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const MetricV2Rep: $Validator<$types.MetricV2Rep>;
/** Checks a value against the `NotFoundErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const NotFoundErrorRep: $Validator<$types.NotFoundErrorRep>;
/** Checks a value against the `ParameterRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ParameterRep: $Validator<$types.ParameterRep>;
/** Checks a value against the `RateLimitedErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const RateLimitedErrorRep: $Validator<$types.RateLimitedErrorRep>;
/** Checks a value against the `RestoreExperimentInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const RestoreExperimentInstruction: $Validator<$types.RestoreExperimentInstruction>;
/** Checks a value against the `SaveAndStartNewIterationInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const SaveAndStartNewIterationInstruction: $Validator<$types.SaveAndStartNewIterationInstruction>;
/** Checks a value against the `StartIterationInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const StartIterationInstruction: $Validator<$types.StartIterationInstruction>;
/** Checks a value against the `StatusConflictErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const StatusConflictErrorRep: $Validator<$types.StatusConflictErrorRep>;
/** Checks a value against the `StopIterationInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const StopIterationInstruction: $Validator<$types.StopIterationInstruction>;
/** Checks a value against the `TreatmentInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const TreatmentInput: $Validator<$types.TreatmentInput>;
/** Checks a value against the `TreatmentParameterInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const TreatmentParameterInput: $Validator<$types.TreatmentParameterInput>;
/** Checks a value against the `TreatmentRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const TreatmentRep: $Validator<$types.TreatmentRep>;
/** Checks a value against the `UnauthorizedErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const UnauthorizedErrorRep: $Validator<$types.UnauthorizedErrorRep>;
/** Checks a value against the `UnitAggregationType` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const UnitAggregationType: $Validator<$types.UnitAggregationType>;
/** Checks a value against the `UnixMillis` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const UnixMillis: $Validator<$types.UnixMillis>;
/** Checks a value against the `UpdateDescriptionInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const UpdateDescriptionInstruction: $Validator<$types.UpdateDescriptionInstruction>;
/** Checks a value against the `UpdateExperimentFieldsInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const UpdateExperimentFieldsInstruction: $Validator<$types.UpdateExperimentFieldsInstruction>;
/** Checks a value against the `UpdateNameInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const UpdateNameInstruction: $Validator<$types.UpdateNameInstruction>;
type $O0 = $At<$paths, ["/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations", "post"]>;
/** The validators of `createIteration`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const createIterationValidators: {
	readonly params: $Validator<NonNullable<$At<$O0, ["parameters"]>>>;
	readonly body: {
		readonly "application/json": $Validator<$At<$O0, ["requestBody", "content", "application/json"]>>;
	};
	readonly responses: {
		readonly "200": {
			readonly "application/json": $Validator<$At<$O0, ["responses", 200, "content", "application/json"]>>;
		};
		readonly "400": {
			readonly "application/json": $Validator<$At<$O0, ["responses", 400, "content", "application/json"]>>;
		};
		readonly "401": {
			readonly "application/json": $Validator<$At<$O0, ["responses", 401, "content", "application/json"]>>;
		};
		readonly "403": {
			readonly "application/json": $Validator<$At<$O0, ["responses", 403, "content", "application/json"]>>;
		};
		readonly "404": {
			readonly "application/json": $Validator<$At<$O0, ["responses", 404, "content", "application/json"]>>;
		};
		readonly "429": {
			readonly "application/json": $Validator<$At<$O0, ["responses", 429, "content", "application/json"]>>;
		};
	};
};
type $O1 = $At<$paths, ["/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}", "patch"]>;
/** The validators of `patchExperiment`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const patchExperimentValidators: {
	readonly params: $Validator<NonNullable<$At<$O1, ["parameters"]>>>;
	readonly body: {
		readonly "application/json; domain-model=launchdarkly.semanticpatch": $Validator<$At<$O1, ["requestBody", "content", "application/json; domain-model=launchdarkly.semanticpatch"]>>;
	};
	readonly responses: {
		readonly "200": {
			readonly "application/json": $Validator<$At<$O1, ["responses", 200, "content", "application/json"]>>;
		};
		readonly "400": {
			readonly "application/json": $Validator<$At<$O1, ["responses", 400, "content", "application/json"]>>;
		};
		readonly "401": {
			readonly "application/json": $Validator<$At<$O1, ["responses", 401, "content", "application/json"]>>;
		};
		readonly "403": {
			readonly "application/json": $Validator<$At<$O1, ["responses", 403, "content", "application/json"]>>;
		};
		readonly "404": {
			readonly "application/json": $Validator<$At<$O1, ["responses", 404, "content", "application/json"]>>;
		};
		readonly "409": {
			readonly "application/json": $Validator<$At<$O1, ["responses", 409, "content", "application/json"]>>;
		};
		readonly "429": {
			readonly "application/json": $Validator<$At<$O1, ["responses", 429, "content", "application/json"]>>;
		};
	};
};
/** Every operation's validators, by method name: `createClient({ validate: { with: operationValidators } })`. */
export declare const operationValidators: {
	readonly createIteration: typeof createIterationValidators;
	readonly patchExperiment: typeof patchExperimentValidators;
};
