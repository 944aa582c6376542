import { isInt64 as $isInt64, isRecord as $isRecord, isUuid as $isUuid, typeName as $typeName } from "./validators/rules.js";
import { validator as $validator, branchIssues as $branchIssues, taggedBranch as $taggedBranch } from "./validators/standard.js";
const $J0 = "{\"type\":\"object\",\"required\":[\"kind\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"archiveExperiment\"}}}";
const $J1 = "{\"type\":\"integer\",\"format\":\"int64\",\"examples\":[1654104600000]}";
const $J2 = "{\"type\":\"object\",\"required\":[\"id\",\"fileName\",\"createdAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"format\":\"uuid\",\"examples\":[\"74a49a2b-4834-4246-917e-5d85231d8c2a\"]},\"fileName\":{\"type\":\"string\",\"examples\":[\"covariate.csv\"]},\"createdAt\":{\"$ref\":\"#/components/schemas/UnixMillis\"}}}";
const $J3 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"kind\",\"_links\"],\"properties\":{\"key\":{\"type\":\"string\",\"examples\":[\"metric-key-123abc\"]},\"_versionId\":{\"type\":\"string\",\"examples\":[\"version-id-123abc\"]},\"name\":{\"type\":\"string\",\"examples\":[\"Example metric\"]},\"kind\":{\"$ref\":\"#/components/schemas/MetricKind\"},\"isNumeric\":{\"type\":\"boolean\"},\"unitAggregationType\":{\"$ref\":\"#/components/schemas/UnitAggregationType\"},\"eventKey\":{\"type\":\"string\",\"examples\":[\"event-key-123abc\"]},\"nameInGroup\":{\"type\":\"string\",\"examples\":[\"Step 1\"]},\"analysisUnits\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"examples\":[\"user\"]}},\"randomizationUnits\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"examples\":[\"user\"]}},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J4 = "{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/Link\"}}";
const $J5 = "{\"type\":\"string\",\"enum\":[\"pageview\",\"click\",\"custom\"]}";
const $J6 = "{\"type\":\"string\",\"enum\":[\"average\",\"sum\"]}";
const $J7 = "{\"type\":\"object\",\"properties\":{\"href\":{\"type\":\"string\",\"examples\":[\"/api/v2/metrics/my-project/my-metric\"]},\"type\":{\"type\":\"string\",\"examples\":[\"application/json\"]}}}";
const $J8 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"kind\",\"_links\"],\"properties\":{\"key\":{\"type\":\"string\",\"examples\":[\"metric-group-key-123abc\"]},\"name\":{\"type\":\"string\",\"examples\":[\"My metric group\"]},\"kind\":{\"type\":\"string\",\"enum\":[\"funnel\",\"standard\"]},\"metrics\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/MetricInGroupRep\"}},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J9 = "{\"type\":\"object\",\"required\":[\"key\",\"_versionId\",\"name\",\"kind\",\"_links\",\"isGroup\"],\"properties\":{\"key\":{\"type\":\"string\",\"examples\":[\"metric-key-123abc\"]},\"_versionId\":{\"type\":\"string\",\"examples\":[\"version-id-123abc\"]},\"name\":{\"type\":\"string\",\"examples\":[\"My metric\"]},\"kind\":{\"type\":\"string\",\"enum\":[\"pageview\",\"click\",\"custom\",\"funnel\",\"standard\"]},\"isNumeric\":{\"type\":\"boolean\"},\"eventKey\":{\"type\":\"string\",\"examples\":[\"event-key-123abc\"]},\"isGroup\":{\"type\":\"boolean\"},\"metrics\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/MetricInGroupRep\"}},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J10 = "{\"type\":\"object\",\"required\":[\"hypothesis\",\"status\",\"createdAt\"],\"properties\":{\"_id\":{\"type\":\"string\",\"examples\":[\"12ab3c45de678910fgh12345\"]},\"hypothesis\":{\"type\":\"string\",\"examples\":[\"The new button placement will increase conversion\"]},\"status\":{\"type\":\"string\",\"enum\":[\"not_started\",\"running\",\"stopped\"]},\"createdAt\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"startedAt\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"endedAt\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"winningTreatmentId\":{\"type\":\"string\",\"examples\":[\"122c9f3e-da26-4321-ba68-e0fc02eced58\"]},\"winningReason\":{\"type\":\"string\",\"examples\":[\"We ran this iteration for two weeks and the winning variation was clear\"]},\"canReshuffleTraffic\":{\"type\":\"boolean\"},\"flags\":{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/FlagRep\"}},\"reallocationFrequencyMillis\":{\"type\":\"integer\",\"examples\":[3600000]},\"version\":{\"type\":\"integer\"},\"primaryMetric\":{\"$ref\":\"#/components/schemas/DependentMetricOrMetricGroupRep\",\"deprecated\":true},\"primarySingleMetric\":{\"$ref\":\"#/components/schemas/MetricV2Rep\"},\"primaryFunnel\":{\"$ref\":\"#/components/schemas/DependentMetricGroupRepWithMetrics\"},\"randomizationUnit\":{\"type\":\"string\",\"examples\":[\"user\"]},\"attributes\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"treatments\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/TreatmentRep\"}},\"metrics\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/DependentMetricOrMetricGroupRep\"}},\"layerSnapshot\":{\"$ref\":\"#/components/schemas/LayerSnapshotRep\"},\"covariateInfo\":{\"$ref\":\"#/components/schemas/CovariateInfoRep\"},\"secondaryMetrics\":{\"type\":\"array\",\"deprecated\":true,\"items\":{\"$ref\":\"#/components/schemas/MetricV2Rep\"}}}}";
const $J11 = "{\"type\":\"object\",\"required\":[\"_links\"],\"properties\":{\"ruleId\":{\"type\":\"string\"},\"targetingRule\":{\"type\":\"string\",\"examples\":[\"fallthrough\"]},\"targetingRuleDescription\":{\"type\":\"string\",\"examples\":[\"Customers who live in Canada\"]},\"targetingRuleClauses\":{\"type\":\"array\",\"items\":{}},\"flagConfigVersion\":{\"type\":\"integer\",\"examples\":[12]},\"notInExperimentVariationId\":{\"type\":\"string\"},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J12 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"kind\",\"_links\"],\"properties\":{\"key\":{\"type\":\"string\",\"examples\":[\"metric-key-123abc\"]},\"_versionId\":{\"type\":\"string\",\"examples\":[\"version-id-123abc\"]},\"name\":{\"type\":\"string\",\"examples\":[\"Example metric\"]},\"kind\":{\"$ref\":\"#/components/schemas/MetricKind\"},\"isNumeric\":{\"type\":\"boolean\"},\"unitAggregationType\":{\"$ref\":\"#/components/schemas/UnitAggregationType\"},\"eventKey\":{\"type\":\"string\",\"examples\":[\"event-key-123abc\"]},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J13 = "{\"type\":\"object\",\"required\":[\"name\",\"allocationPercent\"],\"properties\":{\"_id\":{\"type\":\"string\",\"examples\":[\"122c9f3e-da26-4321-ba68-e0fc02eced58\"]},\"name\":{\"type\":\"string\",\"examples\":[\"Treatment 1\"]},\"allocationPercent\":{\"type\":\"string\",\"examples\":[\"10\"]},\"baseline\":{\"type\":\"boolean\"},\"parameters\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/ParameterRep\"}}}}";
const $J14 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"reservationPercent\",\"otherReservationPercent\"],\"properties\":{\"key\":{\"type\":\"string\",\"examples\":[\"checkout-flow\"]},\"name\":{\"type\":\"string\",\"examples\":[\"Checkout Flow\"]},\"reservationPercent\":{\"type\":\"integer\",\"examples\":[10]},\"otherReservationPercent\":{\"type\":\"integer\",\"examples\":[70]}}}";
const $J15 = "{\"type\":\"object\",\"properties\":{\"variationId\":{\"type\":\"string\"},\"flagKey\":{\"type\":\"string\"}}}";
const $J16 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"_maintainerId\",\"_creationDate\",\"environmentKey\",\"_links\"],\"properties\":{\"_id\":{\"type\":\"string\",\"examples\":[\"12ab3c45de678910fgh12345\"]},\"key\":{\"type\":\"string\",\"examples\":[\"experiment-key-123abc\"]},\"name\":{\"type\":\"string\",\"examples\":[\"Example experiment\"]},\"description\":{\"type\":\"string\",\"examples\":[\"An example experiment\",\"used in testing\"]},\"_maintainerId\":{\"type\":\"string\",\"examples\":[\"12ab3c45de678910fgh12345\"]},\"_creationDate\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"environmentKey\":{\"type\":\"string\",\"examples\":[\"production\"]},\"archivedDate\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"_links\":{\"$ref\":\"#/components/schemas/Links\"},\"holdoutId\":{\"type\":\"string\"},\"currentIteration\":{\"$ref\":\"#/components/schemas/IterationRep\"},\"draftIteration\":{\"$ref\":\"#/components/schemas/IterationRep\"},\"previousIterations\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/IterationRep\"}}}}";
const $J17 = "{\"type\":\"object\",\"required\":[\"operation\"],\"properties\":{\"operation\":{\"type\":\"string\",\"const\":\"remove\"}}}";
const $J18 = "{\"type\":\"object\",\"required\":[\"operation\",\"value\"],\"properties\":{\"operation\":{\"type\":\"string\",\"enum\":[\"add\",\"update\"]},\"value\":{}}}";
const $J19 = "{\"oneOf\":[{\"$ref\":\"#/components/schemas/ExperimentFieldSet\"},{\"$ref\":\"#/components/schemas/ExperimentFieldRemoval\"}]}";
const $J20 = "{\"type\":\"object\",\"minProperties\":1,\"additionalProperties\":{\"$ref\":\"#/components/schemas/ExperimentFieldUpdate\"}}";
const $J21 = "{\"type\":\"object\",\"required\":[\"kind\",\"value\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"updateExperimentFields\"},\"value\":{\"$ref\":\"#/components/schemas/ExperimentFieldUpdates\"}}}";
const $J22 = "{\"type\":\"object\",\"required\":[\"kind\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"saveAndStartNewIteration\"},\"changeJustification\":{\"type\":\"string\"},\"value\":{\"$ref\":\"#/components/schemas/ExperimentFieldUpdates\"}}}";
const $J23 = "{\"type\":\"object\",\"required\":[\"kind\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"startIteration\"},\"changeJustification\":{\"type\":\"string\"}}}";
const $J24 = "{\"type\":\"object\",\"required\":[\"kind\",\"winningTreatmentId\",\"winningReason\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"stopIteration\"},\"winningTreatmentId\":{\"type\":\"string\",\"examples\":[\"3a548ec2-72ac-4e59-8518-5c24f5609ccf\"]},\"winningReason\":{\"type\":\"string\",\"examples\":[\"Example reason to stop the iteration\"]}}}";
const $J25 = "{\"type\":\"object\",\"required\":[\"kind\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"restoreExperiment\"}}}";
const $J26 = "{\"type\":\"object\",\"deprecated\":true,\"required\":[\"kind\",\"value\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"updateName\"},\"value\":{\"type\":\"string\"}}}";
const $J27 = "{\"type\":\"object\",\"deprecated\":true,\"required\":[\"kind\",\"value\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"updateDescription\"},\"value\":{\"type\":\"string\"}}}";
const $J28 = "{\"oneOf\":[{\"$ref\":\"#/components/schemas/UpdateExperimentFieldsInstruction\"},{\"$ref\":\"#/components/schemas/SaveAndStartNewIterationInstruction\"},{\"$ref\":\"#/components/schemas/StartIterationInstruction\"},{\"$ref\":\"#/components/schemas/StopIterationInstruction\"},{\"$ref\":\"#/components/schemas/ArchiveExperimentInstruction\"},{\"$ref\":\"#/components/schemas/RestoreExperimentInstruction\"},{\"$ref\":\"#/components/schemas/UpdateNameInstruction\"},{\"$ref\":\"#/components/schemas/UpdateDescriptionInstruction\"}],\"discriminator\":{\"propertyName\":\"kind\",\"mapping\":{\"updateExperimentFields\":\"#/components/schemas/UpdateExperimentFieldsInstruction\",\"saveAndStartNewIteration\":\"#/components/schemas/SaveAndStartNewIterationInstruction\",\"startIteration\":\"#/components/schemas/StartIterationInstruction\",\"stopIteration\":\"#/components/schemas/StopIterationInstruction\",\"archiveExperiment\":\"#/components/schemas/ArchiveExperimentInstruction\",\"restoreExperiment\":\"#/components/schemas/RestoreExperimentInstruction\",\"updateName\":\"#/components/schemas/UpdateNameInstruction\",\"updateDescription\":\"#/components/schemas/UpdateDescriptionInstruction\"}}}";
const $J29 = "{\"type\":\"object\",\"required\":[\"instructions\"],\"properties\":{\"comment\":{\"type\":\"string\",\"examples\":[\"Example comment describing the update\"]},\"instructions\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"$ref\":\"#/components/schemas/ExperimentInstruction\"}}}}";
const $J30 = "{\"type\":\"object\",\"required\":[\"ruleId\",\"flagConfigVersion\"],\"properties\":{\"ruleId\":{\"type\":\"string\",\"examples\":[\"e432f62b-55f6-49dd-a02f-eb24acf39d05\"]},\"flagConfigVersion\":{\"type\":\"integer\",\"examples\":[12]},\"notInExperimentVariationId\":{\"type\":\"string\",\"examples\":[\"e432f62b-55f6-49dd-a02f-eb24acf39d05\"]}}}";
const $J31 = "{\"type\":\"object\",\"required\":[\"code\",\"message\"],\"properties\":{\"code\":{\"type\":\"string\",\"examples\":[\"forbidden\"]},\"message\":{\"type\":\"string\",\"examples\":[\"Forbidden. Access to the requested resource was denied.\"]}}}";
const $J32 = "{\"type\":\"object\",\"required\":[\"code\",\"message\"],\"properties\":{\"code\":{\"type\":\"string\",\"examples\":[\"invalid_request\"]},\"message\":{\"type\":\"string\",\"examples\":[\"Invalid request body\"]}}}";
const $J33 = "{\"type\":\"object\",\"required\":[\"key\"],\"properties\":{\"key\":{\"type\":\"string\",\"examples\":[\"metric-key-123abc\"]},\"isGroup\":{\"type\":\"boolean\"},\"primary\":{\"type\":\"boolean\",\"deprecated\":true}}}";
const $J34 = "{\"type\":\"object\",\"required\":[\"name\",\"baseline\",\"allocationPercent\",\"parameters\"],\"properties\":{\"name\":{\"type\":\"string\",\"examples\":[\"Treatment 1\"]},\"baseline\":{\"type\":\"boolean\"},\"allocationPercent\":{\"type\":\"string\",\"examples\":[\"10\"]},\"parameters\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/TreatmentParameterInput\"}}}}";
const $J35 = "{\"type\":\"object\",\"required\":[\"flagKey\",\"variationId\"],\"properties\":{\"flagKey\":{\"type\":\"string\",\"examples\":[\"example-flag-for-experiment\"]},\"variationId\":{\"type\":\"string\",\"examples\":[\"e432f62b-55f6-49dd-a02f-eb24acf39d05\"]}}}";
const $J36 = "{\"type\":\"object\",\"required\":[\"hypothesis\",\"metrics\",\"treatments\",\"flags\"],\"properties\":{\"hypothesis\":{\"type\":\"string\",\"examples\":[\"Example hypothesis, the new button placement will increase conversion\"]},\"canReshuffleTraffic\":{\"type\":\"boolean\",\"default\":true},\"metrics\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/MetricInput\"}},\"primarySingleMetricKey\":{\"type\":\"string\",\"examples\":[\"metric-key-123abc\"]},\"primaryFunnelKey\":{\"type\":\"string\",\"examples\":[\"metric-group-key-123abc\"]},\"treatments\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/TreatmentInput\"}},\"flags\":{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/FlagInput\"}},\"randomizationUnit\":{\"type\":\"string\",\"default\":\"user\"},\"reallocationFrequencyMillis\":{\"type\":\"integer\",\"examples\":[3600000]},\"covariateId\":{\"type\":\"string\"},\"attributes\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}";
const $J37 = "{\"type\":\"object\",\"required\":[\"code\",\"message\"],\"properties\":{\"code\":{\"type\":\"string\",\"examples\":[\"not_found\"]},\"message\":{\"type\":\"string\",\"examples\":[\"Invalid resource identifier\"]}}}";
const $J38 = "{\"type\":\"object\",\"required\":[\"code\",\"message\"],\"properties\":{\"code\":{\"type\":\"string\",\"examples\":[\"rate_limited\"]},\"message\":{\"type\":\"string\",\"examples\":[\"You've exceeded the API rate limit. Try again later.\"]}}}";
const $J39 = "{\"type\":\"object\",\"required\":[\"code\",\"message\"],\"properties\":{\"code\":{\"type\":\"string\",\"examples\":[\"optimistic_locking_error\"]},\"message\":{\"type\":\"string\",\"examples\":[\"Conflict. Optimistic lock error. Try again later.\"]}}}";
const $J40 = "{\"type\":\"object\",\"required\":[\"code\",\"message\"],\"properties\":{\"code\":{\"type\":\"string\",\"examples\":[\"unauthorized\"]},\"message\":{\"type\":\"string\",\"examples\":[\"Invalid access token\"]}}}";
const $J41 = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"object\",\"properties\":{\"projectKey\":{\"type\":\"string\"},\"environmentKey\":{\"type\":\"string\"},\"experimentKey\":{\"type\":\"string\"}},\"required\":[\"projectKey\",\"environmentKey\",\"experimentKey\"]},\"header\":{\"type\":\"object\",\"properties\":{\"LD-API-Version\":{\"type\":\"string\",\"default\":\"20240415\"}}}},\"required\":[\"path\"]}";
const $t0 = /* @__PURE__ */ new Map([
	["updateExperimentFields", 0],
	["saveAndStartNewIteration", 1],
	["startIteration", 2],
	["stopIteration", 3],
	["archiveExperiment", 4],
	["restoreExperiment", 5],
	["updateName", 6],
	["updateDescription", 7],
	["UpdateExperimentFieldsInstruction", 0],
	["SaveAndStartNewIterationInstruction", 1],
	["StartIterationInstruction", 2],
	["StopIterationInstruction", 3],
	["ArchiveExperimentInstruction", 4],
	["RestoreExperimentInstruction", 5],
	["UpdateNameInstruction", 6],
	["UpdateDescriptionInstruction", 7]
]);
// "#/components/schemas/ArchiveExperimentInstruction"
function $c0(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["kind"] !== undefined) {
			const v1 = x["kind"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "kind"]
				});
			} else {
				if (v1 !== "archiveExperiment") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be \"archiveExperiment\"",
						path: [...p, "kind"]
					});
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/CovariateInfoRep"
function $c1(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["id"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "id"]
			});
		}
		if (x["fileName"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "fileName"]
			});
		}
		if (x["createdAt"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "createdAt"]
			});
		}
		if (x["id"] !== undefined) {
			const v1 = x["id"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "id"]
				});
			} else {
				if (!$isUuid(v1)) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be a valid uuid (format)",
						path: [...p, "id"]
					});
				}
			}
		}
		if (x["fileName"] !== undefined) {
			const v2 = x["fileName"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "fileName"]
				});
			}
		}
		if (x["createdAt"] !== undefined) {
			const v3 = x["createdAt"];
			if (!$c37(v3, o === null ? p : [...p, "createdAt"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/DependentMetricGroupRepWithMetrics"
function $c2(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["key"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		}
		if (x["name"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		}
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["_links"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		}
		if (x["key"] !== undefined) {
			const v1 = x["key"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		if (x["name"] !== undefined) {
			const v2 = x["name"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "name"]
				});
			}
		}
		if (x["kind"] !== undefined) {
			const v3 = x["kind"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "kind"]
				});
			} else {
				if (v3 !== "funnel" && v3 !== "standard") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be one of \"funnel\", \"standard\"",
						path: [...p, "kind"]
					});
				}
			}
		}
		if (x["metrics"] !== undefined) {
			const v4 = x["metrics"];
			if (!Array.isArray(v4)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v4),
					path: [...p, "metrics"]
				});
			} else {
				for (let i5 = 0; i5 < v4.length; i5++) {
					const v6 = v4[i5];
					if (!$c20(v6, o === null ? p : [
						...p,
						"metrics",
						i5
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		if (x["_links"] !== undefined) {
			const v7 = x["_links"];
			if (!$c19(v7, o === null ? p : [...p, "_links"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/DependentMetricOrMetricGroupRep"
function $c3(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["key"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		}
		if (x["_versionId"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_versionId"]
			});
		}
		if (x["name"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		}
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["_links"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		}
		if (x["isGroup"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "isGroup"]
			});
		}
		if (x["key"] !== undefined) {
			const v1 = x["key"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		if (x["_versionId"] !== undefined) {
			const v2 = x["_versionId"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "_versionId"]
				});
			}
		}
		if (x["name"] !== undefined) {
			const v3 = x["name"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "name"]
				});
			}
		}
		if (x["kind"] !== undefined) {
			const v4 = x["kind"];
			if (!(typeof v4 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v4),
					path: [...p, "kind"]
				});
			} else {
				if (v4 !== "pageview" && v4 !== "click" && v4 !== "custom" && v4 !== "funnel" && v4 !== "standard") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be one of \"pageview\", \"click\", \"custom\", \"funnel\", \"standard\"",
						path: [...p, "kind"]
					});
				}
			}
		}
		if (x["isNumeric"] !== undefined) {
			const v5 = x["isNumeric"];
			if (!(typeof v5 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v5),
					path: [...p, "isNumeric"]
				});
			}
		}
		if (x["eventKey"] !== undefined) {
			const v6 = x["eventKey"];
			if (!(typeof v6 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v6),
					path: [...p, "eventKey"]
				});
			}
		}
		if (x["isGroup"] !== undefined) {
			const v7 = x["isGroup"];
			if (!(typeof v7 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v7),
					path: [...p, "isGroup"]
				});
			}
		}
		if (x["metrics"] !== undefined) {
			const v8 = x["metrics"];
			if (!Array.isArray(v8)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v8),
					path: [...p, "metrics"]
				});
			} else {
				for (let i9 = 0; i9 < v8.length; i9++) {
					const v10 = v8[i9];
					if (!$c20(v10, o === null ? p : [
						...p,
						"metrics",
						i9
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		if (x["_links"] !== undefined) {
			const v11 = x["_links"];
			if (!$c19(v11, o === null ? p : [...p, "_links"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/Experiment"
function $c4(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["key"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		}
		if (x["name"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		}
		if (x["_maintainerId"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_maintainerId"]
			});
		}
		if (x["_creationDate"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_creationDate"]
			});
		}
		if (x["environmentKey"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "environmentKey"]
			});
		}
		if (x["_links"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		}
		if (x["_id"] !== undefined) {
			const v1 = x["_id"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "_id"]
				});
			}
		}
		if (x["key"] !== undefined) {
			const v2 = x["key"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "key"]
				});
			}
		}
		if (x["name"] !== undefined) {
			const v3 = x["name"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "name"]
				});
			}
		}
		if (x["description"] !== undefined) {
			const v4 = x["description"];
			if (!(typeof v4 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v4),
					path: [...p, "description"]
				});
			}
		}
		if (x["_maintainerId"] !== undefined) {
			const v5 = x["_maintainerId"];
			if (!(typeof v5 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v5),
					path: [...p, "_maintainerId"]
				});
			}
		}
		if (x["_creationDate"] !== undefined) {
			const v6 = x["_creationDate"];
			if (!$c37(v6, o === null ? p : [...p, "_creationDate"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["environmentKey"] !== undefined) {
			const v7 = x["environmentKey"];
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "environmentKey"]
				});
			}
		}
		if (x["archivedDate"] !== undefined) {
			const v8 = x["archivedDate"];
			if (!$c37(v8, o === null ? p : [...p, "archivedDate"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["tags"] !== undefined) {
			const v9 = x["tags"];
			if (!Array.isArray(v9)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v9),
					path: [...p, "tags"]
				});
			} else {
				for (let i10 = 0; i10 < v9.length; i10++) {
					const v11 = v9[i10];
					if (!(typeof v11 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v11),
							path: [
								...p,
								"tags",
								i10
							]
						});
					}
				}
			}
		}
		if (x["_links"] !== undefined) {
			const v12 = x["_links"];
			if (!$c19(v12, o === null ? p : [...p, "_links"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["holdoutId"] !== undefined) {
			const v13 = x["holdoutId"];
			if (!(typeof v13 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v13),
					path: [...p, "holdoutId"]
				});
			}
		}
		if (x["currentIteration"] !== undefined) {
			const v14 = x["currentIteration"];
			if (!$c16(v14, o === null ? p : [...p, "currentIteration"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["draftIteration"] !== undefined) {
			const v15 = x["draftIteration"];
			if (!$c16(v15, o === null ? p : [...p, "draftIteration"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["previousIterations"] !== undefined) {
			const v16 = x["previousIterations"];
			if (!Array.isArray(v16)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v16),
					path: [...p, "previousIterations"]
				});
			} else {
				for (let i17 = 0; i17 < v16.length; i17++) {
					const v18 = v16[i17];
					if (!$c16(v18, o === null ? p : [
						...p,
						"previousIterations",
						i17
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/ExperimentFieldRemoval"
function $c5(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["operation"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "operation"]
			});
		}
		if (x["operation"] !== undefined) {
			const v1 = x["operation"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "operation"]
				});
			} else {
				if (v1 !== "remove") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be \"remove\"",
						path: [...p, "operation"]
					});
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/ExperimentFieldSet"
function $c6(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["operation"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "operation"]
			});
		}
		if (x["value"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "value"]
			});
		}
		if (x["operation"] !== undefined) {
			const v1 = x["operation"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "operation"]
				});
			} else {
				if (v1 !== "add" && v1 !== "update") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be one of \"add\", \"update\"",
						path: [...p, "operation"]
					});
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/ExperimentFieldUpdate"
function $c7(x, p, o) {
	let ok = true;
	const n1 = ($c6(x, p, null) ? 1 : 0) + ($c5(x, p, null) ? 1 : 0);
	if (n1 === 0) {
		if (o === null) return false;
		ok = false;
		$branchIssues(o, x, p, [$c6, $c5], -1);
	}
	if (n1 > 1) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must match exactly one of 2 allowed shapes (oneOf), not " + n1,
			path: p
		});
	}
	return ok;
}
// "#/components/schemas/ExperimentFieldUpdates"
function $c8(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		const n1 = Object.keys(x).length;
		if (n1 < 1) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must have at least 1 properties",
				path: p
			});
		}
		for (const k2 of Object.keys(x)) {
			const v3 = x[k2];
			if (true) {
				if (!$c7(v3, o === null ? p : [...p, k2], o)) {
					if (o === null) return false;
					ok = false;
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/ExperimentInstruction"
function $c9(x, p, o) {
	let ok = true;
	const n1 = ($c39(x, p, null) ? 1 : 0) + ($c28(x, p, null) ? 1 : 0) + ($c29(x, p, null) ? 1 : 0) + ($c31(x, p, null) ? 1 : 0) + ($c0(x, p, null) ? 1 : 0) + ($c27(x, p, null) ? 1 : 0) + ($c40(x, p, null) ? 1 : 0) + ($c38(x, p, null) ? 1 : 0);
	if (n1 === 0) {
		if (o === null) return false;
		ok = false;
		$branchIssues(o, x, p, [
			$c39,
			$c28,
			$c29,
			$c31,
			$c0,
			$c27,
			$c40,
			$c38
		], $taggedBranch(x, "kind", $t0));
	}
	if (n1 > 1) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must match exactly one of 8 allowed shapes (oneOf), not " + n1,
			path: p
		});
	}
	return ok;
}
// "#/components/schemas/ExperimentPatchInput"
function $c10(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["instructions"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "instructions"]
			});
		}
		if (x["comment"] !== undefined) {
			const v1 = x["comment"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "comment"]
				});
			}
		}
		if (x["instructions"] !== undefined) {
			const v2 = x["instructions"];
			if (!Array.isArray(v2)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v2),
					path: [...p, "instructions"]
				});
			} else {
				if (v2.length < 1) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must have at least 1 items",
						path: [...p, "instructions"]
					});
				}
				for (let i3 = 0; i3 < v2.length; i3++) {
					const v4 = v2[i3];
					if (!$c9(v4, o === null ? p : [
						...p,
						"instructions",
						i3
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/FlagInput"
function $c11(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["ruleId"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "ruleId"]
			});
		}
		if (x["flagConfigVersion"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "flagConfigVersion"]
			});
		}
		if (x["ruleId"] !== undefined) {
			const v1 = x["ruleId"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "ruleId"]
				});
			}
		}
		if (x["flagConfigVersion"] !== undefined) {
			const v2 = x["flagConfigVersion"];
			if (!Number.isInteger(v2)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v2),
					path: [...p, "flagConfigVersion"]
				});
			}
		}
		if (x["notInExperimentVariationId"] !== undefined) {
			const v3 = x["notInExperimentVariationId"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "notInExperimentVariationId"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/FlagRep"
function $c12(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["_links"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		}
		if (x["ruleId"] !== undefined) {
			const v1 = x["ruleId"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "ruleId"]
				});
			}
		}
		if (x["targetingRule"] !== undefined) {
			const v2 = x["targetingRule"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "targetingRule"]
				});
			}
		}
		if (x["targetingRuleDescription"] !== undefined) {
			const v3 = x["targetingRuleDescription"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "targetingRuleDescription"]
				});
			}
		}
		if (x["targetingRuleClauses"] !== undefined) {
			const v4 = x["targetingRuleClauses"];
			if (!Array.isArray(v4)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v4),
					path: [...p, "targetingRuleClauses"]
				});
			}
		}
		if (x["flagConfigVersion"] !== undefined) {
			const v5 = x["flagConfigVersion"];
			if (!Number.isInteger(v5)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v5),
					path: [...p, "flagConfigVersion"]
				});
			}
		}
		if (x["notInExperimentVariationId"] !== undefined) {
			const v6 = x["notInExperimentVariationId"];
			if (!(typeof v6 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v6),
					path: [...p, "notInExperimentVariationId"]
				});
			}
		}
		if (x["_links"] !== undefined) {
			const v7 = x["_links"];
			if (!$c19(v7, o === null ? p : [...p, "_links"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/ForbiddenErrorRep"
function $c13(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["code"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "code"]
			});
		}
		if (x["message"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "message"]
			});
		}
		if (x["code"] !== undefined) {
			const v1 = x["code"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "code"]
				});
			}
		}
		if (x["message"] !== undefined) {
			const v2 = x["message"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "message"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/InvalidRequestErrorRep"
function $c14(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["code"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "code"]
			});
		}
		if (x["message"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "message"]
			});
		}
		if (x["code"] !== undefined) {
			const v1 = x["code"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "code"]
				});
			}
		}
		if (x["message"] !== undefined) {
			const v2 = x["message"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "message"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/IterationInput"
function $c15(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["hypothesis"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "hypothesis"]
			});
		}
		if (x["metrics"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "metrics"]
			});
		}
		if (x["treatments"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "treatments"]
			});
		}
		if (x["flags"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "flags"]
			});
		}
		if (x["hypothesis"] !== undefined) {
			const v1 = x["hypothesis"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "hypothesis"]
				});
			}
		}
		if (x["canReshuffleTraffic"] !== undefined) {
			const v2 = x["canReshuffleTraffic"];
			if (!(typeof v2 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v2),
					path: [...p, "canReshuffleTraffic"]
				});
			}
		}
		if (x["metrics"] !== undefined) {
			const v3 = x["metrics"];
			if (!Array.isArray(v3)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v3),
					path: [...p, "metrics"]
				});
			} else {
				for (let i4 = 0; i4 < v3.length; i4++) {
					const v5 = v3[i4];
					if (!$c21(v5, o === null ? p : [
						...p,
						"metrics",
						i4
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		if (x["primarySingleMetricKey"] !== undefined) {
			const v6 = x["primarySingleMetricKey"];
			if (!(typeof v6 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v6),
					path: [...p, "primarySingleMetricKey"]
				});
			}
		}
		if (x["primaryFunnelKey"] !== undefined) {
			const v7 = x["primaryFunnelKey"];
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "primaryFunnelKey"]
				});
			}
		}
		if (x["treatments"] !== undefined) {
			const v8 = x["treatments"];
			if (!Array.isArray(v8)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v8),
					path: [...p, "treatments"]
				});
			} else {
				for (let i9 = 0; i9 < v8.length; i9++) {
					const v10 = v8[i9];
					if (!$c32(v10, o === null ? p : [
						...p,
						"treatments",
						i9
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		if (x["flags"] !== undefined) {
			const v11 = x["flags"];
			if (!$isRecord(v11)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v11),
					path: [...p, "flags"]
				});
			} else {
				for (const k12 of Object.keys(v11)) {
					const v13 = v11[k12];
					if (true) {
						if (!$c11(v13, o === null ? p : [
							...p,
							"flags",
							k12
						], o)) {
							if (o === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		if (x["randomizationUnit"] !== undefined) {
			const v15 = x["randomizationUnit"];
			if (!(typeof v15 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v15),
					path: [...p, "randomizationUnit"]
				});
			}
		}
		if (x["reallocationFrequencyMillis"] !== undefined) {
			const v16 = x["reallocationFrequencyMillis"];
			if (!Number.isInteger(v16)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v16),
					path: [...p, "reallocationFrequencyMillis"]
				});
			}
		}
		if (x["covariateId"] !== undefined) {
			const v17 = x["covariateId"];
			if (!(typeof v17 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v17),
					path: [...p, "covariateId"]
				});
			}
		}
		if (x["attributes"] !== undefined) {
			const v18 = x["attributes"];
			if (!Array.isArray(v18)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v18),
					path: [...p, "attributes"]
				});
			} else {
				for (let i19 = 0; i19 < v18.length; i19++) {
					const v20 = v18[i19];
					if (!(typeof v20 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v20),
							path: [
								...p,
								"attributes",
								i19
							]
						});
					}
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/IterationRep"
function $c16(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["hypothesis"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "hypothesis"]
			});
		}
		if (x["status"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "status"]
			});
		}
		if (x["createdAt"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "createdAt"]
			});
		}
		if (x["_id"] !== undefined) {
			const v1 = x["_id"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "_id"]
				});
			}
		}
		if (x["hypothesis"] !== undefined) {
			const v2 = x["hypothesis"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "hypothesis"]
				});
			}
		}
		if (x["status"] !== undefined) {
			const v3 = x["status"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "status"]
				});
			} else {
				if (v3 !== "not_started" && v3 !== "running" && v3 !== "stopped") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be one of \"not_started\", \"running\", \"stopped\"",
						path: [...p, "status"]
					});
				}
			}
		}
		if (x["createdAt"] !== undefined) {
			const v4 = x["createdAt"];
			if (!$c37(v4, o === null ? p : [...p, "createdAt"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["startedAt"] !== undefined) {
			const v5 = x["startedAt"];
			if (!$c37(v5, o === null ? p : [...p, "startedAt"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["endedAt"] !== undefined) {
			const v6 = x["endedAt"];
			if (!$c37(v6, o === null ? p : [...p, "endedAt"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["winningTreatmentId"] !== undefined) {
			const v7 = x["winningTreatmentId"];
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "winningTreatmentId"]
				});
			}
		}
		if (x["winningReason"] !== undefined) {
			const v8 = x["winningReason"];
			if (!(typeof v8 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v8),
					path: [...p, "winningReason"]
				});
			}
		}
		if (x["canReshuffleTraffic"] !== undefined) {
			const v9 = x["canReshuffleTraffic"];
			if (!(typeof v9 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v9),
					path: [...p, "canReshuffleTraffic"]
				});
			}
		}
		if (x["flags"] !== undefined) {
			const v10 = x["flags"];
			if (!$isRecord(v10)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v10),
					path: [...p, "flags"]
				});
			} else {
				for (const k11 of Object.keys(v10)) {
					const v12 = v10[k11];
					if (true) {
						if (!$c12(v12, o === null ? p : [
							...p,
							"flags",
							k11
						], o)) {
							if (o === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		if (x["reallocationFrequencyMillis"] !== undefined) {
			const v14 = x["reallocationFrequencyMillis"];
			if (!Number.isInteger(v14)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v14),
					path: [...p, "reallocationFrequencyMillis"]
				});
			}
		}
		if (x["version"] !== undefined) {
			const v15 = x["version"];
			if (!Number.isInteger(v15)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v15),
					path: [...p, "version"]
				});
			}
		}
		if (x["primaryMetric"] !== undefined) {
			const v16 = x["primaryMetric"];
			if (!$c3(v16, o === null ? p : [...p, "primaryMetric"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["primarySingleMetric"] !== undefined) {
			const v17 = x["primarySingleMetric"];
			if (!$c23(v17, o === null ? p : [...p, "primarySingleMetric"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["primaryFunnel"] !== undefined) {
			const v18 = x["primaryFunnel"];
			if (!$c2(v18, o === null ? p : [...p, "primaryFunnel"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["randomizationUnit"] !== undefined) {
			const v19 = x["randomizationUnit"];
			if (!(typeof v19 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v19),
					path: [...p, "randomizationUnit"]
				});
			}
		}
		if (x["attributes"] !== undefined) {
			const v20 = x["attributes"];
			if (!Array.isArray(v20)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v20),
					path: [...p, "attributes"]
				});
			} else {
				for (let i21 = 0; i21 < v20.length; i21++) {
					const v22 = v20[i21];
					if (!(typeof v22 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v22),
							path: [
								...p,
								"attributes",
								i21
							]
						});
					}
				}
			}
		}
		if (x["treatments"] !== undefined) {
			const v23 = x["treatments"];
			if (!Array.isArray(v23)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v23),
					path: [...p, "treatments"]
				});
			} else {
				for (let i24 = 0; i24 < v23.length; i24++) {
					const v25 = v23[i24];
					if (!$c34(v25, o === null ? p : [
						...p,
						"treatments",
						i24
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		if (x["metrics"] !== undefined) {
			const v26 = x["metrics"];
			if (!Array.isArray(v26)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v26),
					path: [...p, "metrics"]
				});
			} else {
				for (let i27 = 0; i27 < v26.length; i27++) {
					const v28 = v26[i27];
					if (!$c3(v28, o === null ? p : [
						...p,
						"metrics",
						i27
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		if (x["layerSnapshot"] !== undefined) {
			const v29 = x["layerSnapshot"];
			if (!$c17(v29, o === null ? p : [...p, "layerSnapshot"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["covariateInfo"] !== undefined) {
			const v30 = x["covariateInfo"];
			if (!$c1(v30, o === null ? p : [...p, "covariateInfo"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["secondaryMetrics"] !== undefined) {
			const v31 = x["secondaryMetrics"];
			if (!Array.isArray(v31)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v31),
					path: [...p, "secondaryMetrics"]
				});
			} else {
				for (let i32 = 0; i32 < v31.length; i32++) {
					const v33 = v31[i32];
					if (!$c23(v33, o === null ? p : [
						...p,
						"secondaryMetrics",
						i32
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/LayerSnapshotRep"
function $c17(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["key"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		}
		if (x["name"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		}
		if (x["reservationPercent"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "reservationPercent"]
			});
		}
		if (x["otherReservationPercent"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "otherReservationPercent"]
			});
		}
		if (x["key"] !== undefined) {
			const v1 = x["key"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		if (x["name"] !== undefined) {
			const v2 = x["name"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "name"]
				});
			}
		}
		if (x["reservationPercent"] !== undefined) {
			const v3 = x["reservationPercent"];
			if (!Number.isInteger(v3)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v3),
					path: [...p, "reservationPercent"]
				});
			}
		}
		if (x["otherReservationPercent"] !== undefined) {
			const v4 = x["otherReservationPercent"];
			if (!Number.isInteger(v4)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v4),
					path: [...p, "otherReservationPercent"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/Link"
function $c18(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["href"] !== undefined) {
			const v1 = x["href"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "href"]
				});
			}
		}
		if (x["type"] !== undefined) {
			const v2 = x["type"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "type"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/Links"
function $c19(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		for (const k1 of Object.keys(x)) {
			const v2 = x[k1];
			if (true) {
				if (!$c18(v2, o === null ? p : [...p, k1], o)) {
					if (o === null) return false;
					ok = false;
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/MetricInGroupRep"
function $c20(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["key"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		}
		if (x["name"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		}
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["_links"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		}
		if (x["key"] !== undefined) {
			const v1 = x["key"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		if (x["_versionId"] !== undefined) {
			const v2 = x["_versionId"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "_versionId"]
				});
			}
		}
		if (x["name"] !== undefined) {
			const v3 = x["name"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "name"]
				});
			}
		}
		if (x["kind"] !== undefined) {
			const v4 = x["kind"];
			if (!$c22(v4, o === null ? p : [...p, "kind"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["isNumeric"] !== undefined) {
			const v5 = x["isNumeric"];
			if (!(typeof v5 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v5),
					path: [...p, "isNumeric"]
				});
			}
		}
		if (x["unitAggregationType"] !== undefined) {
			const v6 = x["unitAggregationType"];
			if (!$c36(v6, o === null ? p : [...p, "unitAggregationType"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["eventKey"] !== undefined) {
			const v7 = x["eventKey"];
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "eventKey"]
				});
			}
		}
		if (x["nameInGroup"] !== undefined) {
			const v8 = x["nameInGroup"];
			if (!(typeof v8 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v8),
					path: [...p, "nameInGroup"]
				});
			}
		}
		if (x["analysisUnits"] !== undefined) {
			const v9 = x["analysisUnits"];
			if (!Array.isArray(v9)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v9),
					path: [...p, "analysisUnits"]
				});
			} else {
				for (let i10 = 0; i10 < v9.length; i10++) {
					const v11 = v9[i10];
					if (!(typeof v11 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v11),
							path: [
								...p,
								"analysisUnits",
								i10
							]
						});
					}
				}
			}
		}
		if (x["randomizationUnits"] !== undefined) {
			const v12 = x["randomizationUnits"];
			if (!Array.isArray(v12)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v12),
					path: [...p, "randomizationUnits"]
				});
			} else {
				for (let i13 = 0; i13 < v12.length; i13++) {
					const v14 = v12[i13];
					if (!(typeof v14 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v14),
							path: [
								...p,
								"randomizationUnits",
								i13
							]
						});
					}
				}
			}
		}
		if (x["_links"] !== undefined) {
			const v15 = x["_links"];
			if (!$c19(v15, o === null ? p : [...p, "_links"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/MetricInput"
function $c21(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["key"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		}
		if (x["key"] !== undefined) {
			const v1 = x["key"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		if (x["isGroup"] !== undefined) {
			const v2 = x["isGroup"];
			if (!(typeof v2 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v2),
					path: [...p, "isGroup"]
				});
			}
		}
		if (x["primary"] !== undefined) {
			const v3 = x["primary"];
			if (!(typeof v3 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v3),
					path: [...p, "primary"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/MetricKind"
function $c22(x, p, o) {
	let ok = true;
	if (!(typeof x === "string")) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be string, not " + $typeName(x),
			path: p
		});
	} else {
		if (x !== "pageview" && x !== "click" && x !== "custom") {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must be one of \"pageview\", \"click\", \"custom\"",
				path: p
			});
		}
	}
	return ok;
}
// "#/components/schemas/MetricV2Rep"
function $c23(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["key"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		}
		if (x["name"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		}
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["_links"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		}
		if (x["key"] !== undefined) {
			const v1 = x["key"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		if (x["_versionId"] !== undefined) {
			const v2 = x["_versionId"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "_versionId"]
				});
			}
		}
		if (x["name"] !== undefined) {
			const v3 = x["name"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "name"]
				});
			}
		}
		if (x["kind"] !== undefined) {
			const v4 = x["kind"];
			if (!$c22(v4, o === null ? p : [...p, "kind"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["isNumeric"] !== undefined) {
			const v5 = x["isNumeric"];
			if (!(typeof v5 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v5),
					path: [...p, "isNumeric"]
				});
			}
		}
		if (x["unitAggregationType"] !== undefined) {
			const v6 = x["unitAggregationType"];
			if (!$c36(v6, o === null ? p : [...p, "unitAggregationType"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
		if (x["eventKey"] !== undefined) {
			const v7 = x["eventKey"];
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "eventKey"]
				});
			}
		}
		if (x["_links"] !== undefined) {
			const v8 = x["_links"];
			if (!$c19(v8, o === null ? p : [...p, "_links"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/NotFoundErrorRep"
function $c24(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["code"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "code"]
			});
		}
		if (x["message"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "message"]
			});
		}
		if (x["code"] !== undefined) {
			const v1 = x["code"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "code"]
				});
			}
		}
		if (x["message"] !== undefined) {
			const v2 = x["message"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "message"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/ParameterRep"
function $c25(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["variationId"] !== undefined) {
			const v1 = x["variationId"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "variationId"]
				});
			}
		}
		if (x["flagKey"] !== undefined) {
			const v2 = x["flagKey"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "flagKey"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/RateLimitedErrorRep"
function $c26(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["code"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "code"]
			});
		}
		if (x["message"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "message"]
			});
		}
		if (x["code"] !== undefined) {
			const v1 = x["code"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "code"]
				});
			}
		}
		if (x["message"] !== undefined) {
			const v2 = x["message"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "message"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/RestoreExperimentInstruction"
function $c27(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["kind"] !== undefined) {
			const v1 = x["kind"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "kind"]
				});
			} else {
				if (v1 !== "restoreExperiment") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be \"restoreExperiment\"",
						path: [...p, "kind"]
					});
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/SaveAndStartNewIterationInstruction"
function $c28(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["kind"] !== undefined) {
			const v1 = x["kind"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "kind"]
				});
			} else {
				if (v1 !== "saveAndStartNewIteration") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be \"saveAndStartNewIteration\"",
						path: [...p, "kind"]
					});
				}
			}
		}
		if (x["changeJustification"] !== undefined) {
			const v2 = x["changeJustification"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "changeJustification"]
				});
			}
		}
		if (x["value"] !== undefined) {
			const v3 = x["value"];
			if (!$c8(v3, o === null ? p : [...p, "value"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/StartIterationInstruction"
function $c29(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["kind"] !== undefined) {
			const v1 = x["kind"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "kind"]
				});
			} else {
				if (v1 !== "startIteration") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be \"startIteration\"",
						path: [...p, "kind"]
					});
				}
			}
		}
		if (x["changeJustification"] !== undefined) {
			const v2 = x["changeJustification"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "changeJustification"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/StatusConflictErrorRep"
function $c30(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["code"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "code"]
			});
		}
		if (x["message"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "message"]
			});
		}
		if (x["code"] !== undefined) {
			const v1 = x["code"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "code"]
				});
			}
		}
		if (x["message"] !== undefined) {
			const v2 = x["message"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "message"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/StopIterationInstruction"
function $c31(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["winningTreatmentId"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "winningTreatmentId"]
			});
		}
		if (x["winningReason"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "winningReason"]
			});
		}
		if (x["kind"] !== undefined) {
			const v1 = x["kind"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "kind"]
				});
			} else {
				if (v1 !== "stopIteration") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be \"stopIteration\"",
						path: [...p, "kind"]
					});
				}
			}
		}
		if (x["winningTreatmentId"] !== undefined) {
			const v2 = x["winningTreatmentId"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "winningTreatmentId"]
				});
			}
		}
		if (x["winningReason"] !== undefined) {
			const v3 = x["winningReason"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "winningReason"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/TreatmentInput"
function $c32(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["name"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		}
		if (x["baseline"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "baseline"]
			});
		}
		if (x["allocationPercent"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "allocationPercent"]
			});
		}
		if (x["parameters"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "parameters"]
			});
		}
		if (x["name"] !== undefined) {
			const v1 = x["name"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "name"]
				});
			}
		}
		if (x["baseline"] !== undefined) {
			const v2 = x["baseline"];
			if (!(typeof v2 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v2),
					path: [...p, "baseline"]
				});
			}
		}
		if (x["allocationPercent"] !== undefined) {
			const v3 = x["allocationPercent"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "allocationPercent"]
				});
			}
		}
		if (x["parameters"] !== undefined) {
			const v4 = x["parameters"];
			if (!Array.isArray(v4)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v4),
					path: [...p, "parameters"]
				});
			} else {
				for (let i5 = 0; i5 < v4.length; i5++) {
					const v6 = v4[i5];
					if (!$c33(v6, o === null ? p : [
						...p,
						"parameters",
						i5
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/TreatmentParameterInput"
function $c33(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["flagKey"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "flagKey"]
			});
		}
		if (x["variationId"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "variationId"]
			});
		}
		if (x["flagKey"] !== undefined) {
			const v1 = x["flagKey"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "flagKey"]
				});
			}
		}
		if (x["variationId"] !== undefined) {
			const v2 = x["variationId"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "variationId"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/TreatmentRep"
function $c34(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["name"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		}
		if (x["allocationPercent"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "allocationPercent"]
			});
		}
		if (x["_id"] !== undefined) {
			const v1 = x["_id"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "_id"]
				});
			}
		}
		if (x["name"] !== undefined) {
			const v2 = x["name"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "name"]
				});
			}
		}
		if (x["allocationPercent"] !== undefined) {
			const v3 = x["allocationPercent"];
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "allocationPercent"]
				});
			}
		}
		if (x["baseline"] !== undefined) {
			const v4 = x["baseline"];
			if (!(typeof v4 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v4),
					path: [...p, "baseline"]
				});
			}
		}
		if (x["parameters"] !== undefined) {
			const v5 = x["parameters"];
			if (!Array.isArray(v5)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v5),
					path: [...p, "parameters"]
				});
			} else {
				for (let i6 = 0; i6 < v5.length; i6++) {
					const v7 = v5[i6];
					if (!$c25(v7, o === null ? p : [
						...p,
						"parameters",
						i6
					], o)) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/UnauthorizedErrorRep"
function $c35(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["code"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "code"]
			});
		}
		if (x["message"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "message"]
			});
		}
		if (x["code"] !== undefined) {
			const v1 = x["code"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "code"]
				});
			}
		}
		if (x["message"] !== undefined) {
			const v2 = x["message"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "message"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/UnitAggregationType"
function $c36(x, p, o) {
	let ok = true;
	if (!(typeof x === "string")) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be string, not " + $typeName(x),
			path: p
		});
	} else {
		if (x !== "average" && x !== "sum") {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must be one of \"average\", \"sum\"",
				path: p
			});
		}
	}
	return ok;
}
// "#/components/schemas/UnixMillis"
function $c37(x, p, o) {
	let ok = true;
	if (!Number.isInteger(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be integer, not " + $typeName(x),
			path: p
		});
	} else {
		if (!$isInt64(x)) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must be a valid int64 (format)",
				path: p
			});
		}
	}
	return ok;
}
// "#/components/schemas/UpdateDescriptionInstruction"
function $c38(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["value"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "value"]
			});
		}
		if (x["kind"] !== undefined) {
			const v1 = x["kind"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "kind"]
				});
			} else {
				if (v1 !== "updateDescription") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be \"updateDescription\"",
						path: [...p, "kind"]
					});
				}
			}
		}
		if (x["value"] !== undefined) {
			const v2 = x["value"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "value"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/UpdateExperimentFieldsInstruction"
function $c39(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["value"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "value"]
			});
		}
		if (x["kind"] !== undefined) {
			const v1 = x["kind"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "kind"]
				});
			} else {
				if (v1 !== "updateExperimentFields") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be \"updateExperimentFields\"",
						path: [...p, "kind"]
					});
				}
			}
		}
		if (x["value"] !== undefined) {
			const v2 = x["value"];
			if (!$c8(v2, o === null ? p : [...p, "value"], o)) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/UpdateNameInstruction"
function $c40(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["kind"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		}
		if (x["value"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "value"]
			});
		}
		if (x["kind"] !== undefined) {
			const v1 = x["kind"];
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "kind"]
				});
			} else {
				if (v1 !== "updateName") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be \"updateName\"",
						path: [...p, "kind"]
					});
				}
			}
		}
		if (x["value"] !== undefined) {
			const v2 = x["value"];
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "value"]
				});
			}
		}
	}
	return ok;
}
function $s0(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["path"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "path"]
			});
		}
		if (x["path"] !== undefined) {
			const v1 = x["path"];
			if (!$isRecord(v1)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v1),
					path: [...p, "path"]
				});
			} else {
				if (v1["projectKey"] === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"projectKey"
						]
					});
				}
				if (v1["environmentKey"] === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"environmentKey"
						]
					});
				}
				if (v1["experimentKey"] === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"experimentKey"
						]
					});
				}
				if (v1["projectKey"] !== undefined) {
					const v2 = v1["projectKey"];
					if (!(typeof v2 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v2),
							path: [
								...p,
								"path",
								"projectKey"
							]
						});
					}
				}
				if (v1["environmentKey"] !== undefined) {
					const v3 = v1["environmentKey"];
					if (!(typeof v3 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v3),
							path: [
								...p,
								"path",
								"environmentKey"
							]
						});
					}
				}
				if (v1["experimentKey"] !== undefined) {
					const v4 = v1["experimentKey"];
					if (!(typeof v4 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v4),
							path: [
								...p,
								"path",
								"experimentKey"
							]
						});
					}
				}
			}
		}
		if (x["header"] !== undefined) {
			const v5 = x["header"];
			if (!$isRecord(v5)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v5),
					path: [...p, "header"]
				});
			} else {
				if (v5["LD-API-Version"] !== undefined) {
					const v6 = v5["LD-API-Version"];
					if (!(typeof v6 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v6),
							path: [
								...p,
								"header",
								"LD-API-Version"
							]
						});
					}
				}
			}
		}
	}
	return ok;
}
function $s1(x, p, o) {
	let ok = true;
	if (!$isRecord(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: p
		});
	} else {
		if (x["path"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "path"]
			});
		}
		if (x["path"] !== undefined) {
			const v1 = x["path"];
			if (!$isRecord(v1)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v1),
					path: [...p, "path"]
				});
			} else {
				if (v1["projectKey"] === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"projectKey"
						]
					});
				}
				if (v1["environmentKey"] === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"environmentKey"
						]
					});
				}
				if (v1["experimentKey"] === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"experimentKey"
						]
					});
				}
				if (v1["projectKey"] !== undefined) {
					const v2 = v1["projectKey"];
					if (!(typeof v2 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v2),
							path: [
								...p,
								"path",
								"projectKey"
							]
						});
					}
				}
				if (v1["environmentKey"] !== undefined) {
					const v3 = v1["environmentKey"];
					if (!(typeof v3 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v3),
							path: [
								...p,
								"path",
								"environmentKey"
							]
						});
					}
				}
				if (v1["experimentKey"] !== undefined) {
					const v4 = v1["experimentKey"];
					if (!(typeof v4 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v4),
							path: [
								...p,
								"path",
								"experimentKey"
							]
						});
					}
				}
			}
		}
		if (x["header"] !== undefined) {
			const v5 = x["header"];
			if (!$isRecord(v5)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v5),
					path: [...p, "header"]
				});
			} else {
				if (v5["LD-API-Version"] !== undefined) {
					const v6 = v5["LD-API-Version"];
					if (!(typeof v6 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v6),
							path: [
								...p,
								"header",
								"LD-API-Version"
							]
						});
					}
				}
			}
		}
	}
	return ok;
}
/** Checks a value against the `ArchiveExperimentInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ArchiveExperimentInstruction = /* @__PURE__ */ $validator("ArchiveExperimentInstruction", $c0, () => ({
	dialect: "3.1",
	root: $J0,
	components: []
}));
/** Checks a value against the `CovariateInfoRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const CovariateInfoRep = /* @__PURE__ */ $validator("CovariateInfoRep", $c1, () => ({
	dialect: "3.1",
	root: $J2,
	components: [["UnixMillis", $J1]]
}));
/** Checks a value against the `DependentMetricGroupRepWithMetrics` schema (Standard Schema v1, Standard JSON Schema v1). */
export const DependentMetricGroupRepWithMetrics = /* @__PURE__ */ $validator("DependentMetricGroupRepWithMetrics", $c2, () => ({
	dialect: "3.1",
	root: $J8,
	components: [
		["MetricInGroupRep", $J3],
		["Links", $J4],
		["MetricKind", $J5],
		["UnitAggregationType", $J6],
		["Link", $J7]
	]
}));
/** Checks a value against the `DependentMetricOrMetricGroupRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const DependentMetricOrMetricGroupRep = /* @__PURE__ */ $validator("DependentMetricOrMetricGroupRep", $c3, () => ({
	dialect: "3.1",
	root: $J9,
	components: [
		["MetricInGroupRep", $J3],
		["Links", $J4],
		["MetricKind", $J5],
		["UnitAggregationType", $J6],
		["Link", $J7]
	]
}));
/** Checks a value against the `Experiment` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Experiment = /* @__PURE__ */ $validator("Experiment", $c4, () => ({
	dialect: "3.1",
	root: $J16,
	components: [
		["UnixMillis", $J1],
		["Links", $J4],
		["IterationRep", $J10],
		["Link", $J7],
		["FlagRep", $J11],
		["DependentMetricOrMetricGroupRep", $J9],
		["MetricV2Rep", $J12],
		["DependentMetricGroupRepWithMetrics", $J8],
		["TreatmentRep", $J13],
		["LayerSnapshotRep", $J14],
		["CovariateInfoRep", $J2],
		["MetricInGroupRep", $J3],
		["MetricKind", $J5],
		["UnitAggregationType", $J6],
		["ParameterRep", $J15]
	]
}));
/** Checks a value against the `ExperimentFieldRemoval` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentFieldRemoval = /* @__PURE__ */ $validator("ExperimentFieldRemoval", $c5, () => ({
	dialect: "3.1",
	root: $J17,
	components: []
}));
/** Checks a value against the `ExperimentFieldSet` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentFieldSet = /* @__PURE__ */ $validator("ExperimentFieldSet", $c6, () => ({
	dialect: "3.1",
	root: $J18,
	components: []
}));
/** Checks a value against the `ExperimentFieldUpdate` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentFieldUpdate = /* @__PURE__ */ $validator("ExperimentFieldUpdate", $c7, () => ({
	dialect: "3.1",
	root: $J19,
	components: [["ExperimentFieldSet", $J18], ["ExperimentFieldRemoval", $J17]]
}));
/** Checks a value against the `ExperimentFieldUpdates` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentFieldUpdates = /* @__PURE__ */ $validator("ExperimentFieldUpdates", $c8, () => ({
	dialect: "3.1",
	root: $J20,
	components: [
		["ExperimentFieldUpdate", $J19],
		["ExperimentFieldSet", $J18],
		["ExperimentFieldRemoval", $J17]
	]
}));
/** Checks a value against the `ExperimentInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentInstruction = /* @__PURE__ */ $validator("ExperimentInstruction", $c9, () => ({
	dialect: "3.1",
	root: $J28,
	components: [
		["UpdateExperimentFieldsInstruction", $J21],
		["SaveAndStartNewIterationInstruction", $J22],
		["StartIterationInstruction", $J23],
		["StopIterationInstruction", $J24],
		["ArchiveExperimentInstruction", $J0],
		["RestoreExperimentInstruction", $J25],
		["UpdateNameInstruction", $J26],
		["UpdateDescriptionInstruction", $J27],
		["ExperimentFieldUpdates", $J20],
		["ExperimentFieldUpdate", $J19],
		["ExperimentFieldSet", $J18],
		["ExperimentFieldRemoval", $J17]
	]
}));
/** Checks a value against the `ExperimentPatchInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentPatchInput = /* @__PURE__ */ $validator("ExperimentPatchInput", $c10, () => ({
	dialect: "3.1",
	root: $J29,
	components: [
		["ExperimentInstruction", $J28],
		["UpdateExperimentFieldsInstruction", $J21],
		["SaveAndStartNewIterationInstruction", $J22],
		["StartIterationInstruction", $J23],
		["StopIterationInstruction", $J24],
		["ArchiveExperimentInstruction", $J0],
		["RestoreExperimentInstruction", $J25],
		["UpdateNameInstruction", $J26],
		["UpdateDescriptionInstruction", $J27],
		["ExperimentFieldUpdates", $J20],
		["ExperimentFieldUpdate", $J19],
		["ExperimentFieldSet", $J18],
		["ExperimentFieldRemoval", $J17]
	]
}));
/** Checks a value against the `FlagInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const FlagInput = /* @__PURE__ */ $validator("FlagInput", $c11, () => ({
	dialect: "3.1",
	root: $J30,
	components: []
}));
/** Checks a value against the `FlagRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const FlagRep = /* @__PURE__ */ $validator("FlagRep", $c12, () => ({
	dialect: "3.1",
	root: $J11,
	components: [["Links", $J4], ["Link", $J7]]
}));
/** Checks a value against the `ForbiddenErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ForbiddenErrorRep = /* @__PURE__ */ $validator("ForbiddenErrorRep", $c13, () => ({
	dialect: "3.1",
	root: $J31,
	components: []
}));
/** Checks a value against the `InvalidRequestErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const InvalidRequestErrorRep = /* @__PURE__ */ $validator("InvalidRequestErrorRep", $c14, () => ({
	dialect: "3.1",
	root: $J32,
	components: []
}));
/** Checks a value against the `IterationInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const IterationInput = /* @__PURE__ */ $validator("IterationInput", $c15, () => ({
	dialect: "3.1",
	root: $J36,
	components: [
		["MetricInput", $J33],
		["TreatmentInput", $J34],
		["FlagInput", $J30],
		["TreatmentParameterInput", $J35]
	]
}));
/** Checks a value against the `IterationRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const IterationRep = /* @__PURE__ */ $validator("IterationRep", $c16, () => ({
	dialect: "3.1",
	root: $J10,
	components: [
		["UnixMillis", $J1],
		["FlagRep", $J11],
		["DependentMetricOrMetricGroupRep", $J9],
		["MetricV2Rep", $J12],
		["DependentMetricGroupRepWithMetrics", $J8],
		["TreatmentRep", $J13],
		["LayerSnapshotRep", $J14],
		["CovariateInfoRep", $J2],
		["Links", $J4],
		["MetricInGroupRep", $J3],
		["MetricKind", $J5],
		["UnitAggregationType", $J6],
		["ParameterRep", $J15],
		["Link", $J7]
	]
}));
/** Checks a value against the `LayerSnapshotRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const LayerSnapshotRep = /* @__PURE__ */ $validator("LayerSnapshotRep", $c17, () => ({
	dialect: "3.1",
	root: $J14,
	components: []
}));
/** Checks a value against the `Link` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Link = /* @__PURE__ */ $validator("Link", $c18, () => ({
	dialect: "3.1",
	root: $J7,
	components: []
}));
/** Checks a value against the `Links` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Links = /* @__PURE__ */ $validator("Links", $c19, () => ({
	dialect: "3.1",
	root: $J4,
	components: [["Link", $J7]]
}));
/** Checks a value against the `MetricInGroupRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MetricInGroupRep = /* @__PURE__ */ $validator("MetricInGroupRep", $c20, () => ({
	dialect: "3.1",
	root: $J3,
	components: [
		["MetricKind", $J5],
		["UnitAggregationType", $J6],
		["Links", $J4],
		["Link", $J7]
	]
}));
/** Checks a value against the `MetricInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MetricInput = /* @__PURE__ */ $validator("MetricInput", $c21, () => ({
	dialect: "3.1",
	root: $J33,
	components: []
}));
/** Checks a value against the `MetricKind` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MetricKind = /* @__PURE__ */ $validator("MetricKind", $c22, () => ({
	dialect: "3.1",
	root: $J5,
	components: []
}));
/** Checks a value against the `MetricV2Rep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MetricV2Rep = /* @__PURE__ */ $validator("MetricV2Rep", $c23, () => ({
	dialect: "3.1",
	root: $J12,
	components: [
		["MetricKind", $J5],
		["UnitAggregationType", $J6],
		["Links", $J4],
		["Link", $J7]
	]
}));
/** Checks a value against the `NotFoundErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const NotFoundErrorRep = /* @__PURE__ */ $validator("NotFoundErrorRep", $c24, () => ({
	dialect: "3.1",
	root: $J37,
	components: []
}));
/** Checks a value against the `ParameterRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ParameterRep = /* @__PURE__ */ $validator("ParameterRep", $c25, () => ({
	dialect: "3.1",
	root: $J15,
	components: []
}));
/** Checks a value against the `RateLimitedErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const RateLimitedErrorRep = /* @__PURE__ */ $validator("RateLimitedErrorRep", $c26, () => ({
	dialect: "3.1",
	root: $J38,
	components: []
}));
/** Checks a value against the `RestoreExperimentInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const RestoreExperimentInstruction = /* @__PURE__ */ $validator("RestoreExperimentInstruction", $c27, () => ({
	dialect: "3.1",
	root: $J25,
	components: []
}));
/** Checks a value against the `SaveAndStartNewIterationInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const SaveAndStartNewIterationInstruction = /* @__PURE__ */ $validator("SaveAndStartNewIterationInstruction", $c28, () => ({
	dialect: "3.1",
	root: $J22,
	components: [
		["ExperimentFieldUpdates", $J20],
		["ExperimentFieldUpdate", $J19],
		["ExperimentFieldSet", $J18],
		["ExperimentFieldRemoval", $J17]
	]
}));
/** Checks a value against the `StartIterationInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const StartIterationInstruction = /* @__PURE__ */ $validator("StartIterationInstruction", $c29, () => ({
	dialect: "3.1",
	root: $J23,
	components: []
}));
/** Checks a value against the `StatusConflictErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const StatusConflictErrorRep = /* @__PURE__ */ $validator("StatusConflictErrorRep", $c30, () => ({
	dialect: "3.1",
	root: $J39,
	components: []
}));
/** Checks a value against the `StopIterationInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const StopIterationInstruction = /* @__PURE__ */ $validator("StopIterationInstruction", $c31, () => ({
	dialect: "3.1",
	root: $J24,
	components: []
}));
/** Checks a value against the `TreatmentInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const TreatmentInput = /* @__PURE__ */ $validator("TreatmentInput", $c32, () => ({
	dialect: "3.1",
	root: $J34,
	components: [["TreatmentParameterInput", $J35]]
}));
/** Checks a value against the `TreatmentParameterInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const TreatmentParameterInput = /* @__PURE__ */ $validator("TreatmentParameterInput", $c33, () => ({
	dialect: "3.1",
	root: $J35,
	components: []
}));
/** Checks a value against the `TreatmentRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const TreatmentRep = /* @__PURE__ */ $validator("TreatmentRep", $c34, () => ({
	dialect: "3.1",
	root: $J13,
	components: [["ParameterRep", $J15]]
}));
/** Checks a value against the `UnauthorizedErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UnauthorizedErrorRep = /* @__PURE__ */ $validator("UnauthorizedErrorRep", $c35, () => ({
	dialect: "3.1",
	root: $J40,
	components: []
}));
/** Checks a value against the `UnitAggregationType` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UnitAggregationType = /* @__PURE__ */ $validator("UnitAggregationType", $c36, () => ({
	dialect: "3.1",
	root: $J6,
	components: []
}));
/** Checks a value against the `UnixMillis` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UnixMillis = /* @__PURE__ */ $validator("UnixMillis", $c37, () => ({
	dialect: "3.1",
	root: $J1,
	components: []
}));
/** Checks a value against the `UpdateDescriptionInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UpdateDescriptionInstruction = /* @__PURE__ */ $validator("UpdateDescriptionInstruction", $c38, () => ({
	dialect: "3.1",
	root: $J27,
	components: []
}));
/** Checks a value against the `UpdateExperimentFieldsInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UpdateExperimentFieldsInstruction = /* @__PURE__ */ $validator("UpdateExperimentFieldsInstruction", $c39, () => ({
	dialect: "3.1",
	root: $J21,
	components: [
		["ExperimentFieldUpdates", $J20],
		["ExperimentFieldUpdate", $J19],
		["ExperimentFieldSet", $J18],
		["ExperimentFieldRemoval", $J17]
	]
}));
/** Checks a value against the `UpdateNameInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UpdateNameInstruction = /* @__PURE__ */ $validator("UpdateNameInstruction", $c40, () => ({
	dialect: "3.1",
	root: $J26,
	components: []
}));
/** The validators of `createIteration`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const createIterationValidators = {
	params: /* @__PURE__ */ $validator("createIteration: parameters", $s0, () => ({
		dialect: "3.1",
		root: $J41,
		components: []
	})),
	body: { "application/json": /* @__PURE__ */ $validator("createIteration: request body application/json", $c15, () => ({
		dialect: "3.1",
		root: $J36,
		components: [
			["MetricInput", $J33],
			["TreatmentInput", $J34],
			["FlagInput", $J30],
			["TreatmentParameterInput", $J35]
		]
	})) },
	responses: {
		"200": { "application/json": /* @__PURE__ */ $validator("createIteration: 200 response application/json", $c16, () => ({
			dialect: "3.1",
			root: $J10,
			components: [
				["UnixMillis", $J1],
				["FlagRep", $J11],
				["DependentMetricOrMetricGroupRep", $J9],
				["MetricV2Rep", $J12],
				["DependentMetricGroupRepWithMetrics", $J8],
				["TreatmentRep", $J13],
				["LayerSnapshotRep", $J14],
				["CovariateInfoRep", $J2],
				["Links", $J4],
				["MetricInGroupRep", $J3],
				["MetricKind", $J5],
				["UnitAggregationType", $J6],
				["ParameterRep", $J15],
				["Link", $J7]
			]
		})) },
		"400": { "application/json": /* @__PURE__ */ $validator("createIteration: 400 response application/json", $c14, () => ({
			dialect: "3.1",
			root: $J32,
			components: []
		})) },
		"401": { "application/json": /* @__PURE__ */ $validator("createIteration: 401 response application/json", $c35, () => ({
			dialect: "3.1",
			root: $J40,
			components: []
		})) },
		"403": { "application/json": /* @__PURE__ */ $validator("createIteration: 403 response application/json", $c13, () => ({
			dialect: "3.1",
			root: $J31,
			components: []
		})) },
		"404": { "application/json": /* @__PURE__ */ $validator("createIteration: 404 response application/json", $c24, () => ({
			dialect: "3.1",
			root: $J37,
			components: []
		})) },
		"429": { "application/json": /* @__PURE__ */ $validator("createIteration: 429 response application/json", $c26, () => ({
			dialect: "3.1",
			root: $J38,
			components: []
		})) }
	}
};
/** The validators of `patchExperiment`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const patchExperimentValidators = {
	params: /* @__PURE__ */ $validator("patchExperiment: parameters", $s1, () => ({
		dialect: "3.1",
		root: $J41,
		components: []
	})),
	body: { "application/json; domain-model=launchdarkly.semanticpatch": /* @__PURE__ */ $validator("patchExperiment: request body application/json; domain-model=launchdarkly.semanticpatch", $c10, () => ({
		dialect: "3.1",
		root: $J29,
		components: [
			["ExperimentInstruction", $J28],
			["UpdateExperimentFieldsInstruction", $J21],
			["SaveAndStartNewIterationInstruction", $J22],
			["StartIterationInstruction", $J23],
			["StopIterationInstruction", $J24],
			["ArchiveExperimentInstruction", $J0],
			["RestoreExperimentInstruction", $J25],
			["UpdateNameInstruction", $J26],
			["UpdateDescriptionInstruction", $J27],
			["ExperimentFieldUpdates", $J20],
			["ExperimentFieldUpdate", $J19],
			["ExperimentFieldSet", $J18],
			["ExperimentFieldRemoval", $J17]
		]
	})) },
	responses: {
		"200": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 200 response application/json", $c4, () => ({
			dialect: "3.1",
			root: $J16,
			components: [
				["UnixMillis", $J1],
				["Links", $J4],
				["IterationRep", $J10],
				["Link", $J7],
				["FlagRep", $J11],
				["DependentMetricOrMetricGroupRep", $J9],
				["MetricV2Rep", $J12],
				["DependentMetricGroupRepWithMetrics", $J8],
				["TreatmentRep", $J13],
				["LayerSnapshotRep", $J14],
				["CovariateInfoRep", $J2],
				["MetricInGroupRep", $J3],
				["MetricKind", $J5],
				["UnitAggregationType", $J6],
				["ParameterRep", $J15]
			]
		})) },
		"400": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 400 response application/json", $c14, () => ({
			dialect: "3.1",
			root: $J32,
			components: []
		})) },
		"401": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 401 response application/json", $c35, () => ({
			dialect: "3.1",
			root: $J40,
			components: []
		})) },
		"403": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 403 response application/json", $c13, () => ({
			dialect: "3.1",
			root: $J31,
			components: []
		})) },
		"404": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 404 response application/json", $c24, () => ({
			dialect: "3.1",
			root: $J37,
			components: []
		})) },
		"409": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 409 response application/json", $c30, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"429": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 429 response application/json", $c26, () => ({
			dialect: "3.1",
			root: $J38,
			components: []
		})) }
	}
};
/** Every operation's validators, by method name: `createClient({ validate: { with: operationValidators } })`. */
export const operationValidators = {
	createIteration: createIterationValidators,
	patchExperiment: patchExperimentValidators
};
