import type { components } from "./schema.js";
/** Archives the experiment. */
export type ArchiveExperimentInstruction = components["schemas"]["ArchiveExperimentInstruction"];
/** Details of the covariate file for stratified sampling */
export type CovariateInfoRep = components["schemas"]["CovariateInfoRep"];
export type DependentMetricGroupRepWithMetrics = components["schemas"]["DependentMetricGroupRepWithMetrics"];
export type DependentMetricOrMetricGroupRep = components["schemas"]["DependentMetricOrMetricGroupRep"];
export type Experiment = components["schemas"]["Experiment"];
export type ExperimentFieldRemoval = components["schemas"]["ExperimentFieldRemoval"];
export type ExperimentFieldSet = components["schemas"]["ExperimentFieldSet"];
/** One field update: `add` or `update` with a value, or `remove`. */
export type ExperimentFieldUpdate = components["schemas"]["ExperimentFieldUpdate"];
/** Field updates keyed by field name (for example `hypothesis`, `metrics`, `treatments`, `flags`). Which fields and operations are allowed depends on the iteration's status. */
export type ExperimentFieldUpdates = components["schemas"]["ExperimentFieldUpdates"];
/** One semantic-patch instruction, chosen by `kind`. */
export type ExperimentInstruction = components["schemas"]["ExperimentInstruction"];
/** A semantic patch for an experiment. */
export type ExperimentPatchInput = components["schemas"]["ExperimentPatchInput"];
export type FlagInput = components["schemas"]["FlagInput"];
export type FlagRep = components["schemas"]["FlagRep"];
export type ForbiddenErrorRep = components["schemas"]["ForbiddenErrorRep"];
export type InvalidRequestErrorRep = components["schemas"]["InvalidRequestErrorRep"];
/** The iteration to create. */
export type IterationInput = components["schemas"]["IterationInput"];
export type IterationRep = components["schemas"]["IterationRep"];
/** Snapshot of the layer state on iteration stop, if part of a layer. Otherwise omitted. */
export type LayerSnapshotRep = components["schemas"]["LayerSnapshotRep"];
export type Link = components["schemas"]["Link"];
/** Links to related resources */
export type Links = components["schemas"]["Links"];
export type MetricInGroupRep = components["schemas"]["MetricInGroupRep"];
export type MetricInput = components["schemas"]["MetricInput"];
/** The kind of event the metric tracks */
export type MetricKind = components["schemas"]["MetricKind"];
export type MetricV2Rep = components["schemas"]["MetricV2Rep"];
export type NotFoundErrorRep = components["schemas"]["NotFoundErrorRep"];
export type ParameterRep = components["schemas"]["ParameterRep"];
export type RateLimitedErrorRep = components["schemas"]["RateLimitedErrorRep"];
/** Restores an archived experiment. */
export type RestoreExperimentInstruction = components["schemas"]["RestoreExperimentInstruction"];
/** Stops the running iteration, creates a new one from it, applies the field updates to the new one, and starts it. */
export type SaveAndStartNewIterationInstruction = components["schemas"]["SaveAndStartNewIterationInstruction"];
/** Starts the draft iteration. */
export type StartIterationInstruction = components["schemas"]["StartIterationInstruction"];
export type StatusConflictErrorRep = components["schemas"]["StatusConflictErrorRep"];
/** Stops the current iteration. */
export type StopIterationInstruction = components["schemas"]["StopIterationInstruction"];
export type TreatmentInput = components["schemas"]["TreatmentInput"];
export type TreatmentParameterInput = components["schemas"]["TreatmentParameterInput"];
export type TreatmentRep = components["schemas"]["TreatmentRep"];
export type UnauthorizedErrorRep = components["schemas"]["UnauthorizedErrorRep"];
/** The method for aggregating event values */
export type UnitAggregationType = components["schemas"]["UnitAggregationType"];
/** Milliseconds since the Unix epoch */
export type UnixMillis = components["schemas"]["UnixMillis"];
/** @deprecated Deprecated, use `updateExperimentFields`. Updates the experiment description. */
export type UpdateDescriptionInstruction = components["schemas"]["UpdateDescriptionInstruction"];
/** Updates fields of the experiment or of its current iteration. */
export type UpdateExperimentFieldsInstruction = components["schemas"]["UpdateExperimentFieldsInstruction"];
/** @deprecated Deprecated, use `updateExperimentFields`. Updates the experiment name. */
export type UpdateNameInstruction = components["schemas"]["UpdateNameInstruction"];
