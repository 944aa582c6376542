export interface paths {
	"/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations": {
		parameters: {
			query?: never;
			header?: {
				/** @description The API version, a `yyyymmdd` date (or `beta` for beta resources). The generated client sends the default unless told otherwise. */
				"LD-API-Version"?: components["parameters"]["ApiVersion"];
			};
			path: {
				/** @description The project key */
				projectKey: components["parameters"]["ProjectKey"];
				/** @description The environment key */
				environmentKey: components["parameters"]["EnvironmentKey"];
				/** @description The experiment key */
				experimentKey: components["parameters"]["ExperimentKey"];
			};
			cookie?: never;
		};
		get?: never;
		put?: never;
		/**
		* Create iteration
		* @deprecated
		* @description **Deprecated**: This endpoint will be removed in a future version. Use the
		*     `updateExperimentFields` and `saveAndStartNewIteration` instructions on
		*     [Update experiment](https://launchdarkly.com/docs/api/experiments/patch-experiment) instead.
		*
		*     Create an experiment iteration. Experiment iterations let you record experiments in
		*     individual blocks of time. Initially, iterations are created with a status of
		*     `not_started` and appear in the `draftIteration` field of an experiment. To start or stop
		*     an iteration, update the experiment with the `startIteration` or `stopIteration`
		*     instruction.
		*/
		post: operations["createIteration"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}": {
		parameters: {
			query?: never;
			header?: {
				/** @description The API version, a `yyyymmdd` date (or `beta` for beta resources). The generated client sends the default unless told otherwise. */
				"LD-API-Version"?: components["parameters"]["ApiVersion"];
			};
			path: {
				/** @description The project key */
				projectKey: components["parameters"]["ProjectKey"];
				/** @description The environment key */
				environmentKey: components["parameters"]["EnvironmentKey"];
				/** @description The experiment key */
				experimentKey: components["parameters"]["ExperimentKey"];
			};
			cookie?: never;
		};
		get?: never;
		put?: never;
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		/**
		* Update experiment
		* @description Update an experiment with semantic-patch instructions. The request's `Content-Type` must
		*     be `application/json; domain-model=launchdarkly.semanticpatch`; sent as plain
		*     `application/json` the body is read as a JSON Patch and rejected.
		*
		*     `updateExperimentFields` updates fields of the experiment or of its current iteration;
		*     `saveAndStartNewIteration` stops the running iteration, creates a new one from it with
		*     the field updates applied, and starts it. Which fields and operations are allowed depends
		*     on the iteration's status (ask *Get experiment* with `expand=mutableFieldsByStatus`).
		*/
		patch: operations["patchExperiment"];
		trace?: never;
	};
}
export type webhooks = Record<string, never>;
export interface components {
	schemas: {
		/** @description The iteration to create. */
		IterationInput: {
			/**
			* @description The expected outcome of this experiment
			* @example Example hypothesis, the new button placement will increase conversion
			*/
			hypothesis: string;
			/**
			* @description Whether to allow the experiment to reassign traffic to different variations when you increase or decrease the traffic in your experiment audience (true) or keep all traffic assigned to its initial variation (false). Defaults to true.
			* @default true
			*/
			canReshuffleTraffic?: boolean;
			/** @description Details on the metrics for this experiment */
			metrics: components["schemas"]["MetricInput"][];
			/**
			* @description The key of the primary metric for this experiment. Either `primarySingleMetricKey` or `primaryFunnelKey` must be present.
			* @example metric-key-123abc
			*/
			primarySingleMetricKey?: string;
			/**
			* @description The key of the primary funnel group for this experiment. Either `primarySingleMetricKey` or `primaryFunnelKey` must be present.
			* @example metric-group-key-123abc
			*/
			primaryFunnelKey?: string;
			/** @description Details on the variations you are testing in the experiment. You establish these variations in feature flags, and then reuse them in experiments. */
			treatments: components["schemas"]["TreatmentInput"][];
			/** @description Details on the feature flag and targeting rules for this iteration */
			flags: {
				[key: string]: components["schemas"]["FlagInput"];
			};
			/**
			* @description The unit of randomization for this iteration. Defaults to user.
			* @default user
			*/
			randomizationUnit?: string;
			/**
			* @description The cadence (in milliseconds) to update the allocation (multi-armed bandits).
			* @example 3600000
			*/
			reallocationFrequencyMillis?: number;
			/** @description The ID of the covariate CSV */
			covariateId?: string;
			/** @description The attributes that this iteration's results can be sliced by */
			attributes?: string[];
		};
		MetricInput: {
			/**
			* @description The metric key
			* @example metric-key-123abc
			*/
			key: string;
			/** @description Whether this is a metric group (true) or a metric (false). Defaults to false. */
			isGroup?: boolean;
			/**
			* @deprecated
			* @description Deprecated, use `primarySingleMetricKey` and `primaryFunnelKey`. Whether this is a primary metric (true) or a secondary metric (false).
			*/
			primary?: boolean;
		};
		TreatmentInput: {
			/**
			* @description The treatment name
			* @example Treatment 1
			*/
			name: string;
			/** @description Whether this treatment is the baseline to compare other treatments against */
			baseline: boolean;
			/**
			* @description The percentage of traffic allocated to this treatment during the iteration
			* @example 10
			*/
			allocationPercent: string;
			/** @description Details on the flag and variation to use for this treatment */
			parameters: components["schemas"]["TreatmentParameterInput"][];
		};
		TreatmentParameterInput: {
			/**
			* @description The flag key
			* @example example-flag-for-experiment
			*/
			flagKey: string;
			/**
			* @description The ID of the flag variation
			* @example e432f62b-55f6-49dd-a02f-eb24acf39d05
			*/
			variationId: string;
		};
		FlagInput: {
			/**
			* @description The ID of the variation or rollout of the flag to use. Use "fallthrough" for the default targeting behavior when the flag is on.
			* @example e432f62b-55f6-49dd-a02f-eb24acf39d05
			*/
			ruleId: string;
			/**
			* @description The flag version
			* @example 12
			*/
			flagConfigVersion: number;
			/**
			* @description The ID of the variation to route traffic not part of the experiment analysis to. Defaults to variation ID of baseline treatment, if set.
			* @example e432f62b-55f6-49dd-a02f-eb24acf39d05
			*/
			notInExperimentVariationId?: string;
		};
		IterationRep: {
			/**
			* @description The iteration ID
			* @example 12ab3c45de678910fgh12345
			*/
			_id?: string;
			/**
			* @description The expected outcome of this experiment
			* @example The new button placement will increase conversion
			*/
			hypothesis: string;
			/**
			* @description The status of the iteration: `not_started`, `running`, `stopped`
			* @enum {string}
			*/
			status: "not_started" | "running" | "stopped";
			createdAt: components["schemas"]["UnixMillis"];
			startedAt?: components["schemas"]["UnixMillis"];
			endedAt?: components["schemas"]["UnixMillis"];
			/**
			* @description The ID of the treatment chosen when the experiment stopped
			* @example 122c9f3e-da26-4321-ba68-e0fc02eced58
			*/
			winningTreatmentId?: string;
			/**
			* @description The reason you stopped the experiment
			* @example We ran this iteration for two weeks and the winning variation was clear
			*/
			winningReason?: string;
			/** @description Whether the experiment may reassign traffic to different variations when the experiment audience changes (true) or must keep all traffic assigned to its initial variation (false). */
			canReshuffleTraffic?: boolean;
			/** @description Details on the flag used in this experiment */
			flags?: {
				[key: string]: components["schemas"]["FlagRep"];
			};
			/**
			* @description The cadence (in milliseconds) to update the allocation. Only present for multi-armed bandits.
			* @example 3600000
			*/
			reallocationFrequencyMillis?: number;
			/** @description The current version that the iteration is on */
			version?: number;
			/**
			* @deprecated
			* @description Deprecated, use `primarySingleMetric` and `primaryFunnel` instead. Details on the primary metric for this experiment.
			*/
			primaryMetric?: components["schemas"]["DependentMetricOrMetricGroupRep"];
			primarySingleMetric?: components["schemas"]["MetricV2Rep"];
			primaryFunnel?: components["schemas"]["DependentMetricGroupRepWithMetrics"];
			/**
			* @description The unit of randomization for this iteration
			* @example user
			*/
			randomizationUnit?: string;
			/** @description The available attribute filters for this iteration */
			attributes?: string[];
			/** @description Details on the variations you are testing in the experiment */
			treatments?: components["schemas"]["TreatmentRep"][];
			/** @description Details on the metrics for this experiment */
			metrics?: components["schemas"]["DependentMetricOrMetricGroupRep"][];
			layerSnapshot?: components["schemas"]["LayerSnapshotRep"];
			covariateInfo?: components["schemas"]["CovariateInfoRep"];
			/**
			* @deprecated
			* @description Deprecated, use `metrics` instead. Details on the secondary metrics for this experiment.
			*/
			secondaryMetrics?: components["schemas"]["MetricV2Rep"][];
		};
		/**
		* Format: int64
		* @description Milliseconds since the Unix epoch
		* @example 1654104600000
		*/
		UnixMillis: number;
		Link: {
			/** @example /api/v2/metrics/my-project/my-metric */
			href?: string;
			/** @example application/json */
			type?: string;
		};
		/** @description Links to related resources */
		Links: {
			[key: string]: components["schemas"]["Link"];
		};
		FlagRep: {
			/** @description The ID of the targeting rule (or "fallthrough") */
			ruleId?: string;
			/**
			* @description The targeting rule
			* @example fallthrough
			*/
			targetingRule?: string;
			/**
			* @description The rule description
			* @example Customers who live in Canada
			*/
			targetingRuleDescription?: string;
			/** @description An array of clauses used for individual targeting based on attributes */
			targetingRuleClauses?: unknown[];
			/**
			* @description The flag version
			* @example 12
			*/
			flagConfigVersion?: number;
			/** @description The ID of the variation to route traffic not part of the experiment analysis to */
			notInExperimentVariationId?: string;
			_links: components["schemas"]["Links"];
		};
		/**
		* @description The kind of event the metric tracks
		* @enum {string}
		*/
		MetricKind: "pageview" | "click" | "custom";
		/**
		* @description The method for aggregating event values
		* @enum {string}
		*/
		UnitAggregationType: "average" | "sum";
		MetricV2Rep: {
			/**
			* @description The metric key
			* @example metric-key-123abc
			*/
			key: string;
			/**
			* @description The version ID of the metric
			* @example version-id-123abc
			*/
			_versionId?: string;
			/**
			* @description The metric name
			* @example Example metric
			*/
			name: string;
			kind: components["schemas"]["MetricKind"];
			/** @description Whether the metric is numeric (for custom metrics) */
			isNumeric?: boolean;
			unitAggregationType?: components["schemas"]["UnitAggregationType"];
			/**
			* @description The event key sent with the metric (for custom metrics)
			* @example event-key-123abc
			*/
			eventKey?: string;
			_links: components["schemas"]["Links"];
		};
		MetricInGroupRep: {
			/**
			* @description The metric key
			* @example metric-key-123abc
			*/
			key: string;
			/**
			* @description The version ID of the metric
			* @example version-id-123abc
			*/
			_versionId?: string;
			/**
			* @description The metric name
			* @example Example metric
			*/
			name: string;
			kind: components["schemas"]["MetricKind"];
			isNumeric?: boolean;
			unitAggregationType?: components["schemas"]["UnitAggregationType"];
			/** @example event-key-123abc */
			eventKey?: string;
			/**
			* @description Name of the metric when used within the associated metric group
			* @example Step 1
			*/
			nameInGroup?: string;
			/** @description The units the metric is analysed by */
			analysisUnits?: string[];
			/** @description The randomization units for the metric */
			randomizationUnits?: string[];
			_links: components["schemas"]["Links"];
		};
		DependentMetricOrMetricGroupRep: {
			/** @example metric-key-123abc */
			key: string;
			/** @example version-id-123abc */
			_versionId: string;
			/** @example My metric */
			name: string;
			/** @enum {string} */
			kind: "pageview" | "click" | "custom" | "funnel" | "standard";
			isNumeric?: boolean;
			/** @example event-key-123abc */
			eventKey?: string;
			/** @description Whether this is a metric group or a metric */
			isGroup: boolean;
			/** @description The metrics in the metric group (only for groups) */
			metrics?: components["schemas"]["MetricInGroupRep"][];
			_links: components["schemas"]["Links"];
		};
		DependentMetricGroupRepWithMetrics: {
			/** @example metric-group-key-123abc */
			key: string;
			/** @example My metric group */
			name: string;
			/** @enum {string} */
			kind: "funnel" | "standard";
			metrics?: components["schemas"]["MetricInGroupRep"][];
			_links: components["schemas"]["Links"];
		};
		TreatmentRep: {
			/**
			* @description The treatment ID. This is the variation ID from the flag.
			* @example 122c9f3e-da26-4321-ba68-e0fc02eced58
			*/
			_id?: string;
			/** @example Treatment 1 */
			name: string;
			/** @example 10 */
			allocationPercent: string;
			baseline?: boolean;
			parameters?: components["schemas"]["ParameterRep"][];
		};
		ParameterRep: {
			variationId?: string;
			flagKey?: string;
		};
		/** @description Snapshot of the layer state on iteration stop, if part of a layer. Otherwise omitted. */
		LayerSnapshotRep: {
			/**
			* @description Key of the layer the experiment was part of
			* @example checkout-flow
			*/
			key: string;
			/**
			* @description Layer name at the time this experiment iteration was stopped
			* @example Checkout Flow
			*/
			name: string;
			/**
			* @description Percent of layer traffic that was reserved in the layer for this experiment iteration
			* @example 10
			*/
			reservationPercent: number;
			/**
			* @description Percent of layer traffic that was reserved for other experiments in the same environment
			* @example 70
			*/
			otherReservationPercent: number;
		};
		/** @description Details of the covariate file for stratified sampling */
		CovariateInfoRep: {
			/**
			* Format: uuid
			* @description The ID of the covariate file
			* @example 74a49a2b-4834-4246-917e-5d85231d8c2a
			*/
			id: string;
			/**
			* @description The name of the uploaded covariate file
			* @example covariate.csv
			*/
			fileName: string;
			createdAt: components["schemas"]["UnixMillis"];
		};
		Experiment: {
			/**
			* @description The experiment ID
			* @example 12ab3c45de678910fgh12345
			*/
			_id?: string;
			/**
			* @description The experiment key
			* @example experiment-key-123abc
			*/
			key: string;
			/**
			* @description The experiment name
			* @example Example experiment
			*/
			name: string;
			/**
			* @description The experiment description
			* @example An example experiment
			* @example used in testing
			*/
			description?: string;
			/**
			* @description The ID of the member who maintains this experiment
			* @example 12ab3c45de678910fgh12345
			*/
			_maintainerId: string;
			_creationDate: components["schemas"]["UnixMillis"];
			/** @example production */
			environmentKey: string;
			archivedDate?: components["schemas"]["UnixMillis"];
			tags?: string[];
			_links: components["schemas"]["Links"];
			/** @description The holdout ID */
			holdoutId?: string;
			currentIteration?: components["schemas"]["IterationRep"];
			draftIteration?: components["schemas"]["IterationRep"];
			/** @description Details on the previous iterations for this experiment. */
			previousIterations?: components["schemas"]["IterationRep"][];
		};
		/** @description A semantic patch for an experiment. */
		ExperimentPatchInput: {
			/**
			* @description Optional comment describing the update
			* @example Example comment describing the update
			*/
			comment?: string;
			/** @description The instructions to perform when updating, applied in order. */
			instructions: components["schemas"]["ExperimentInstruction"][];
		};
		/** @description One semantic-patch instruction, chosen by `kind`. */
		ExperimentInstruction: components["schemas"]["UpdateExperimentFieldsInstruction"] | components["schemas"]["SaveAndStartNewIterationInstruction"] | components["schemas"]["StartIterationInstruction"] | components["schemas"]["StopIterationInstruction"] | components["schemas"]["ArchiveExperimentInstruction"] | components["schemas"]["RestoreExperimentInstruction"] | components["schemas"]["UpdateNameInstruction"] | components["schemas"]["UpdateDescriptionInstruction"];
		/** @description Field updates keyed by field name (for example `hypothesis`, `metrics`, `treatments`, `flags`). Which fields and operations are allowed depends on the iteration's status. */
		ExperimentFieldUpdates: {
			[key: string]: components["schemas"]["ExperimentFieldUpdate"];
		};
		/** @description One field update: `add` or `update` with a value, or `remove`. */
		ExperimentFieldUpdate: components["schemas"]["ExperimentFieldSet"] | components["schemas"]["ExperimentFieldRemoval"];
		ExperimentFieldSet: {
			/** @enum {string} */
			operation: "add" | "update";
			/** @description The new value of the field */
			value: unknown;
		};
		ExperimentFieldRemoval: {
			/** @constant */
			operation: "remove";
		};
		/** @description Updates fields of the experiment or of its current iteration. */
		UpdateExperimentFieldsInstruction: {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			kind: "updateExperimentFields";
			value: components["schemas"]["ExperimentFieldUpdates"];
		};
		/** @description Stops the running iteration, creates a new one from it, applies the field updates to the new one, and starts it. */
		SaveAndStartNewIterationInstruction: {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			kind: "saveAndStartNewIteration";
			/** @description The reason for starting a new iteration */
			changeJustification?: string;
			value?: components["schemas"]["ExperimentFieldUpdates"];
		};
		/** @description Starts the draft iteration. */
		StartIterationInstruction: {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			kind: "startIteration";
			/** @description Required when the experiment is already running. */
			changeJustification?: string;
		};
		/** @description Stops the current iteration. */
		StopIterationInstruction: {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			kind: "stopIteration";
			/**
			* @description The `_id` of the winning treatment
			* @example 3a548ec2-72ac-4e59-8518-5c24f5609ccf
			*/
			winningTreatmentId: string;
			/**
			* @description The reason for the winner
			* @example Example reason to stop the iteration
			*/
			winningReason: string;
		};
		/** @description Archives the experiment. */
		ArchiveExperimentInstruction: {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			kind: "archiveExperiment";
		};
		/** @description Restores an archived experiment. */
		RestoreExperimentInstruction: {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			kind: "restoreExperiment";
		};
		/**
		* @deprecated
		* @description Deprecated, use `updateExperimentFields`. Updates the experiment name.
		*/
		UpdateNameInstruction: {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			kind: "updateName";
			/** @description The new name */
			value: string;
		};
		/**
		* @deprecated
		* @description Deprecated, use `updateExperimentFields`. Updates the experiment description.
		*/
		UpdateDescriptionInstruction: {
			/**
			* @description discriminator enum property added by openapi-typescript
			* @enum {string}
			*/
			kind: "updateDescription";
			/** @description The new description */
			value: string;
		};
		InvalidRequestErrorRep: {
			/** @example invalid_request */
			code: string;
			/** @example Invalid request body */
			message: string;
		};
		UnauthorizedErrorRep: {
			/** @example unauthorized */
			code: string;
			/** @example Invalid access token */
			message: string;
		};
		ForbiddenErrorRep: {
			/** @example forbidden */
			code: string;
			/** @example Forbidden. Access to the requested resource was denied. */
			message: string;
		};
		NotFoundErrorRep: {
			/** @example not_found */
			code: string;
			/** @example Invalid resource identifier */
			message: string;
		};
		StatusConflictErrorRep: {
			/** @example optimistic_locking_error */
			code: string;
			/** @example Conflict. Optimistic lock error. Try again later. */
			message: string;
		};
		RateLimitedErrorRep: {
			/** @example rate_limited */
			code: string;
			/** @example You've exceeded the API rate limit. Try again later. */
			message: string;
		};
	};
	responses: {
		/** @description Invalid request */
		BadRequest: {
			headers: {
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["InvalidRequestErrorRep"];
			};
		};
		/** @description Invalid access token */
		Unauthorized: {
			headers: {
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["UnauthorizedErrorRep"];
			};
		};
		/** @description Forbidden */
		Forbidden: {
			headers: {
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["ForbiddenErrorRep"];
			};
		};
		/** @description Invalid resource identifier */
		NotFound: {
			headers: {
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["NotFoundErrorRep"];
			};
		};
		/** @description Conflict (optimistic locking) */
		Conflict: {
			headers: {
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["StatusConflictErrorRep"];
			};
		};
		/** @description Rate limited */
		RateLimited: {
			headers: {
				"Retry-After": components["headers"]["RetryAfter"];
				"X-Ratelimit-Reset": components["headers"]["RatelimitReset"];
				"X-Ratelimit-Global-Remaining": components["headers"]["RatelimitGlobalRemaining"];
				"X-Ratelimit-Route-Remaining": components["headers"]["RatelimitRouteRemaining"];
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["RateLimitedErrorRep"];
			};
		};
	};
	parameters: {
		/** @description The API version, a `yyyymmdd` date (or `beta` for beta resources). The generated client sends the default unless told otherwise. */
		ApiVersion: string;
		/** @description The project key */
		ProjectKey: string;
		/** @description The environment key */
		EnvironmentKey: string;
		/** @description The experiment key */
		ExperimentKey: string;
	};
	requestBodies: never;
	headers: {
		/** @description Seconds to wait before retrying (IP-based limits). */
		RetryAfter: number;
		/** @description Epoch milliseconds at which the rate-limit window resets. */
		RatelimitReset: number;
		/** @description Requests left in the account-wide window. */
		RatelimitGlobalRemaining: number;
		/** @description Requests left for this route in the current window. */
		RatelimitRouteRemaining: number;
	};
	pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
	createIteration: {
		parameters: {
			query?: never;
			header?: {
				/** @description The API version, a `yyyymmdd` date (or `beta` for beta resources). The generated client sends the default unless told otherwise. */
				"LD-API-Version"?: components["parameters"]["ApiVersion"];
			};
			path: {
				/** @description The project key */
				projectKey: components["parameters"]["ProjectKey"];
				/** @description The environment key */
				environmentKey: components["parameters"]["EnvironmentKey"];
				/** @description The experiment key */
				experimentKey: components["parameters"]["ExperimentKey"];
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["IterationInput"];
			};
		};
		responses: {
			/** @description Iteration response */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["IterationRep"];
				};
			};
			400: components["responses"]["BadRequest"];
			401: components["responses"]["Unauthorized"];
			403: components["responses"]["Forbidden"];
			404: components["responses"]["NotFound"];
			429: components["responses"]["RateLimited"];
		};
	};
	patchExperiment: {
		parameters: {
			query?: never;
			header?: {
				/** @description The API version, a `yyyymmdd` date (or `beta` for beta resources). The generated client sends the default unless told otherwise. */
				"LD-API-Version"?: components["parameters"]["ApiVersion"];
			};
			path: {
				/** @description The project key */
				projectKey: components["parameters"]["ProjectKey"];
				/** @description The environment key */
				environmentKey: components["parameters"]["EnvironmentKey"];
				/** @description The experiment key */
				experimentKey: components["parameters"]["ExperimentKey"];
			};
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json; domain-model=launchdarkly.semanticpatch": components["schemas"]["ExperimentPatchInput"];
			};
		};
		responses: {
			/** @description Experiment response */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Experiment"];
				};
			};
			400: components["responses"]["BadRequest"];
			401: components["responses"]["Unauthorized"];
			403: components["responses"]["Forbidden"];
			404: components["responses"]["NotFound"];
			409: components["responses"]["Conflict"];
			429: components["responses"]["RateLimited"];
		};
	};
}
