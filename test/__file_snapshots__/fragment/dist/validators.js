import { isInt64 as $isInt64, isUuid as $isUuid, typeName as $typeName } from "./validators/rules.js";
import { validator as $validator, branchIssues as $branchIssues, dropPath as $dropPath, taggedBranch as $taggedBranch } from "./validators/standard.js";
const $J0 = "{\"type\":\"object\",\"required\":[\"kind\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"archiveExperiment\"}}}";
const $J1 = "{\"type\":\"integer\",\"format\":\"int64\"}";
const $K0 = [["UnixMillis", $J1]];
const $J3 = "{\"type\":\"object\",\"required\":[\"id\",\"fileName\",\"createdAt\"],\"properties\":{\"id\":{\"type\":\"string\",\"format\":\"uuid\"},\"fileName\":{\"type\":\"string\"},\"createdAt\":{\"$ref\":\"#/components/schemas/UnixMillis\"}}}";
const $J4 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"kind\",\"_links\"],\"properties\":{\"key\":{\"type\":\"string\"},\"_versionId\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"kind\":{\"$ref\":\"#/components/schemas/MetricKind\"},\"isNumeric\":{\"type\":\"boolean\"},\"unitAggregationType\":{\"$ref\":\"#/components/schemas/UnitAggregationType\"},\"eventKey\":{\"type\":\"string\"},\"nameInGroup\":{\"type\":\"string\"},\"analysisUnits\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"randomizationUnits\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J5 = "{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/Link\"}}";
const $J6 = "{\"type\":\"string\",\"enum\":[\"pageview\",\"click\",\"custom\"]}";
const $J7 = "{\"type\":\"string\",\"enum\":[\"average\",\"sum\"]}";
const $J8 = "{\"type\":\"object\",\"properties\":{\"href\":{\"type\":\"string\"},\"type\":{\"type\":\"string\"}}}";
const $K1 = [
	["MetricInGroupRep", $J4],
	["Links", $J5],
	["MetricKind", $J6],
	["UnitAggregationType", $J7],
	["Link", $J8]
];
const $J10 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"kind\",\"_links\"],\"properties\":{\"key\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"kind\":{\"type\":\"string\",\"enum\":[\"funnel\",\"standard\"]},\"metrics\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/MetricInGroupRep\"}},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J11 = "{\"type\":\"object\",\"required\":[\"key\",\"_versionId\",\"name\",\"kind\",\"_links\",\"isGroup\"],\"properties\":{\"key\":{\"type\":\"string\"},\"_versionId\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"kind\":{\"type\":\"string\",\"enum\":[\"pageview\",\"click\",\"custom\",\"funnel\",\"standard\"]},\"isNumeric\":{\"type\":\"boolean\"},\"eventKey\":{\"type\":\"string\"},\"isGroup\":{\"type\":\"boolean\"},\"metrics\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/MetricInGroupRep\"}},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J12 = "{\"type\":\"object\",\"required\":[\"hypothesis\",\"status\",\"createdAt\"],\"properties\":{\"_id\":{\"type\":\"string\"},\"hypothesis\":{\"type\":\"string\"},\"status\":{\"type\":\"string\",\"enum\":[\"not_started\",\"running\",\"stopped\"]},\"createdAt\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"startedAt\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"endedAt\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"winningTreatmentId\":{\"type\":\"string\"},\"winningReason\":{\"type\":\"string\"},\"canReshuffleTraffic\":{\"type\":\"boolean\"},\"flags\":{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/FlagRep\"}},\"reallocationFrequencyMillis\":{\"type\":\"integer\"},\"version\":{\"type\":\"integer\"},\"primaryMetric\":{\"$ref\":\"#/components/schemas/DependentMetricOrMetricGroupRep\",\"deprecated\":true},\"primarySingleMetric\":{\"$ref\":\"#/components/schemas/MetricV2Rep\"},\"primaryFunnel\":{\"$ref\":\"#/components/schemas/DependentMetricGroupRepWithMetrics\"},\"randomizationUnit\":{\"type\":\"string\"},\"attributes\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"treatments\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/TreatmentRep\"}},\"metrics\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/DependentMetricOrMetricGroupRep\"}},\"layerSnapshot\":{\"$ref\":\"#/components/schemas/LayerSnapshotRep\"},\"covariateInfo\":{\"$ref\":\"#/components/schemas/CovariateInfoRep\"},\"secondaryMetrics\":{\"type\":\"array\",\"deprecated\":true,\"items\":{\"$ref\":\"#/components/schemas/MetricV2Rep\"}}}}";
const $J13 = "{\"type\":\"object\",\"required\":[\"_links\"],\"properties\":{\"ruleId\":{\"type\":\"string\"},\"targetingRule\":{\"type\":\"string\"},\"targetingRuleDescription\":{\"type\":\"string\"},\"targetingRuleClauses\":{\"type\":\"array\",\"items\":{}},\"flagConfigVersion\":{\"type\":\"integer\"},\"notInExperimentVariationId\":{\"type\":\"string\"},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J14 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"kind\",\"_links\"],\"properties\":{\"key\":{\"type\":\"string\"},\"_versionId\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"kind\":{\"$ref\":\"#/components/schemas/MetricKind\"},\"isNumeric\":{\"type\":\"boolean\"},\"unitAggregationType\":{\"$ref\":\"#/components/schemas/UnitAggregationType\"},\"eventKey\":{\"type\":\"string\"},\"_links\":{\"$ref\":\"#/components/schemas/Links\"}}}";
const $J15 = "{\"type\":\"object\",\"required\":[\"name\",\"allocationPercent\"],\"properties\":{\"_id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"allocationPercent\":{\"type\":\"string\"},\"baseline\":{\"type\":\"boolean\"},\"parameters\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/ParameterRep\"}}}}";
const $J16 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"reservationPercent\",\"otherReservationPercent\"],\"properties\":{\"key\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"reservationPercent\":{\"type\":\"integer\"},\"otherReservationPercent\":{\"type\":\"integer\"}}}";
const $J17 = "{\"type\":\"object\",\"properties\":{\"variationId\":{\"type\":\"string\"},\"flagKey\":{\"type\":\"string\"}}}";
const $K2 = [
	["UnixMillis", $J1],
	["Links", $J5],
	["IterationRep", $J12],
	["Link", $J8],
	["FlagRep", $J13],
	["DependentMetricOrMetricGroupRep", $J11],
	["MetricV2Rep", $J14],
	["DependentMetricGroupRepWithMetrics", $J10],
	["TreatmentRep", $J15],
	["LayerSnapshotRep", $J16],
	["CovariateInfoRep", $J3],
	["MetricInGroupRep", $J4],
	["MetricKind", $J6],
	["UnitAggregationType", $J7],
	["ParameterRep", $J17]
];
const $J19 = "{\"type\":\"object\",\"required\":[\"key\",\"name\",\"_maintainerId\",\"_creationDate\",\"environmentKey\",\"_links\"],\"properties\":{\"_id\":{\"type\":\"string\"},\"key\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"},\"description\":{\"type\":\"string\"},\"_maintainerId\":{\"type\":\"string\"},\"_creationDate\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"environmentKey\":{\"type\":\"string\"},\"archivedDate\":{\"$ref\":\"#/components/schemas/UnixMillis\"},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"_links\":{\"$ref\":\"#/components/schemas/Links\"},\"holdoutId\":{\"type\":\"string\"},\"currentIteration\":{\"$ref\":\"#/components/schemas/IterationRep\"},\"draftIteration\":{\"$ref\":\"#/components/schemas/IterationRep\"},\"previousIterations\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/IterationRep\"}}}}";
const $J20 = "{\"type\":\"object\",\"required\":[\"operation\"],\"properties\":{\"operation\":{\"type\":\"string\",\"const\":\"remove\"}}}";
const $J21 = "{\"type\":\"object\",\"required\":[\"operation\",\"value\"],\"properties\":{\"operation\":{\"type\":\"string\",\"enum\":[\"add\",\"update\"]},\"value\":{}}}";
const $K3 = [["ExperimentFieldSet", $J21], ["ExperimentFieldRemoval", $J20]];
const $J23 = "{\"oneOf\":[{\"$ref\":\"#/components/schemas/ExperimentFieldSet\"},{\"$ref\":\"#/components/schemas/ExperimentFieldRemoval\"}]}";
const $K4 = [
	["ExperimentFieldUpdate", $J23],
	["ExperimentFieldSet", $J21],
	["ExperimentFieldRemoval", $J20]
];
const $J25 = "{\"type\":\"object\",\"minProperties\":1,\"additionalProperties\":{\"$ref\":\"#/components/schemas/ExperimentFieldUpdate\"}}";
const $J26 = "{\"type\":\"object\",\"required\":[\"kind\",\"value\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"updateExperimentFields\"},\"value\":{\"$ref\":\"#/components/schemas/ExperimentFieldUpdates\"}}}";
const $J27 = "{\"type\":\"object\",\"required\":[\"kind\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"saveAndStartNewIteration\"},\"changeJustification\":{\"type\":\"string\"},\"value\":{\"$ref\":\"#/components/schemas/ExperimentFieldUpdates\"}}}";
const $J28 = "{\"type\":\"object\",\"required\":[\"kind\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"startIteration\"},\"changeJustification\":{\"type\":\"string\"}}}";
const $J29 = "{\"type\":\"object\",\"required\":[\"kind\",\"winningTreatmentId\",\"winningReason\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"stopIteration\"},\"winningTreatmentId\":{\"type\":\"string\"},\"winningReason\":{\"type\":\"string\"}}}";
const $J30 = "{\"type\":\"object\",\"required\":[\"kind\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"restoreExperiment\"}}}";
const $J31 = "{\"type\":\"object\",\"deprecated\":true,\"required\":[\"kind\",\"value\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"updateName\"},\"value\":{\"type\":\"string\"}}}";
const $J32 = "{\"type\":\"object\",\"deprecated\":true,\"required\":[\"kind\",\"value\"],\"properties\":{\"kind\":{\"type\":\"string\",\"const\":\"updateDescription\"},\"value\":{\"type\":\"string\"}}}";
const $K5 = [
	["UpdateExperimentFieldsInstruction", $J26],
	["SaveAndStartNewIterationInstruction", $J27],
	["StartIterationInstruction", $J28],
	["StopIterationInstruction", $J29],
	["ArchiveExperimentInstruction", $J0],
	["RestoreExperimentInstruction", $J30],
	["UpdateNameInstruction", $J31],
	["UpdateDescriptionInstruction", $J32],
	["ExperimentFieldUpdates", $J25],
	["ExperimentFieldUpdate", $J23],
	["ExperimentFieldSet", $J21],
	["ExperimentFieldRemoval", $J20]
];
const $J34 = "{\"oneOf\":[{\"$ref\":\"#/components/schemas/UpdateExperimentFieldsInstruction\"},{\"$ref\":\"#/components/schemas/SaveAndStartNewIterationInstruction\"},{\"$ref\":\"#/components/schemas/StartIterationInstruction\"},{\"$ref\":\"#/components/schemas/StopIterationInstruction\"},{\"$ref\":\"#/components/schemas/ArchiveExperimentInstruction\"},{\"$ref\":\"#/components/schemas/RestoreExperimentInstruction\"},{\"$ref\":\"#/components/schemas/UpdateNameInstruction\"},{\"$ref\":\"#/components/schemas/UpdateDescriptionInstruction\"}],\"discriminator\":{\"propertyName\":\"kind\",\"mapping\":{\"updateExperimentFields\":\"#/components/schemas/UpdateExperimentFieldsInstruction\",\"saveAndStartNewIteration\":\"#/components/schemas/SaveAndStartNewIterationInstruction\",\"startIteration\":\"#/components/schemas/StartIterationInstruction\",\"stopIteration\":\"#/components/schemas/StopIterationInstruction\",\"archiveExperiment\":\"#/components/schemas/ArchiveExperimentInstruction\",\"restoreExperiment\":\"#/components/schemas/RestoreExperimentInstruction\",\"updateName\":\"#/components/schemas/UpdateNameInstruction\",\"updateDescription\":\"#/components/schemas/UpdateDescriptionInstruction\"}}}";
const $K6 = [
	["ExperimentInstruction", $J34],
	["UpdateExperimentFieldsInstruction", $J26],
	["SaveAndStartNewIterationInstruction", $J27],
	["StartIterationInstruction", $J28],
	["StopIterationInstruction", $J29],
	["ArchiveExperimentInstruction", $J0],
	["RestoreExperimentInstruction", $J30],
	["UpdateNameInstruction", $J31],
	["UpdateDescriptionInstruction", $J32],
	["ExperimentFieldUpdates", $J25],
	["ExperimentFieldUpdate", $J23],
	["ExperimentFieldSet", $J21],
	["ExperimentFieldRemoval", $J20]
];
const $J36 = "{\"type\":\"object\",\"required\":[\"instructions\"],\"properties\":{\"comment\":{\"type\":\"string\"},\"instructions\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"$ref\":\"#/components/schemas/ExperimentInstruction\"}}}}";
const $J37 = "{\"type\":\"object\",\"required\":[\"ruleId\",\"flagConfigVersion\"],\"properties\":{\"ruleId\":{\"type\":\"string\"},\"flagConfigVersion\":{\"type\":\"integer\"},\"notInExperimentVariationId\":{\"type\":\"string\"}}}";
const $K7 = [["Links", $J5], ["Link", $J8]];
const $J39 = "{\"type\":\"object\",\"required\":[\"code\",\"message\"],\"properties\":{\"code\":{\"type\":\"string\"},\"message\":{\"type\":\"string\"}}}";
const $J40 = "{\"type\":\"object\",\"required\":[\"key\"],\"properties\":{\"key\":{\"type\":\"string\"},\"isGroup\":{\"type\":\"boolean\"},\"primary\":{\"type\":\"boolean\",\"deprecated\":true}}}";
const $J41 = "{\"type\":\"object\",\"required\":[\"name\",\"baseline\",\"allocationPercent\",\"parameters\"],\"properties\":{\"name\":{\"type\":\"string\"},\"baseline\":{\"type\":\"boolean\"},\"allocationPercent\":{\"type\":\"string\"},\"parameters\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/TreatmentParameterInput\"}}}}";
const $J42 = "{\"type\":\"object\",\"required\":[\"flagKey\",\"variationId\"],\"properties\":{\"flagKey\":{\"type\":\"string\"},\"variationId\":{\"type\":\"string\"}}}";
const $K8 = [
	["MetricInput", $J40],
	["TreatmentInput", $J41],
	["FlagInput", $J37],
	["TreatmentParameterInput", $J42]
];
const $J44 = "{\"type\":\"object\",\"required\":[\"hypothesis\",\"metrics\",\"treatments\",\"flags\"],\"properties\":{\"hypothesis\":{\"type\":\"string\"},\"canReshuffleTraffic\":{\"type\":\"boolean\",\"default\":true},\"metrics\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/MetricInput\"}},\"primarySingleMetricKey\":{\"type\":\"string\"},\"primaryFunnelKey\":{\"type\":\"string\"},\"treatments\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/TreatmentInput\"}},\"flags\":{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/components/schemas/FlagInput\"}},\"randomizationUnit\":{\"type\":\"string\",\"default\":\"user\"},\"reallocationFrequencyMillis\":{\"type\":\"integer\"},\"covariateId\":{\"type\":\"string\"},\"attributes\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}";
const $K9 = [
	["UnixMillis", $J1],
	["FlagRep", $J13],
	["DependentMetricOrMetricGroupRep", $J11],
	["MetricV2Rep", $J14],
	["DependentMetricGroupRepWithMetrics", $J10],
	["TreatmentRep", $J15],
	["LayerSnapshotRep", $J16],
	["CovariateInfoRep", $J3],
	["Links", $J5],
	["MetricInGroupRep", $J4],
	["MetricKind", $J6],
	["UnitAggregationType", $J7],
	["ParameterRep", $J17],
	["Link", $J8]
];
const $K10 = [["Link", $J8]];
const $K11 = [
	["MetricKind", $J6],
	["UnitAggregationType", $J7],
	["Links", $J5],
	["Link", $J8]
];
const $K12 = [
	["ExperimentFieldUpdates", $J25],
	["ExperimentFieldUpdate", $J23],
	["ExperimentFieldSet", $J21],
	["ExperimentFieldRemoval", $J20]
];
const $K13 = [["TreatmentParameterInput", $J42]];
const $K14 = [["ParameterRep", $J17]];
const $J51 = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"object\",\"properties\":{\"projectKey\":{\"type\":\"string\"},\"environmentKey\":{\"type\":\"string\"},\"experimentKey\":{\"type\":\"string\"}},\"required\":[\"projectKey\",\"environmentKey\",\"experimentKey\"]},\"header\":{\"type\":\"object\",\"properties\":{\"LD-API-Version\":{\"type\":\"string\",\"default\":\"20240415\"}}}},\"required\":[\"path\"]}";
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["kind"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["id"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "id"]
			});
		} else {
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
		const v2 = x["fileName"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "fileName"]
			});
		} else {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "fileName"]
				});
			}
		}
		const v3 = x["createdAt"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "createdAt"]
			});
		} else {
			if (!(o === null ? $c37(v3, p, null) : $dropPath(p, 1, $c37(v3, (p.push("createdAt"), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["key"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		const v2 = x["name"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		} else {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "name"]
				});
			}
		}
		const v3 = x["kind"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
		const v4 = x["metrics"];
		if (v4 !== undefined) {
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
					if (!(o === null ? $c20(v6, p, null) : $dropPath(p, 2, $c20(v6, (p.push("metrics", i5), p), o)))) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		const v7 = x["_links"];
		if (v7 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		} else {
			if (!(o === null ? $c19(v7, p, null) : $dropPath(p, 1, $c19(v7, (p.push("_links"), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["key"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		const v2 = x["_versionId"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_versionId"]
			});
		} else {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "_versionId"]
				});
			}
		}
		const v3 = x["name"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		} else {
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "name"]
				});
			}
		}
		const v4 = x["kind"];
		if (v4 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
		const v5 = x["isNumeric"];
		if (v5 !== undefined) {
			if (!(typeof v5 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v5),
					path: [...p, "isNumeric"]
				});
			}
		}
		const v6 = x["eventKey"];
		if (v6 !== undefined) {
			if (!(typeof v6 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v6),
					path: [...p, "eventKey"]
				});
			}
		}
		const v7 = x["isGroup"];
		if (v7 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "isGroup"]
			});
		} else {
			if (!(typeof v7 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v7),
					path: [...p, "isGroup"]
				});
			}
		}
		const v8 = x["metrics"];
		if (v8 !== undefined) {
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
					if (!(o === null ? $c20(v10, p, null) : $dropPath(p, 2, $c20(v10, (p.push("metrics", i9), p), o)))) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		const v11 = x["_links"];
		if (v11 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		} else {
			if (!(o === null ? $c19(v11, p, null) : $dropPath(p, 1, $c19(v11, (p.push("_links"), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["_id"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "_id"]
				});
			}
		}
		const v2 = x["key"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		} else {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "key"]
				});
			}
		}
		const v3 = x["name"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		} else {
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "name"]
				});
			}
		}
		const v4 = x["description"];
		if (v4 !== undefined) {
			if (!(typeof v4 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v4),
					path: [...p, "description"]
				});
			}
		}
		const v5 = x["_maintainerId"];
		if (v5 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_maintainerId"]
			});
		} else {
			if (!(typeof v5 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v5),
					path: [...p, "_maintainerId"]
				});
			}
		}
		const v6 = x["_creationDate"];
		if (v6 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_creationDate"]
			});
		} else {
			if (!(o === null ? $c37(v6, p, null) : $dropPath(p, 1, $c37(v6, (p.push("_creationDate"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v7 = x["environmentKey"];
		if (v7 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "environmentKey"]
			});
		} else {
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "environmentKey"]
				});
			}
		}
		const v8 = x["archivedDate"];
		if (v8 !== undefined) {
			if (!(o === null ? $c37(v8, p, null) : $dropPath(p, 1, $c37(v8, (p.push("archivedDate"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v9 = x["tags"];
		if (v9 !== undefined) {
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
		const v12 = x["_links"];
		if (v12 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		} else {
			if (!(o === null ? $c19(v12, p, null) : $dropPath(p, 1, $c19(v12, (p.push("_links"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v13 = x["holdoutId"];
		if (v13 !== undefined) {
			if (!(typeof v13 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v13),
					path: [...p, "holdoutId"]
				});
			}
		}
		const v14 = x["currentIteration"];
		if (v14 !== undefined) {
			if (!(o === null ? $c16(v14, p, null) : $dropPath(p, 1, $c16(v14, (p.push("currentIteration"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v15 = x["draftIteration"];
		if (v15 !== undefined) {
			if (!(o === null ? $c16(v15, p, null) : $dropPath(p, 1, $c16(v15, (p.push("draftIteration"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v16 = x["previousIterations"];
		if (v16 !== undefined) {
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
					if (!(o === null ? $c16(v18, p, null) : $dropPath(p, 2, $c16(v18, (p.push("previousIterations", i17), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["operation"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "operation"]
			});
		} else {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		if (x["value"] === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "value"]
			});
		}
		const v1 = x["operation"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "operation"]
			});
		} else {
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
		$branchIssues(o, x, [...p], [$c6, $c5], -1);
	}
	if (n1 > 1) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must match exactly one of 2 allowed shapes (oneOf), not " + n1,
			path: [...p]
		});
	}
	return ok;
}
// "#/components/schemas/ExperimentFieldUpdates"
function $c8(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const n1 = Object.keys(x).length;
		if (n1 < 1) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must have at least 1 properties",
				path: [...p]
			});
		}
		for (const k2 of Object.keys(x)) {
			const v3 = x[k2];
			if (true) {
				if (!(o === null ? $c7(v3, p, null) : $dropPath(p, 1, $c7(v3, (p.push(k2), p), o)))) {
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
		$branchIssues(o, x, [...p], [
			$c39,
			$c28,
			$c29,
			$c31,
			$c0,
			$c27,
			$c40,
			$c38
		], $taggedBranch(x, "kind", $t0), {
			property: "kind",
			message: "must be one of \"updateExperimentFields\", \"saveAndStartNewIteration\", \"startIteration\", \"stopIteration\", \"archiveExperiment\", \"restoreExperiment\", \"updateName\", \"updateDescription\""
		});
	}
	if (n1 > 1) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must match exactly one of 8 allowed shapes (oneOf), not " + n1,
			path: [...p]
		});
	}
	return ok;
}
// "#/components/schemas/ExperimentPatchInput"
function $c10(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["comment"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "comment"]
				});
			}
		}
		const v2 = x["instructions"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "instructions"]
			});
		} else {
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
					if (!(o === null ? $c9(v4, p, null) : $dropPath(p, 2, $c9(v4, (p.push("instructions", i3), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["ruleId"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "ruleId"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "ruleId"]
				});
			}
		}
		const v2 = x["flagConfigVersion"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "flagConfigVersion"]
			});
		} else {
			if (!Number.isInteger(v2)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v2),
					path: [...p, "flagConfigVersion"]
				});
			}
		}
		const v3 = x["notInExperimentVariationId"];
		if (v3 !== undefined) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["ruleId"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "ruleId"]
				});
			}
		}
		const v2 = x["targetingRule"];
		if (v2 !== undefined) {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "targetingRule"]
				});
			}
		}
		const v3 = x["targetingRuleDescription"];
		if (v3 !== undefined) {
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "targetingRuleDescription"]
				});
			}
		}
		const v4 = x["targetingRuleClauses"];
		if (v4 !== undefined) {
			if (!Array.isArray(v4)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v4),
					path: [...p, "targetingRuleClauses"]
				});
			}
		}
		const v5 = x["flagConfigVersion"];
		if (v5 !== undefined) {
			if (!Number.isInteger(v5)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v5),
					path: [...p, "flagConfigVersion"]
				});
			}
		}
		const v6 = x["notInExperimentVariationId"];
		if (v6 !== undefined) {
			if (!(typeof v6 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v6),
					path: [...p, "notInExperimentVariationId"]
				});
			}
		}
		const v7 = x["_links"];
		if (v7 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		} else {
			if (!(o === null ? $c19(v7, p, null) : $dropPath(p, 1, $c19(v7, (p.push("_links"), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["code"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "code"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "code"]
				});
			}
		}
		const v2 = x["message"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "message"]
			});
		} else {
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
const $c14 = $c13;
// "#/components/schemas/IterationInput"
function $c15(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["hypothesis"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "hypothesis"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "hypothesis"]
				});
			}
		}
		const v2 = x["canReshuffleTraffic"];
		if (v2 !== undefined) {
			if (!(typeof v2 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v2),
					path: [...p, "canReshuffleTraffic"]
				});
			}
		}
		const v3 = x["metrics"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "metrics"]
			});
		} else {
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
					if (!(o === null ? $c21(v5, p, null) : $dropPath(p, 2, $c21(v5, (p.push("metrics", i4), p), o)))) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		const v6 = x["primarySingleMetricKey"];
		if (v6 !== undefined) {
			if (!(typeof v6 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v6),
					path: [...p, "primarySingleMetricKey"]
				});
			}
		}
		const v7 = x["primaryFunnelKey"];
		if (v7 !== undefined) {
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "primaryFunnelKey"]
				});
			}
		}
		const v8 = x["treatments"];
		if (v8 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "treatments"]
			});
		} else {
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
					if (!(o === null ? $c32(v10, p, null) : $dropPath(p, 2, $c32(v10, (p.push("treatments", i9), p), o)))) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		const v11 = x["flags"];
		if (v11 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "flags"]
			});
		} else {
			if (!(typeof v11 === "object" && v11 !== null && !Array.isArray(v11) && !(v11 instanceof Blob))) {
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
						if (!(o === null ? $c11(v13, p, null) : $dropPath(p, 2, $c11(v13, (p.push("flags", k12), p), o)))) {
							if (o === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		const v15 = x["randomizationUnit"];
		if (v15 !== undefined) {
			if (!(typeof v15 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v15),
					path: [...p, "randomizationUnit"]
				});
			}
		}
		const v16 = x["reallocationFrequencyMillis"];
		if (v16 !== undefined) {
			if (!Number.isInteger(v16)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v16),
					path: [...p, "reallocationFrequencyMillis"]
				});
			}
		}
		const v17 = x["covariateId"];
		if (v17 !== undefined) {
			if (!(typeof v17 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v17),
					path: [...p, "covariateId"]
				});
			}
		}
		const v18 = x["attributes"];
		if (v18 !== undefined) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["_id"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "_id"]
				});
			}
		}
		const v2 = x["hypothesis"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "hypothesis"]
			});
		} else {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "hypothesis"]
				});
			}
		}
		const v3 = x["status"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "status"]
			});
		} else {
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
		const v4 = x["createdAt"];
		if (v4 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "createdAt"]
			});
		} else {
			if (!(o === null ? $c37(v4, p, null) : $dropPath(p, 1, $c37(v4, (p.push("createdAt"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v5 = x["startedAt"];
		if (v5 !== undefined) {
			if (!(o === null ? $c37(v5, p, null) : $dropPath(p, 1, $c37(v5, (p.push("startedAt"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v6 = x["endedAt"];
		if (v6 !== undefined) {
			if (!(o === null ? $c37(v6, p, null) : $dropPath(p, 1, $c37(v6, (p.push("endedAt"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v7 = x["winningTreatmentId"];
		if (v7 !== undefined) {
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "winningTreatmentId"]
				});
			}
		}
		const v8 = x["winningReason"];
		if (v8 !== undefined) {
			if (!(typeof v8 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v8),
					path: [...p, "winningReason"]
				});
			}
		}
		const v9 = x["canReshuffleTraffic"];
		if (v9 !== undefined) {
			if (!(typeof v9 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v9),
					path: [...p, "canReshuffleTraffic"]
				});
			}
		}
		const v10 = x["flags"];
		if (v10 !== undefined) {
			if (!(typeof v10 === "object" && v10 !== null && !Array.isArray(v10) && !(v10 instanceof Blob))) {
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
						if (!(o === null ? $c12(v12, p, null) : $dropPath(p, 2, $c12(v12, (p.push("flags", k11), p), o)))) {
							if (o === null) return false;
							ok = false;
						}
					}
				}
			}
		}
		const v14 = x["reallocationFrequencyMillis"];
		if (v14 !== undefined) {
			if (!Number.isInteger(v14)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v14),
					path: [...p, "reallocationFrequencyMillis"]
				});
			}
		}
		const v15 = x["version"];
		if (v15 !== undefined) {
			if (!Number.isInteger(v15)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v15),
					path: [...p, "version"]
				});
			}
		}
		const v16 = x["primaryMetric"];
		if (v16 !== undefined) {
			if (!(o === null ? $c3(v16, p, null) : $dropPath(p, 1, $c3(v16, (p.push("primaryMetric"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v17 = x["primarySingleMetric"];
		if (v17 !== undefined) {
			if (!(o === null ? $c23(v17, p, null) : $dropPath(p, 1, $c23(v17, (p.push("primarySingleMetric"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v18 = x["primaryFunnel"];
		if (v18 !== undefined) {
			if (!(o === null ? $c2(v18, p, null) : $dropPath(p, 1, $c2(v18, (p.push("primaryFunnel"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v19 = x["randomizationUnit"];
		if (v19 !== undefined) {
			if (!(typeof v19 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v19),
					path: [...p, "randomizationUnit"]
				});
			}
		}
		const v20 = x["attributes"];
		if (v20 !== undefined) {
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
		const v23 = x["treatments"];
		if (v23 !== undefined) {
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
					if (!(o === null ? $c34(v25, p, null) : $dropPath(p, 2, $c34(v25, (p.push("treatments", i24), p), o)))) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		const v26 = x["metrics"];
		if (v26 !== undefined) {
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
					if (!(o === null ? $c3(v28, p, null) : $dropPath(p, 2, $c3(v28, (p.push("metrics", i27), p), o)))) {
						if (o === null) return false;
						ok = false;
					}
				}
			}
		}
		const v29 = x["layerSnapshot"];
		if (v29 !== undefined) {
			if (!(o === null ? $c17(v29, p, null) : $dropPath(p, 1, $c17(v29, (p.push("layerSnapshot"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v30 = x["covariateInfo"];
		if (v30 !== undefined) {
			if (!(o === null ? $c1(v30, p, null) : $dropPath(p, 1, $c1(v30, (p.push("covariateInfo"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v31 = x["secondaryMetrics"];
		if (v31 !== undefined) {
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
					if (!(o === null ? $c23(v33, p, null) : $dropPath(p, 2, $c23(v33, (p.push("secondaryMetrics", i32), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["key"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		const v2 = x["name"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		} else {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "name"]
				});
			}
		}
		const v3 = x["reservationPercent"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "reservationPercent"]
			});
		} else {
			if (!Number.isInteger(v3)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v3),
					path: [...p, "reservationPercent"]
				});
			}
		}
		const v4 = x["otherReservationPercent"];
		if (v4 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "otherReservationPercent"]
			});
		} else {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["href"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "href"]
				});
			}
		}
		const v2 = x["type"];
		if (v2 !== undefined) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		for (const k1 of Object.keys(x)) {
			const v2 = x[k1];
			if (true) {
				if (!(o === null ? $c18(v2, p, null) : $dropPath(p, 1, $c18(v2, (p.push(k1), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["key"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		const v2 = x["_versionId"];
		if (v2 !== undefined) {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "_versionId"]
				});
			}
		}
		const v3 = x["name"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		} else {
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "name"]
				});
			}
		}
		const v4 = x["kind"];
		if (v4 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
			if (!(o === null ? $c22(v4, p, null) : $dropPath(p, 1, $c22(v4, (p.push("kind"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v5 = x["isNumeric"];
		if (v5 !== undefined) {
			if (!(typeof v5 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v5),
					path: [...p, "isNumeric"]
				});
			}
		}
		const v6 = x["unitAggregationType"];
		if (v6 !== undefined) {
			if (!(o === null ? $c36(v6, p, null) : $dropPath(p, 1, $c36(v6, (p.push("unitAggregationType"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v7 = x["eventKey"];
		if (v7 !== undefined) {
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "eventKey"]
				});
			}
		}
		const v8 = x["nameInGroup"];
		if (v8 !== undefined) {
			if (!(typeof v8 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v8),
					path: [...p, "nameInGroup"]
				});
			}
		}
		const v9 = x["analysisUnits"];
		if (v9 !== undefined) {
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
		const v12 = x["randomizationUnits"];
		if (v12 !== undefined) {
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
		const v15 = x["_links"];
		if (v15 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		} else {
			if (!(o === null ? $c19(v15, p, null) : $dropPath(p, 1, $c19(v15, (p.push("_links"), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["key"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		const v2 = x["isGroup"];
		if (v2 !== undefined) {
			if (!(typeof v2 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v2),
					path: [...p, "isGroup"]
				});
			}
		}
		const v3 = x["primary"];
		if (v3 !== undefined) {
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
			path: [...p]
		});
	} else {
		if (x !== "pageview" && x !== "click" && x !== "custom") {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must be one of \"pageview\", \"click\", \"custom\"",
				path: [...p]
			});
		}
	}
	return ok;
}
// "#/components/schemas/MetricV2Rep"
function $c23(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["key"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "key"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "key"]
				});
			}
		}
		const v2 = x["_versionId"];
		if (v2 !== undefined) {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "_versionId"]
				});
			}
		}
		const v3 = x["name"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		} else {
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "name"]
				});
			}
		}
		const v4 = x["kind"];
		if (v4 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
			if (!(o === null ? $c22(v4, p, null) : $dropPath(p, 1, $c22(v4, (p.push("kind"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v5 = x["isNumeric"];
		if (v5 !== undefined) {
			if (!(typeof v5 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v5),
					path: [...p, "isNumeric"]
				});
			}
		}
		const v6 = x["unitAggregationType"];
		if (v6 !== undefined) {
			if (!(o === null ? $c36(v6, p, null) : $dropPath(p, 1, $c36(v6, (p.push("unitAggregationType"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
		const v7 = x["eventKey"];
		if (v7 !== undefined) {
			if (!(typeof v7 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v7),
					path: [...p, "eventKey"]
				});
			}
		}
		const v8 = x["_links"];
		if (v8 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "_links"]
			});
		} else {
			if (!(o === null ? $c19(v8, p, null) : $dropPath(p, 1, $c19(v8, (p.push("_links"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/NotFoundErrorRep"
const $c24 = $c13;
// "#/components/schemas/ParameterRep"
function $c25(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["variationId"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "variationId"]
				});
			}
		}
		const v2 = x["flagKey"];
		if (v2 !== undefined) {
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
const $c26 = $c13;
// "#/components/schemas/RestoreExperimentInstruction"
function $c27(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["kind"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["kind"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
		const v2 = x["changeJustification"];
		if (v2 !== undefined) {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "changeJustification"]
				});
			}
		}
		const v3 = x["value"];
		if (v3 !== undefined) {
			if (!(o === null ? $c8(v3, p, null) : $dropPath(p, 1, $c8(v3, (p.push("value"), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["kind"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
		const v2 = x["changeJustification"];
		if (v2 !== undefined) {
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
const $c30 = $c13;
// "#/components/schemas/StopIterationInstruction"
function $c31(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["kind"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
		const v2 = x["winningTreatmentId"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "winningTreatmentId"]
			});
		} else {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "winningTreatmentId"]
				});
			}
		}
		const v3 = x["winningReason"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "winningReason"]
			});
		} else {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["name"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "name"]
				});
			}
		}
		const v2 = x["baseline"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "baseline"]
			});
		} else {
			if (!(typeof v2 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v2),
					path: [...p, "baseline"]
				});
			}
		}
		const v3 = x["allocationPercent"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "allocationPercent"]
			});
		} else {
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "allocationPercent"]
				});
			}
		}
		const v4 = x["parameters"];
		if (v4 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "parameters"]
			});
		} else {
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
					if (!(o === null ? $c33(v6, p, null) : $dropPath(p, 2, $c33(v6, (p.push("parameters", i5), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["flagKey"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "flagKey"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "flagKey"]
				});
			}
		}
		const v2 = x["variationId"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "variationId"]
			});
		} else {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["_id"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "_id"]
				});
			}
		}
		const v2 = x["name"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "name"]
			});
		} else {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "name"]
				});
			}
		}
		const v3 = x["allocationPercent"];
		if (v3 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "allocationPercent"]
			});
		} else {
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "allocationPercent"]
				});
			}
		}
		const v4 = x["baseline"];
		if (v4 !== undefined) {
			if (!(typeof v4 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v4),
					path: [...p, "baseline"]
				});
			}
		}
		const v5 = x["parameters"];
		if (v5 !== undefined) {
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
					if (!(o === null ? $c25(v7, p, null) : $dropPath(p, 2, $c25(v7, (p.push("parameters", i6), p), o)))) {
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
const $c35 = $c13;
// "#/components/schemas/UnitAggregationType"
function $c36(x, p, o) {
	let ok = true;
	if (!(typeof x === "string")) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be string, not " + $typeName(x),
			path: [...p]
		});
	} else {
		if (x !== "average" && x !== "sum") {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must be one of \"average\", \"sum\"",
				path: [...p]
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
			path: [...p]
		});
	} else {
		if (!$isInt64(x)) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must be a valid int64 (format)",
				path: [...p]
			});
		}
	}
	return ok;
}
// "#/components/schemas/UpdateDescriptionInstruction"
function $c38(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["kind"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
		const v2 = x["value"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "value"]
			});
		} else {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["kind"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
		const v2 = x["value"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "value"]
			});
		} else {
			if (!(o === null ? $c8(v2, p, null) : $dropPath(p, 1, $c8(v2, (p.push("value"), p), o)))) {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["kind"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "kind"]
			});
		} else {
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
		const v2 = x["value"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "value"]
			});
		} else {
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
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["path"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "path"]
			});
		} else {
			if (!(typeof v1 === "object" && v1 !== null && !Array.isArray(v1) && !(v1 instanceof Blob))) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v1),
					path: [...p, "path"]
				});
			} else {
				const v2 = v1["projectKey"];
				if (v2 === undefined) {
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
				} else {
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
				const v3 = v1["environmentKey"];
				if (v3 === undefined) {
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
				} else {
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
				const v4 = v1["experimentKey"];
				if (v4 === undefined) {
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
				} else {
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
		const v5 = x["header"];
		if (v5 !== undefined) {
			if (!(typeof v5 === "object" && v5 !== null && !Array.isArray(v5) && !(v5 instanceof Blob))) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v5),
					path: [...p, "header"]
				});
			} else {
				const v6 = v5["LD-API-Version"];
				if (v6 !== undefined) {
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
const $s1 = $s0;
/** Checks a value against the `ArchiveExperimentInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ArchiveExperimentInstruction = /* @__PURE__ */ $validator("ArchiveExperimentInstruction", $c0, () => ({
	dialect: "3.1",
	root: $J0,
	components: []
}));
/** Checks a value against the `CovariateInfoRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const CovariateInfoRep = /* @__PURE__ */ $validator("CovariateInfoRep", $c1, () => ({
	dialect: "3.1",
	root: $J3,
	components: $K0
}));
/** Checks a value against the `DependentMetricGroupRepWithMetrics` schema (Standard Schema v1, Standard JSON Schema v1). */
export const DependentMetricGroupRepWithMetrics = /* @__PURE__ */ $validator("DependentMetricGroupRepWithMetrics", $c2, () => ({
	dialect: "3.1",
	root: $J10,
	components: $K1
}));
/** Checks a value against the `DependentMetricOrMetricGroupRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const DependentMetricOrMetricGroupRep = /* @__PURE__ */ $validator("DependentMetricOrMetricGroupRep", $c3, () => ({
	dialect: "3.1",
	root: $J11,
	components: $K1
}));
/** Checks a value against the `Experiment` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Experiment = /* @__PURE__ */ $validator("Experiment", $c4, () => ({
	dialect: "3.1",
	root: $J19,
	components: $K2
}));
/** Checks a value against the `ExperimentFieldRemoval` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentFieldRemoval = /* @__PURE__ */ $validator("ExperimentFieldRemoval", $c5, () => ({
	dialect: "3.1",
	root: $J20,
	components: []
}));
/** Checks a value against the `ExperimentFieldSet` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentFieldSet = /* @__PURE__ */ $validator("ExperimentFieldSet", $c6, () => ({
	dialect: "3.1",
	root: $J21,
	components: []
}));
/** Checks a value against the `ExperimentFieldUpdate` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentFieldUpdate = /* @__PURE__ */ $validator("ExperimentFieldUpdate", $c7, () => ({
	dialect: "3.1",
	root: $J23,
	components: $K3
}));
/** Checks a value against the `ExperimentFieldUpdates` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentFieldUpdates = /* @__PURE__ */ $validator("ExperimentFieldUpdates", $c8, () => ({
	dialect: "3.1",
	root: $J25,
	components: $K4
}));
/** Checks a value against the `ExperimentInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentInstruction = /* @__PURE__ */ $validator("ExperimentInstruction", $c9, () => ({
	dialect: "3.1",
	root: $J34,
	components: $K5
}));
/** Checks a value against the `ExperimentPatchInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ExperimentPatchInput = /* @__PURE__ */ $validator("ExperimentPatchInput", $c10, () => ({
	dialect: "3.1",
	root: $J36,
	components: $K6
}));
/** Checks a value against the `FlagInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const FlagInput = /* @__PURE__ */ $validator("FlagInput", $c11, () => ({
	dialect: "3.1",
	root: $J37,
	components: []
}));
/** Checks a value against the `FlagRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const FlagRep = /* @__PURE__ */ $validator("FlagRep", $c12, () => ({
	dialect: "3.1",
	root: $J13,
	components: $K7
}));
/** Checks a value against the `ForbiddenErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ForbiddenErrorRep = /* @__PURE__ */ $validator("ForbiddenErrorRep", $c13, () => ({
	dialect: "3.1",
	root: $J39,
	components: []
}));
/** Checks a value against the `InvalidRequestErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const InvalidRequestErrorRep = /* @__PURE__ */ $validator("InvalidRequestErrorRep", $c14, () => ({
	dialect: "3.1",
	root: $J39,
	components: []
}));
/** Checks a value against the `IterationInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const IterationInput = /* @__PURE__ */ $validator("IterationInput", $c15, () => ({
	dialect: "3.1",
	root: $J44,
	components: $K8
}));
/** Checks a value against the `IterationRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const IterationRep = /* @__PURE__ */ $validator("IterationRep", $c16, () => ({
	dialect: "3.1",
	root: $J12,
	components: $K9
}));
/** Checks a value against the `LayerSnapshotRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const LayerSnapshotRep = /* @__PURE__ */ $validator("LayerSnapshotRep", $c17, () => ({
	dialect: "3.1",
	root: $J16,
	components: []
}));
/** Checks a value against the `Link` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Link = /* @__PURE__ */ $validator("Link", $c18, () => ({
	dialect: "3.1",
	root: $J8,
	components: []
}));
/** Checks a value against the `Links` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Links = /* @__PURE__ */ $validator("Links", $c19, () => ({
	dialect: "3.1",
	root: $J5,
	components: $K10
}));
/** Checks a value against the `MetricInGroupRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MetricInGroupRep = /* @__PURE__ */ $validator("MetricInGroupRep", $c20, () => ({
	dialect: "3.1",
	root: $J4,
	components: $K11
}));
/** Checks a value against the `MetricInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MetricInput = /* @__PURE__ */ $validator("MetricInput", $c21, () => ({
	dialect: "3.1",
	root: $J40,
	components: []
}));
/** Checks a value against the `MetricKind` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MetricKind = /* @__PURE__ */ $validator("MetricKind", $c22, () => ({
	dialect: "3.1",
	root: $J6,
	components: []
}));
/** Checks a value against the `MetricV2Rep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MetricV2Rep = /* @__PURE__ */ $validator("MetricV2Rep", $c23, () => ({
	dialect: "3.1",
	root: $J14,
	components: $K11
}));
/** Checks a value against the `NotFoundErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const NotFoundErrorRep = /* @__PURE__ */ $validator("NotFoundErrorRep", $c24, () => ({
	dialect: "3.1",
	root: $J39,
	components: []
}));
/** Checks a value against the `ParameterRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ParameterRep = /* @__PURE__ */ $validator("ParameterRep", $c25, () => ({
	dialect: "3.1",
	root: $J17,
	components: []
}));
/** Checks a value against the `RateLimitedErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const RateLimitedErrorRep = /* @__PURE__ */ $validator("RateLimitedErrorRep", $c26, () => ({
	dialect: "3.1",
	root: $J39,
	components: []
}));
/** Checks a value against the `RestoreExperimentInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const RestoreExperimentInstruction = /* @__PURE__ */ $validator("RestoreExperimentInstruction", $c27, () => ({
	dialect: "3.1",
	root: $J30,
	components: []
}));
/** Checks a value against the `SaveAndStartNewIterationInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const SaveAndStartNewIterationInstruction = /* @__PURE__ */ $validator("SaveAndStartNewIterationInstruction", $c28, () => ({
	dialect: "3.1",
	root: $J27,
	components: $K12
}));
/** Checks a value against the `StartIterationInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const StartIterationInstruction = /* @__PURE__ */ $validator("StartIterationInstruction", $c29, () => ({
	dialect: "3.1",
	root: $J28,
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
	root: $J29,
	components: []
}));
/** Checks a value against the `TreatmentInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const TreatmentInput = /* @__PURE__ */ $validator("TreatmentInput", $c32, () => ({
	dialect: "3.1",
	root: $J41,
	components: $K13
}));
/** Checks a value against the `TreatmentParameterInput` schema (Standard Schema v1, Standard JSON Schema v1). */
export const TreatmentParameterInput = /* @__PURE__ */ $validator("TreatmentParameterInput", $c33, () => ({
	dialect: "3.1",
	root: $J42,
	components: []
}));
/** Checks a value against the `TreatmentRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const TreatmentRep = /* @__PURE__ */ $validator("TreatmentRep", $c34, () => ({
	dialect: "3.1",
	root: $J15,
	components: $K14
}));
/** Checks a value against the `UnauthorizedErrorRep` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UnauthorizedErrorRep = /* @__PURE__ */ $validator("UnauthorizedErrorRep", $c35, () => ({
	dialect: "3.1",
	root: $J39,
	components: []
}));
/** Checks a value against the `UnitAggregationType` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UnitAggregationType = /* @__PURE__ */ $validator("UnitAggregationType", $c36, () => ({
	dialect: "3.1",
	root: $J7,
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
	root: $J32,
	components: []
}));
/** Checks a value against the `UpdateExperimentFieldsInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UpdateExperimentFieldsInstruction = /* @__PURE__ */ $validator("UpdateExperimentFieldsInstruction", $c39, () => ({
	dialect: "3.1",
	root: $J26,
	components: $K12
}));
/** Checks a value against the `UpdateNameInstruction` schema (Standard Schema v1, Standard JSON Schema v1). */
export const UpdateNameInstruction = /* @__PURE__ */ $validator("UpdateNameInstruction", $c40, () => ({
	dialect: "3.1",
	root: $J31,
	components: []
}));
/** The validators of `createIteration`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const createIterationValidators = {
	params: /* @__PURE__ */ $validator("createIteration: parameters", $s0, () => ({
		dialect: "3.1",
		root: $J51,
		components: []
	})),
	body: { "application/json": /* @__PURE__ */ $validator("createIteration: request body application/json", $c15, () => ({
		dialect: "3.1",
		root: $J44,
		components: $K8
	})) },
	responses: {
		"200": { "application/json": /* @__PURE__ */ $validator("createIteration: 200 response application/json", $c16, () => ({
			dialect: "3.1",
			root: $J12,
			components: $K9
		})) },
		"400": { "application/json": /* @__PURE__ */ $validator("createIteration: 400 response application/json", $c14, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"401": { "application/json": /* @__PURE__ */ $validator("createIteration: 401 response application/json", $c35, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"403": { "application/json": /* @__PURE__ */ $validator("createIteration: 403 response application/json", $c13, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"404": { "application/json": /* @__PURE__ */ $validator("createIteration: 404 response application/json", $c24, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"429": { "application/json": /* @__PURE__ */ $validator("createIteration: 429 response application/json", $c26, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) }
	}
};
/** The validators of `patchExperiment`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const patchExperimentValidators = {
	params: /* @__PURE__ */ $validator("patchExperiment: parameters", $s1, () => ({
		dialect: "3.1",
		root: $J51,
		components: []
	})),
	body: { "application/json; domain-model=launchdarkly.semanticpatch": /* @__PURE__ */ $validator("patchExperiment: request body application/json; domain-model=launchdarkly.semanticpatch", $c10, () => ({
		dialect: "3.1",
		root: $J36,
		components: $K6
	})) },
	responses: {
		"200": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 200 response application/json", $c4, () => ({
			dialect: "3.1",
			root: $J19,
			components: $K2
		})) },
		"400": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 400 response application/json", $c14, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"401": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 401 response application/json", $c35, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"403": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 403 response application/json", $c13, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"404": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 404 response application/json", $c24, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"409": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 409 response application/json", $c30, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) },
		"429": { "application/json": /* @__PURE__ */ $validator("patchExperiment: 429 response application/json", $c26, () => ({
			dialect: "3.1",
			root: $J39,
			components: []
		})) }
	}
};
/** Every operation's validators, by method name: `createClient({ validate: { with: operationValidators } })`. */
export const operationValidators = {
	createIteration: createIterationValidators,
	patchExperiment: patchExperimentValidators
};
