import type { components } from "./schema.js";
type $S0 = components["schemas"]["ArchiveExperimentInstruction"];
/** Archives the experiment. */
export interface ArchiveExperimentInstruction extends $S0 {}
type $S1 = components["schemas"]["CovariateInfoRep"];
/** Details of the covariate file for stratified sampling */
export interface CovariateInfoRep extends $S1 {}
type $S2 = components["schemas"]["DependentMetricGroupRepWithMetrics"];
export interface DependentMetricGroupRepWithMetrics extends $S2 {}
type $S3 = components["schemas"]["DependentMetricOrMetricGroupRep"];
export interface DependentMetricOrMetricGroupRep extends $S3 {}
type $S4 = components["schemas"]["Experiment"];
export interface Experiment extends $S4 {}
type $S5 = components["schemas"]["ExperimentFieldRemoval"];
export interface ExperimentFieldRemoval extends $S5 {}
type $S6 = components["schemas"]["ExperimentFieldSet"];
export interface ExperimentFieldSet extends $S6 {}
/** One field update: `add` or `update` with a value, or `remove`. */
export type ExperimentFieldUpdate = components["schemas"]["ExperimentFieldUpdate"];
/** Field updates keyed by field name (for example `hypothesis`, `metrics`, `treatments`, `flags`). Which fields and operations are allowed depends on the iteration's status. */
export type ExperimentFieldUpdates = components["schemas"]["ExperimentFieldUpdates"];
/** One semantic-patch instruction, chosen by `kind`. */
export type ExperimentInstruction = components["schemas"]["ExperimentInstruction"];
type $S10 = components["schemas"]["ExperimentPatchInput"];
/** A semantic patch for an experiment. */
export interface ExperimentPatchInput extends $S10 {}
type $S11 = components["schemas"]["FlagInput"];
export interface FlagInput extends $S11 {}
type $S12 = components["schemas"]["FlagRep"];
export interface FlagRep extends $S12 {}
type $S13 = components["schemas"]["ForbiddenErrorRep"];
export interface ForbiddenErrorRep extends $S13 {}
type $S14 = components["schemas"]["InvalidRequestErrorRep"];
export interface InvalidRequestErrorRep extends $S14 {}
type $S15 = components["schemas"]["IterationInput"];
/** The iteration to create. */
export interface IterationInput extends $S15 {}
type $S16 = components["schemas"]["IterationRep"];
export interface IterationRep extends $S16 {}
type $S17 = components["schemas"]["LayerSnapshotRep"];
/** Snapshot of the layer state on iteration stop, if part of a layer. Otherwise omitted. */
export interface LayerSnapshotRep extends $S17 {}
type $S18 = components["schemas"]["Link"];
export interface Link extends $S18 {}
/** Links to related resources */
export type Links = components["schemas"]["Links"];
type $S20 = components["schemas"]["MetricInGroupRep"];
export interface MetricInGroupRep extends $S20 {}
type $S21 = components["schemas"]["MetricInput"];
export interface MetricInput extends $S21 {}
/** The kind of event the metric tracks */
export type MetricKind = components["schemas"]["MetricKind"];
type $S23 = components["schemas"]["MetricV2Rep"];
export interface MetricV2Rep extends $S23 {}
type $S24 = components["schemas"]["NotFoundErrorRep"];
export interface NotFoundErrorRep extends $S24 {}
type $S25 = components["schemas"]["ParameterRep"];
export interface ParameterRep extends $S25 {}
type $S26 = components["schemas"]["RateLimitedErrorRep"];
export interface RateLimitedErrorRep extends $S26 {}
type $S27 = components["schemas"]["RestoreExperimentInstruction"];
/** Restores an archived experiment. */
export interface RestoreExperimentInstruction extends $S27 {}
type $S28 = components["schemas"]["SaveAndStartNewIterationInstruction"];
/** Stops the running iteration, creates a new one from it, applies the field updates to the new one, and starts it. */
export interface SaveAndStartNewIterationInstruction extends $S28 {}
type $S29 = components["schemas"]["StartIterationInstruction"];
/** Starts the draft iteration. */
export interface StartIterationInstruction extends $S29 {}
type $S30 = components["schemas"]["StatusConflictErrorRep"];
export interface StatusConflictErrorRep extends $S30 {}
type $S31 = components["schemas"]["StopIterationInstruction"];
/** Stops the current iteration. */
export interface StopIterationInstruction extends $S31 {}
type $S32 = components["schemas"]["TreatmentInput"];
export interface TreatmentInput extends $S32 {}
type $S33 = components["schemas"]["TreatmentParameterInput"];
export interface TreatmentParameterInput extends $S33 {}
type $S34 = components["schemas"]["TreatmentRep"];
export interface TreatmentRep extends $S34 {}
type $S35 = components["schemas"]["UnauthorizedErrorRep"];
export interface UnauthorizedErrorRep extends $S35 {}
/** The method for aggregating event values */
export type UnitAggregationType = components["schemas"]["UnitAggregationType"];
/** Milliseconds since the Unix epoch */
export type UnixMillis = components["schemas"]["UnixMillis"];
type $S38 = components["schemas"]["UpdateDescriptionInstruction"];
/** @deprecated Deprecated, use `updateExperimentFields`. Updates the experiment description. */
export interface UpdateDescriptionInstruction extends $S38 {}
type $S39 = components["schemas"]["UpdateExperimentFieldsInstruction"];
/** Updates fields of the experiment or of its current iteration. */
export interface UpdateExperimentFieldsInstruction extends $S39 {}
type $S40 = components["schemas"]["UpdateNameInstruction"];
/** @deprecated Deprecated, use `updateExperimentFields`. Updates the experiment name. */
export interface UpdateNameInstruction extends $S40 {}
export {};
