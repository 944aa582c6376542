export { DEFAULT_BASE_URL, createClient } from "./client.js";
export type { Client, CreateIterationRequest, CreateIterationResult, PatchExperimentRequest, PatchExperimentResult } from "./client.js";
export { ResponseParseError } from "./runtime/result.js";
export { migrateCreateIteration, type MigrateCreateIterationOptions } from "./migrations.js";
export { createIterationViaPatchExperiment, type CreateIterationViaPatchExperimentResult } from "./migrations.js";
export { selectData, type SelectedResult } from "./runtime/migration.js";
export type { CallOptions, ClientOptions, ClientWarning, OperationMethod, OperationResult, RetryOptions } from "./runtime/types.js";
export type { $defs, components, operations, paths, webhooks } from "./schema.js";
export type { ArchiveExperimentInstruction, CovariateInfoRep, DependentMetricGroupRepWithMetrics, DependentMetricOrMetricGroupRep, Experiment, ExperimentFieldRemoval, ExperimentFieldSet, ExperimentFieldUpdate, ExperimentFieldUpdates, ExperimentInstruction, ExperimentPatchInput, FlagInput, FlagRep, ForbiddenErrorRep, InvalidRequestErrorRep, IterationInput, IterationRep, LayerSnapshotRep, Link, Links, MetricInGroupRep, MetricInput, MetricKind, MetricV2Rep, NotFoundErrorRep, ParameterRep, RateLimitedErrorRep, RestoreExperimentInstruction, SaveAndStartNewIterationInstruction, StartIterationInstruction, StatusConflictErrorRep, StopIterationInstruction, TreatmentInput, TreatmentParameterInput, TreatmentRep, UnauthorizedErrorRep, UnitAggregationType, UnixMillis, UpdateDescriptionInstruction, UpdateExperimentFieldsInstruction, UpdateNameInstruction } from "./types.js";
