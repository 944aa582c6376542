import { typeName as $typeName } from "./validators/rules.js";
import { validator as $validator, dropPath as $dropPath } from "./validators/standard.js";
const $J0 = "{\"type\":\"string\",\"enum\":[\"v0\",\"v1\",\"v2\",\"v3\",\"v4\",\"v5\",\"v6\",\"v7\",\"v8\",\"v9\",\"v10\",\"v11\",\"v12\",\"v13\",\"v14\",\"v15\",\"v16\",\"v17\",\"v18\",\"v19\",\"v20\",\"v21\",\"v22\",\"v23\",\"v24\",\"v25\",\"v26\",\"v27\",\"v28\",\"v29\",\"v30\",\"v31\",\"v32\",\"v33\",\"v34\",\"v35\",\"v36\",\"v37\",\"v38\",\"v39\",\"v40\",\"v41\",\"v42\",\"v43\",\"v44\",\"v45\",\"v46\",\"v47\",\"v48\",\"v49\",\"v50\",\"v51\",\"v52\",\"v53\",\"v54\",\"v55\",\"v56\",\"v57\",\"v58\",\"v59\",\"v60\",\"v61\",\"v62\",\"v63\",\"v64\",\"v65\",\"v66\",\"v67\",\"v68\",\"v69\",\"v70\",\"v71\",\"v72\",\"v73\",\"v74\",\"v75\",\"v76\",\"v77\",\"v78\",\"v79\",\"v80\",\"v81\",\"v82\",\"v83\",\"v84\",\"v85\",\"v86\",\"v87\",\"v88\",\"v89\",\"v90\",\"v91\",\"v92\",\"v93\",\"v94\",\"v95\",\"v96\",\"v97\",\"v98\",\"v99\",\"v100\",\"v101\",\"v102\",\"v103\",\"v104\",\"v105\",\"v106\",\"v107\",\"v108\",\"v109\",\"v110\",\"v111\",\"v112\",\"v113\",\"v114\",\"v115\",\"v116\",\"v117\",\"v118\",\"v119\",\"v120\",\"v121\",\"v122\",\"v123\",\"v124\",\"v125\",\"v126\",\"v127\",\"v128\",\"v129\",\"v130\",\"v131\",\"v132\",\"v133\",\"v134\",\"v135\",\"v136\",\"v137\",\"v138\",\"v139\",\"v140\",\"v141\",\"v142\",\"v143\",\"v144\",\"v145\",\"v146\",\"v147\",\"v148\",\"v149\",\"v150\",\"v151\",\"v152\",\"v153\",\"v154\",\"v155\",\"v156\",\"v157\",\"v158\",\"v159\",\"v160\",\"v161\",\"v162\",\"v163\",\"v164\",\"v165\",\"v166\",\"v167\",\"v168\",\"v169\",\"v170\",\"v171\",\"v172\",\"v173\",\"v174\",\"v175\",\"v176\",\"v177\",\"v178\",\"v179\",\"v180\",\"v181\",\"v182\",\"v183\",\"v184\",\"v185\",\"v186\",\"v187\",\"v188\",\"v189\",\"v190\",\"v191\",\"v192\",\"v193\",\"v194\",\"v195\",\"v196\",\"v197\",\"v198\",\"v199\",\"v200\",\"v201\",\"v202\",\"v203\",\"v204\",\"v205\",\"v206\",\"v207\",\"v208\",\"v209\",\"v210\",\"v211\",\"v212\",\"v213\",\"v214\",\"v215\",\"v216\",\"v217\",\"v218\",\"v219\",\"v220\",\"v221\",\"v222\",\"v223\",\"v224\",\"v225\",\"v226\",\"v227\",\"v228\",\"v229\",\"v230\",\"v231\",\"v232\",\"v233\",\"v234\",\"v235\",\"v236\",\"v237\",\"v238\",\"v239\",\"v240\",\"v241\",\"v242\",\"v243\",\"v244\",\"v245\",\"v246\",\"v247\",\"v248\",\"v249\",\"v250\",\"v251\",\"v252\",\"v253\",\"v254\",\"v255\",\"v256\",\"v257\",\"v258\",\"v259\",\"v260\",\"v261\",\"v262\",\"v263\",\"v264\",\"v265\",\"v266\",\"v267\",\"v268\",\"v269\",\"v270\",\"v271\",\"v272\",\"v273\",\"v274\",\"v275\",\"v276\",\"v277\",\"v278\",\"v279\",\"v280\",\"v281\",\"v282\",\"v283\",\"v284\",\"v285\",\"v286\",\"v287\",\"v288\",\"v289\",\"v290\",\"v291\",\"v292\",\"v293\",\"v294\",\"v295\",\"v296\",\"v297\",\"v298\",\"v299\",\"v300\",\"v301\",\"v302\",\"v303\",\"v304\",\"v305\",\"v306\",\"v307\",\"v308\",\"v309\",\"v310\",\"v311\",\"v312\",\"v313\",\"v314\",\"v315\",\"v316\",\"v317\",\"v318\",\"v319\",\"v320\",\"v321\",\"v322\",\"v323\",\"v324\",\"v325\",\"v326\",\"v327\",\"v328\",\"v329\",\"v330\",\"v331\",\"v332\",\"v333\",\"v334\",\"v335\",\"v336\",\"v337\",\"v338\",\"v339\",\"v340\",\"v341\",\"v342\",\"v343\",\"v344\",\"v345\",\"v346\",\"v347\",\"v348\",\"v349\",\"v350\",\"v351\",\"v352\",\"v353\",\"v354\",\"v355\",\"v356\",\"v357\",\"v358\",\"v359\",\"v360\",\"v361\",\"v362\",\"v363\",\"v364\",\"v365\",\"v366\",\"v367\",\"v368\",\"v369\",\"v370\",\"v371\",\"v372\",\"v373\",\"v374\",\"v375\",\"v376\",\"v377\",\"v378\",\"v379\",\"v380\",\"v381\",\"v382\",\"v383\",\"v384\",\"v385\",\"v386\",\"v387\",\"v388\",\"v389\",\"v390\",\"v391\",\"v392\",\"v393\",\"v394\",\"v395\",\"v396\",\"v397\",\"v398\",\"v399\",\"quote\\\"s\",\"single'\",\"back\\\\\\\\slash\",\"*/\",\"${x}\",\"`\",\"ü\",\"🚀\",\"\"]}";
const $J1 = "{\"type\":\"object\",\"properties\":{\"🚀\":{\"type\":\"string\"},\"a.b\":{\"type\":\"integer\",\"nullable\":true},\"x\\\\y\":{\"type\":\"string\"},\"  spaced  \":{\"type\":\"boolean\"},\"\":{\"type\":\"string\"},\"return\":{\"$ref\":\"#/components/schemas/%CE%A9%20Weird\"}}}";
const $K0 = [["Ω Weird", $J1]];
const $J3 = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"object\",\"properties\":{\"🔑\":{\"type\":\"string\"}},\"required\":[\"🔑\"]},\"query\":{\"type\":\"object\",\"properties\":{\"filter.name\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}},\"header\":{\"type\":\"object\",\"properties\":{\"X-Weird\\\\Header\":{\"type\":\"string\"}}}},\"required\":[\"path\"]}";
const $e0 = /* @__PURE__ */ new Set([
	"v0",
	"v1",
	"v2",
	"v3",
	"v4",
	"v5",
	"v6",
	"v7",
	"v8",
	"v9",
	"v10",
	"v11",
	"v12",
	"v13",
	"v14",
	"v15",
	"v16",
	"v17",
	"v18",
	"v19",
	"v20",
	"v21",
	"v22",
	"v23",
	"v24",
	"v25",
	"v26",
	"v27",
	"v28",
	"v29",
	"v30",
	"v31",
	"v32",
	"v33",
	"v34",
	"v35",
	"v36",
	"v37",
	"v38",
	"v39",
	"v40",
	"v41",
	"v42",
	"v43",
	"v44",
	"v45",
	"v46",
	"v47",
	"v48",
	"v49",
	"v50",
	"v51",
	"v52",
	"v53",
	"v54",
	"v55",
	"v56",
	"v57",
	"v58",
	"v59",
	"v60",
	"v61",
	"v62",
	"v63",
	"v64",
	"v65",
	"v66",
	"v67",
	"v68",
	"v69",
	"v70",
	"v71",
	"v72",
	"v73",
	"v74",
	"v75",
	"v76",
	"v77",
	"v78",
	"v79",
	"v80",
	"v81",
	"v82",
	"v83",
	"v84",
	"v85",
	"v86",
	"v87",
	"v88",
	"v89",
	"v90",
	"v91",
	"v92",
	"v93",
	"v94",
	"v95",
	"v96",
	"v97",
	"v98",
	"v99",
	"v100",
	"v101",
	"v102",
	"v103",
	"v104",
	"v105",
	"v106",
	"v107",
	"v108",
	"v109",
	"v110",
	"v111",
	"v112",
	"v113",
	"v114",
	"v115",
	"v116",
	"v117",
	"v118",
	"v119",
	"v120",
	"v121",
	"v122",
	"v123",
	"v124",
	"v125",
	"v126",
	"v127",
	"v128",
	"v129",
	"v130",
	"v131",
	"v132",
	"v133",
	"v134",
	"v135",
	"v136",
	"v137",
	"v138",
	"v139",
	"v140",
	"v141",
	"v142",
	"v143",
	"v144",
	"v145",
	"v146",
	"v147",
	"v148",
	"v149",
	"v150",
	"v151",
	"v152",
	"v153",
	"v154",
	"v155",
	"v156",
	"v157",
	"v158",
	"v159",
	"v160",
	"v161",
	"v162",
	"v163",
	"v164",
	"v165",
	"v166",
	"v167",
	"v168",
	"v169",
	"v170",
	"v171",
	"v172",
	"v173",
	"v174",
	"v175",
	"v176",
	"v177",
	"v178",
	"v179",
	"v180",
	"v181",
	"v182",
	"v183",
	"v184",
	"v185",
	"v186",
	"v187",
	"v188",
	"v189",
	"v190",
	"v191",
	"v192",
	"v193",
	"v194",
	"v195",
	"v196",
	"v197",
	"v198",
	"v199",
	"v200",
	"v201",
	"v202",
	"v203",
	"v204",
	"v205",
	"v206",
	"v207",
	"v208",
	"v209",
	"v210",
	"v211",
	"v212",
	"v213",
	"v214",
	"v215",
	"v216",
	"v217",
	"v218",
	"v219",
	"v220",
	"v221",
	"v222",
	"v223",
	"v224",
	"v225",
	"v226",
	"v227",
	"v228",
	"v229",
	"v230",
	"v231",
	"v232",
	"v233",
	"v234",
	"v235",
	"v236",
	"v237",
	"v238",
	"v239",
	"v240",
	"v241",
	"v242",
	"v243",
	"v244",
	"v245",
	"v246",
	"v247",
	"v248",
	"v249",
	"v250",
	"v251",
	"v252",
	"v253",
	"v254",
	"v255",
	"v256",
	"v257",
	"v258",
	"v259",
	"v260",
	"v261",
	"v262",
	"v263",
	"v264",
	"v265",
	"v266",
	"v267",
	"v268",
	"v269",
	"v270",
	"v271",
	"v272",
	"v273",
	"v274",
	"v275",
	"v276",
	"v277",
	"v278",
	"v279",
	"v280",
	"v281",
	"v282",
	"v283",
	"v284",
	"v285",
	"v286",
	"v287",
	"v288",
	"v289",
	"v290",
	"v291",
	"v292",
	"v293",
	"v294",
	"v295",
	"v296",
	"v297",
	"v298",
	"v299",
	"v300",
	"v301",
	"v302",
	"v303",
	"v304",
	"v305",
	"v306",
	"v307",
	"v308",
	"v309",
	"v310",
	"v311",
	"v312",
	"v313",
	"v314",
	"v315",
	"v316",
	"v317",
	"v318",
	"v319",
	"v320",
	"v321",
	"v322",
	"v323",
	"v324",
	"v325",
	"v326",
	"v327",
	"v328",
	"v329",
	"v330",
	"v331",
	"v332",
	"v333",
	"v334",
	"v335",
	"v336",
	"v337",
	"v338",
	"v339",
	"v340",
	"v341",
	"v342",
	"v343",
	"v344",
	"v345",
	"v346",
	"v347",
	"v348",
	"v349",
	"v350",
	"v351",
	"v352",
	"v353",
	"v354",
	"v355",
	"v356",
	"v357",
	"v358",
	"v359",
	"v360",
	"v361",
	"v362",
	"v363",
	"v364",
	"v365",
	"v366",
	"v367",
	"v368",
	"v369",
	"v370",
	"v371",
	"v372",
	"v373",
	"v374",
	"v375",
	"v376",
	"v377",
	"v378",
	"v379",
	"v380",
	"v381",
	"v382",
	"v383",
	"v384",
	"v385",
	"v386",
	"v387",
	"v388",
	"v389",
	"v390",
	"v391",
	"v392",
	"v393",
	"v394",
	"v395",
	"v396",
	"v397",
	"v398",
	"v399",
	"quote\"s",
	"single'",
	"back\\\\slash",
	"*/",
	"${x}",
	"`",
	"ü",
	"🚀",
	""
]);
// "#/components/schemas/Huge.Enum"
function $c0(x, p, o) {
	let ok = true;
	if (!(typeof x === "string")) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be string, not " + $typeName(x),
			path: [...p]
		});
	} else {
		if (!$e0.has(x)) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must be one of \"v0\", \"v1\", \"v2\", \"v3\", \"v4\", \"v5\", \"v6\", \"v7\", \"v8\", \"v9\", … (409 values)",
				path: [...p]
			});
		}
	}
	return ok;
}
// "#/components/schemas/%CE%A9%20Weird"
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
		const v1 = x["🚀"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "🚀"]
				});
			}
		}
		const v2 = x["a.b"];
		if (v2 !== undefined) {
			if (!(Number.isInteger(v2) || v2 === null)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer or null, not " + $typeName(v2),
					path: [...p, "a.b"]
				});
			}
		}
		const v3 = x["x\\y"];
		if (v3 !== undefined) {
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "x\\y"]
				});
			}
		}
		const v4 = x["  spaced  "];
		if (v4 !== undefined) {
			if (!(typeof v4 === "boolean")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be boolean, not " + $typeName(v4),
					path: [...p, "  spaced  "]
				});
			}
		}
		const v5 = x[""];
		if (v5 !== undefined) {
			if (!(typeof v5 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v5),
					path: [...p, ""]
				});
			}
		}
		const v6 = x["return"];
		if (v6 !== undefined) {
			if (!(o === null ? $c1(v6, p, null) : $dropPath(p, 1, $c1(v6, (p.push("return"), p), o)))) {
				if (o === null) return false;
				ok = false;
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
				const v2 = v1["🔑"];
				if (v2 === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"🔑"
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
								"🔑"
							]
						});
					}
				}
			}
		}
		const v3 = x["query"];
		if (v3 !== undefined) {
			if (!(typeof v3 === "object" && v3 !== null && !Array.isArray(v3) && !(v3 instanceof Blob))) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v3),
					path: [...p, "query"]
				});
			} else {
				const v4 = v3["filter.name"];
				if (v4 !== undefined) {
					if (!Array.isArray(v4)) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be array, not " + $typeName(v4),
							path: [
								...p,
								"query",
								"filter.name"
							]
						});
					} else {
						for (let i5 = 0; i5 < v4.length; i5++) {
							const v6 = v4[i5];
							if (!(typeof v6 === "string")) {
								if (o === null) return false;
								ok = false;
								o.push({
									message: "must be string, not " + $typeName(v6),
									path: [
										...p,
										"query",
										"filter.name",
										i5
									]
								});
							}
						}
					}
				}
			}
		}
		const v7 = x["header"];
		if (v7 !== undefined) {
			if (!(typeof v7 === "object" && v7 !== null && !Array.isArray(v7) && !(v7 instanceof Blob))) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v7),
					path: [...p, "header"]
				});
			} else {
				const v8 = v7["X-Weird\\Header"];
				if (v8 !== undefined) {
					if (!(typeof v8 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v8),
							path: [
								...p,
								"header",
								"X-Weird\\Header"
							]
						});
					}
				}
			}
		}
	}
	return ok;
}
/** Checks a value against the `HugeEnum` schema (Standard Schema v1, Standard JSON Schema v1). */
export const HugeEnum = /* @__PURE__ */ $validator("Huge.Enum", $c0, () => ({
	dialect: "3.0",
	root: $J0,
	components: []
}));
/** Checks a value against the `Weird` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Weird = /* @__PURE__ */ $validator("Ω Weird", $c1, () => ({
	dialect: "3.0",
	root: $J1,
	components: $K0
}));
/** The validators of `listItems`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const listItemsValidators = {
	params: /* @__PURE__ */ $validator("listItems: parameters", $s0, () => ({
		dialect: "3.0",
		root: $J3,
		components: []
	})),
	body: {},
	responses: { "200": { "application/json": /* @__PURE__ */ $validator("listItems: 200 response application/json", $c0, () => ({
		dialect: "3.0",
		root: $J0,
		components: []
	})) } }
};
/** The validators of `newLine`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const newLineValidators = {
	body: { "application/json": /* @__PURE__ */ $validator("newLine: request body application/json", $c1, () => ({
		dialect: "3.0",
		root: $J1,
		components: $K0
	})) },
	responses: { "201": {} }
};
/** Every operation's validators, by method name: `createClient({ validate: { with: operationValidators } })`. */
export const operationValidators = {
	listItems: listItemsValidators,
	newLine: newLineValidators
};
