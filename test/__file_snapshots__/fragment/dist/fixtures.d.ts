import { type Branch, type DeepPartial, type FixtureOptions, type TagOf } from "./fixtures/build.js";
import { type BodyOf, type OperationFixture, type OperationFixtureOptions, type StatusOf, type SuccessStatusOf } from "./fixtures/operations.js";
import type { CreateIterationResult, PatchExperimentResult } from "./operation-types.js";
import type { ArchiveExperimentInstruction, CovariateInfoRep, DependentMetricGroupRepWithMetrics, DependentMetricOrMetricGroupRep, Experiment, ExperimentFieldRemoval, ExperimentFieldSet, ExperimentFieldUpdate, ExperimentFieldUpdates, ExperimentInstruction, ExperimentPatchInput, FlagInput, FlagRep, ForbiddenErrorRep, InvalidRequestErrorRep, IterationInput, IterationRep, LayerSnapshotRep, Link, Links, MetricInGroupRep, MetricInput, MetricKind, MetricV2Rep, NotFoundErrorRep, ParameterRep, RateLimitedErrorRep, RestoreExperimentInstruction, SaveAndStartNewIterationInstruction, StartIterationInstruction, StatusConflictErrorRep, StopIterationInstruction, TreatmentInput, TreatmentParameterInput, TreatmentRep, UnauthorizedErrorRep, UnitAggregationType, UnixMillis, UpdateDescriptionInstruction, UpdateExperimentFieldsInstruction, UpdateNameInstruction } from "./types.js";
export { mergeOverrides, resetFixtureSequence, type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
export type { BodyOf, OperationFixture, OperationFixtureOptions, StatusOf, SuccessStatusOf } from "./fixtures/operations.js";
/** Each operation's result type, by method name: what {@link fixtureFor} types its bodies from. */
export interface OperationResults {
	createIteration: CreateIterationResult;
	patchExperiment: PatchExperimentResult;
}
/**
* A response of one operation for one documented status (default: its first 2xx), for any mocking
* tool: `{ operationId, method, path, status, headers, body }`, `url(pathParams, baseUrl?)` and
* `matches(url)`. `body` is typed as that status's response; `options.body` is a deep-partial
* override and the rest comes from the schema, deterministic per `options.seed` (as the builders).
* For example `fixtureFor("patchExperiment", { status: 404 })`.
*/
export declare function fixtureFor<
	Name extends keyof OperationResults,
	Status extends StatusOf<OperationResults[Name]> = SuccessStatusOf<OperationResults[Name]> & StatusOf<OperationResults[Name]>
>(operation: Name, options?: OperationFixtureOptions<Status, BodyOf<OperationResults[Name], Status>>): OperationFixture<BodyOf<OperationResults[Name], Status>, Status & number>;
/** A `ArchiveExperimentInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildArchiveExperimentInstruction(overrides?: DeepPartial<ArchiveExperimentInstruction>, options?: FixtureOptions<never>): ArchiveExperimentInstruction;
/** `count` values of {@link buildArchiveExperimentInstruction}, each with its own ids. */
export declare function buildArchiveExperimentInstructionList(count: number, overrides?: DeepPartial<ArchiveExperimentInstruction>, options?: FixtureOptions<never>): ArchiveExperimentInstruction[];
/** A `CovariateInfoRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildCovariateInfoRep(overrides?: DeepPartial<CovariateInfoRep>, options?: FixtureOptions<never>): CovariateInfoRep;
/** `count` values of {@link buildCovariateInfoRep}, each with its own ids. */
export declare function buildCovariateInfoRepList(count: number, overrides?: DeepPartial<CovariateInfoRep>, options?: FixtureOptions<never>): CovariateInfoRep[];
/** A `DependentMetricGroupRepWithMetrics` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildDependentMetricGroupRepWithMetrics(overrides?: DeepPartial<DependentMetricGroupRepWithMetrics>, options?: FixtureOptions<never>): DependentMetricGroupRepWithMetrics;
/** `count` values of {@link buildDependentMetricGroupRepWithMetrics}, each with its own ids. */
export declare function buildDependentMetricGroupRepWithMetricsList(count: number, overrides?: DeepPartial<DependentMetricGroupRepWithMetrics>, options?: FixtureOptions<never>): DependentMetricGroupRepWithMetrics[];
/** A `DependentMetricOrMetricGroupRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildDependentMetricOrMetricGroupRep(overrides?: DeepPartial<DependentMetricOrMetricGroupRep>, options?: FixtureOptions<never>): DependentMetricOrMetricGroupRep;
/** `count` values of {@link buildDependentMetricOrMetricGroupRep}, each with its own ids. */
export declare function buildDependentMetricOrMetricGroupRepList(count: number, overrides?: DeepPartial<DependentMetricOrMetricGroupRep>, options?: FixtureOptions<never>): DependentMetricOrMetricGroupRep[];
/** A `Experiment` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildExperiment(overrides?: DeepPartial<Experiment>, options?: FixtureOptions<never>): Experiment;
/** `count` values of {@link buildExperiment}, each with its own ids. */
export declare function buildExperimentList(count: number, overrides?: DeepPartial<Experiment>, options?: FixtureOptions<never>): Experiment[];
/** A `ExperimentFieldRemoval` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildExperimentFieldRemoval(overrides?: DeepPartial<ExperimentFieldRemoval>, options?: FixtureOptions<never>): ExperimentFieldRemoval;
/** `count` values of {@link buildExperimentFieldRemoval}, each with its own ids. */
export declare function buildExperimentFieldRemovalList(count: number, overrides?: DeepPartial<ExperimentFieldRemoval>, options?: FixtureOptions<never>): ExperimentFieldRemoval[];
/** A `ExperimentFieldSet` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildExperimentFieldSet(overrides?: DeepPartial<ExperimentFieldSet>, options?: FixtureOptions<never>): ExperimentFieldSet;
/** `count` values of {@link buildExperimentFieldSet}, each with its own ids. */
export declare function buildExperimentFieldSetList(count: number, overrides?: DeepPartial<ExperimentFieldSet>, options?: FixtureOptions<never>): ExperimentFieldSet[];
/** A `ExperimentFieldUpdate` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildExperimentFieldUpdate(overrides?: DeepPartial<ExperimentFieldUpdate>, options?: FixtureOptions<never>): ExperimentFieldUpdate;
/** `count` values of {@link buildExperimentFieldUpdate}, each with its own ids. */
export declare function buildExperimentFieldUpdateList(count: number, overrides?: DeepPartial<ExperimentFieldUpdate>, options?: FixtureOptions<never>): ExperimentFieldUpdate[];
/** A `ExperimentFieldUpdates` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildExperimentFieldUpdates(overrides?: DeepPartial<ExperimentFieldUpdates>, options?: FixtureOptions<never>): ExperimentFieldUpdates;
/** `count` values of {@link buildExperimentFieldUpdates}, each with its own ids. */
export declare function buildExperimentFieldUpdatesList(count: number, overrides?: DeepPartial<ExperimentFieldUpdates>, options?: FixtureOptions<never>): ExperimentFieldUpdates[];
/** A `ExperimentInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildExperimentInstruction<Tag extends TagOf<ExperimentInstruction, "kind">>(overrides: DeepPartial<Branch<ExperimentInstruction, "kind", Tag>> & {
	readonly kind: Tag;
}, options?: FixtureOptions<never>): Branch<ExperimentInstruction, "kind", Tag>;
/** A `ExperimentInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildExperimentInstruction(overrides?: DeepPartial<ExperimentInstruction>, options?: FixtureOptions<never>): ExperimentInstruction;
/** `count` values of {@link buildExperimentInstruction}, each with its own ids. */
export declare function buildExperimentInstructionList(count: number, overrides?: DeepPartial<ExperimentInstruction>, options?: FixtureOptions<never>): ExperimentInstruction[];
/** A `ExperimentPatchInput` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildExperimentPatchInput(overrides?: DeepPartial<ExperimentPatchInput>, options?: FixtureOptions<never>): ExperimentPatchInput;
/** `count` values of {@link buildExperimentPatchInput}, each with its own ids. */
export declare function buildExperimentPatchInputList(count: number, overrides?: DeepPartial<ExperimentPatchInput>, options?: FixtureOptions<never>): ExperimentPatchInput[];
/** A `FlagInput` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildFlagInput(overrides?: DeepPartial<FlagInput>, options?: FixtureOptions<never>): FlagInput;
/** `count` values of {@link buildFlagInput}, each with its own ids. */
export declare function buildFlagInputList(count: number, overrides?: DeepPartial<FlagInput>, options?: FixtureOptions<never>): FlagInput[];
/** A `FlagRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildFlagRep(overrides?: DeepPartial<FlagRep>, options?: FixtureOptions<never>): FlagRep;
/** `count` values of {@link buildFlagRep}, each with its own ids. */
export declare function buildFlagRepList(count: number, overrides?: DeepPartial<FlagRep>, options?: FixtureOptions<never>): FlagRep[];
/** A `ForbiddenErrorRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildForbiddenErrorRep(overrides?: DeepPartial<ForbiddenErrorRep>, options?: FixtureOptions<never>): ForbiddenErrorRep;
/** `count` values of {@link buildForbiddenErrorRep}, each with its own ids. */
export declare function buildForbiddenErrorRepList(count: number, overrides?: DeepPartial<ForbiddenErrorRep>, options?: FixtureOptions<never>): ForbiddenErrorRep[];
/** A `InvalidRequestErrorRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildInvalidRequestErrorRep(overrides?: DeepPartial<InvalidRequestErrorRep>, options?: FixtureOptions<never>): InvalidRequestErrorRep;
/** `count` values of {@link buildInvalidRequestErrorRep}, each with its own ids. */
export declare function buildInvalidRequestErrorRepList(count: number, overrides?: DeepPartial<InvalidRequestErrorRep>, options?: FixtureOptions<never>): InvalidRequestErrorRep[];
/** A `IterationInput` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildIterationInput(overrides?: DeepPartial<IterationInput>, options?: FixtureOptions<never>): IterationInput;
/** `count` values of {@link buildIterationInput}, each with its own ids. */
export declare function buildIterationInputList(count: number, overrides?: DeepPartial<IterationInput>, options?: FixtureOptions<never>): IterationInput[];
/**
* A `IterationRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace).
*
* Traits: `notStarted`, `running`, `stopped` (`options.trait`).
*/
export declare function buildIterationRep(overrides?: DeepPartial<IterationRep>, options?: FixtureOptions<"notStarted" | "running" | "stopped">): IterationRep;
/** `count` values of {@link buildIterationRep}, each with its own ids. */
export declare function buildIterationRepList(count: number, overrides?: DeepPartial<IterationRep>, options?: FixtureOptions<"notStarted" | "running" | "stopped">): IterationRep[];
/** A `LayerSnapshotRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildLayerSnapshotRep(overrides?: DeepPartial<LayerSnapshotRep>, options?: FixtureOptions<never>): LayerSnapshotRep;
/** `count` values of {@link buildLayerSnapshotRep}, each with its own ids. */
export declare function buildLayerSnapshotRepList(count: number, overrides?: DeepPartial<LayerSnapshotRep>, options?: FixtureOptions<never>): LayerSnapshotRep[];
/** A `Link` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildLink(overrides?: DeepPartial<Link>, options?: FixtureOptions<never>): Link;
/** `count` values of {@link buildLink}, each with its own ids. */
export declare function buildLinkList(count: number, overrides?: DeepPartial<Link>, options?: FixtureOptions<never>): Link[];
/** A `Links` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildLinks(overrides?: DeepPartial<Links>, options?: FixtureOptions<never>): Links;
/** `count` values of {@link buildLinks}, each with its own ids. */
export declare function buildLinksList(count: number, overrides?: DeepPartial<Links>, options?: FixtureOptions<never>): Links[];
/** A `MetricInGroupRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildMetricInGroupRep(overrides?: DeepPartial<MetricInGroupRep>, options?: FixtureOptions<never>): MetricInGroupRep;
/** `count` values of {@link buildMetricInGroupRep}, each with its own ids. */
export declare function buildMetricInGroupRepList(count: number, overrides?: DeepPartial<MetricInGroupRep>, options?: FixtureOptions<never>): MetricInGroupRep[];
/** A `MetricInput` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildMetricInput(overrides?: DeepPartial<MetricInput>, options?: FixtureOptions<never>): MetricInput;
/** `count` values of {@link buildMetricInput}, each with its own ids. */
export declare function buildMetricInputList(count: number, overrides?: DeepPartial<MetricInput>, options?: FixtureOptions<never>): MetricInput[];
/** A `MetricKind` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildMetricKind(overrides?: DeepPartial<MetricKind>, options?: FixtureOptions<never>): MetricKind;
/** `count` values of {@link buildMetricKind}, each with its own ids. */
export declare function buildMetricKindList(count: number, overrides?: DeepPartial<MetricKind>, options?: FixtureOptions<never>): MetricKind[];
/** A `MetricV2Rep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildMetricV2Rep(overrides?: DeepPartial<MetricV2Rep>, options?: FixtureOptions<never>): MetricV2Rep;
/** `count` values of {@link buildMetricV2Rep}, each with its own ids. */
export declare function buildMetricV2RepList(count: number, overrides?: DeepPartial<MetricV2Rep>, options?: FixtureOptions<never>): MetricV2Rep[];
/** A `NotFoundErrorRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildNotFoundErrorRep(overrides?: DeepPartial<NotFoundErrorRep>, options?: FixtureOptions<never>): NotFoundErrorRep;
/** `count` values of {@link buildNotFoundErrorRep}, each with its own ids. */
export declare function buildNotFoundErrorRepList(count: number, overrides?: DeepPartial<NotFoundErrorRep>, options?: FixtureOptions<never>): NotFoundErrorRep[];
/** A `ParameterRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildParameterRep(overrides?: DeepPartial<ParameterRep>, options?: FixtureOptions<never>): ParameterRep;
/** `count` values of {@link buildParameterRep}, each with its own ids. */
export declare function buildParameterRepList(count: number, overrides?: DeepPartial<ParameterRep>, options?: FixtureOptions<never>): ParameterRep[];
/** A `RateLimitedErrorRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildRateLimitedErrorRep(overrides?: DeepPartial<RateLimitedErrorRep>, options?: FixtureOptions<never>): RateLimitedErrorRep;
/** `count` values of {@link buildRateLimitedErrorRep}, each with its own ids. */
export declare function buildRateLimitedErrorRepList(count: number, overrides?: DeepPartial<RateLimitedErrorRep>, options?: FixtureOptions<never>): RateLimitedErrorRep[];
/** A `RestoreExperimentInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildRestoreExperimentInstruction(overrides?: DeepPartial<RestoreExperimentInstruction>, options?: FixtureOptions<never>): RestoreExperimentInstruction;
/** `count` values of {@link buildRestoreExperimentInstruction}, each with its own ids. */
export declare function buildRestoreExperimentInstructionList(count: number, overrides?: DeepPartial<RestoreExperimentInstruction>, options?: FixtureOptions<never>): RestoreExperimentInstruction[];
/** A `SaveAndStartNewIterationInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildSaveAndStartNewIterationInstruction(overrides?: DeepPartial<SaveAndStartNewIterationInstruction>, options?: FixtureOptions<never>): SaveAndStartNewIterationInstruction;
/** `count` values of {@link buildSaveAndStartNewIterationInstruction}, each with its own ids. */
export declare function buildSaveAndStartNewIterationInstructionList(count: number, overrides?: DeepPartial<SaveAndStartNewIterationInstruction>, options?: FixtureOptions<never>): SaveAndStartNewIterationInstruction[];
/** A `StartIterationInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildStartIterationInstruction(overrides?: DeepPartial<StartIterationInstruction>, options?: FixtureOptions<never>): StartIterationInstruction;
/** `count` values of {@link buildStartIterationInstruction}, each with its own ids. */
export declare function buildStartIterationInstructionList(count: number, overrides?: DeepPartial<StartIterationInstruction>, options?: FixtureOptions<never>): StartIterationInstruction[];
/** A `StatusConflictErrorRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildStatusConflictErrorRep(overrides?: DeepPartial<StatusConflictErrorRep>, options?: FixtureOptions<never>): StatusConflictErrorRep;
/** `count` values of {@link buildStatusConflictErrorRep}, each with its own ids. */
export declare function buildStatusConflictErrorRepList(count: number, overrides?: DeepPartial<StatusConflictErrorRep>, options?: FixtureOptions<never>): StatusConflictErrorRep[];
/** A `StopIterationInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildStopIterationInstruction(overrides?: DeepPartial<StopIterationInstruction>, options?: FixtureOptions<never>): StopIterationInstruction;
/** `count` values of {@link buildStopIterationInstruction}, each with its own ids. */
export declare function buildStopIterationInstructionList(count: number, overrides?: DeepPartial<StopIterationInstruction>, options?: FixtureOptions<never>): StopIterationInstruction[];
/** A `TreatmentInput` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildTreatmentInput(overrides?: DeepPartial<TreatmentInput>, options?: FixtureOptions<never>): TreatmentInput;
/** `count` values of {@link buildTreatmentInput}, each with its own ids. */
export declare function buildTreatmentInputList(count: number, overrides?: DeepPartial<TreatmentInput>, options?: FixtureOptions<never>): TreatmentInput[];
/** A `TreatmentParameterInput` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildTreatmentParameterInput(overrides?: DeepPartial<TreatmentParameterInput>, options?: FixtureOptions<never>): TreatmentParameterInput;
/** `count` values of {@link buildTreatmentParameterInput}, each with its own ids. */
export declare function buildTreatmentParameterInputList(count: number, overrides?: DeepPartial<TreatmentParameterInput>, options?: FixtureOptions<never>): TreatmentParameterInput[];
/** A `TreatmentRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildTreatmentRep(overrides?: DeepPartial<TreatmentRep>, options?: FixtureOptions<never>): TreatmentRep;
/** `count` values of {@link buildTreatmentRep}, each with its own ids. */
export declare function buildTreatmentRepList(count: number, overrides?: DeepPartial<TreatmentRep>, options?: FixtureOptions<never>): TreatmentRep[];
/** A `UnauthorizedErrorRep` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildUnauthorizedErrorRep(overrides?: DeepPartial<UnauthorizedErrorRep>, options?: FixtureOptions<never>): UnauthorizedErrorRep;
/** `count` values of {@link buildUnauthorizedErrorRep}, each with its own ids. */
export declare function buildUnauthorizedErrorRepList(count: number, overrides?: DeepPartial<UnauthorizedErrorRep>, options?: FixtureOptions<never>): UnauthorizedErrorRep[];
/** A `UnitAggregationType` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildUnitAggregationType(overrides?: DeepPartial<UnitAggregationType>, options?: FixtureOptions<never>): UnitAggregationType;
/** `count` values of {@link buildUnitAggregationType}, each with its own ids. */
export declare function buildUnitAggregationTypeList(count: number, overrides?: DeepPartial<UnitAggregationType>, options?: FixtureOptions<never>): UnitAggregationType[];
/** A `UnixMillis` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildUnixMillis(overrides?: DeepPartial<UnixMillis>, options?: FixtureOptions<never>): UnixMillis;
/** `count` values of {@link buildUnixMillis}, each with its own ids. */
export declare function buildUnixMillisList(count: number, overrides?: DeepPartial<UnixMillis>, options?: FixtureOptions<never>): UnixMillis[];
/**
* A `UpdateDescriptionInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace).
* @deprecated The schema is deprecated in the API description.
*/
export declare function buildUpdateDescriptionInstruction(overrides?: DeepPartial<UpdateDescriptionInstruction>, options?: FixtureOptions<never>): UpdateDescriptionInstruction;
/** `count` values of {@link buildUpdateDescriptionInstruction}, each with its own ids. */
export declare function buildUpdateDescriptionInstructionList(count: number, overrides?: DeepPartial<UpdateDescriptionInstruction>, options?: FixtureOptions<never>): UpdateDescriptionInstruction[];
/** A `UpdateExperimentFieldsInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildUpdateExperimentFieldsInstruction(overrides?: DeepPartial<UpdateExperimentFieldsInstruction>, options?: FixtureOptions<never>): UpdateExperimentFieldsInstruction;
/** `count` values of {@link buildUpdateExperimentFieldsInstruction}, each with its own ids. */
export declare function buildUpdateExperimentFieldsInstructionList(count: number, overrides?: DeepPartial<UpdateExperimentFieldsInstruction>, options?: FixtureOptions<never>): UpdateExperimentFieldsInstruction[];
/**
* A `UpdateNameInstruction` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace).
* @deprecated The schema is deprecated in the API description.
*/
export declare function buildUpdateNameInstruction(overrides?: DeepPartial<UpdateNameInstruction>, options?: FixtureOptions<never>): UpdateNameInstruction;
/** `count` values of {@link buildUpdateNameInstruction}, each with its own ids. */
export declare function buildUpdateNameInstructionList(count: number, overrides?: DeepPartial<UpdateNameInstruction>, options?: FixtureOptions<never>): UpdateNameInstruction[];
