import { codePoints as $codePoints, isDate as $isDate, isInt64 as $isInt64, typeName as $typeName } from "./validators/rules.js";
import { validator as $validator, dropPath as $dropPath } from "./validators/standard.js";
const $J0 = "{\"type\":\"object\",\"required\":[\"code\",\"message\"],\"properties\":{\"code\":{\"type\":\"integer\"},\"message\":{\"type\":\"string\"}}}";
const $J1 = "{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1},\"tag\":{\"type\":\"string\",\"nullable\":true},\"birthday\":{\"type\":\"string\",\"format\":\"date\",\"nullable\":true}}}";
const $J2 = "{\"allOf\":[{\"$ref\":\"#/components/schemas/NewPet\"},{\"type\":\"object\",\"required\":[\"id\",\"status\"],\"properties\":{\"id\":{\"type\":\"integer\",\"format\":\"int64\"},\"status\":{\"type\":\"string\",\"enum\":[\"available\",\"pending\",\"sold\"]},\"owner\":{\"$ref\":\"#/components/schemas/Owner\"}}}]}";
const $J3 = "{\"type\":\"object\",\"nullable\":true,\"properties\":{\"name\":{\"type\":\"string\"},\"pets\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Pet\"}}}}";
const $K0 = [
	["Pet", $J2],
	["NewPet", $J1],
	["Owner", $J3]
];
const $K1 = [
	["NewPet", $J1],
	["Owner", $J3],
	["Pet", $J2]
];
const $J6 = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"object\",\"properties\":{\"petId\":{\"type\":\"string\"}},\"required\":[\"petId\"]}},\"required\":[\"path\"]}";
const $J7 = "{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Pet\"}}";
const $J8 = "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"object\",\"properties\":{\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"limit\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20}}},\"header\":{\"type\":\"object\",\"properties\":{\"X-Request-Id\":{\"type\":\"string\"}}}}}";
const $J9 = "{\"type\":\"object\",\"properties\":{\"caption\":{\"type\":\"string\"}}}";
// "#/components/schemas/Error"
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
		const v1 = x["code"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "code"]
			});
		} else {
			if (!Number.isInteger(v1)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v1),
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
// "#/components/schemas/NewPet"
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
			} else {
				if (v1.length < 2 && $codePoints(v1) < 1) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be at least 1 characters",
						path: [...p, "name"]
					});
				}
			}
		}
		const v2 = x["tag"];
		if (v2 !== undefined) {
			if (!(typeof v2 === "string" || v2 === null)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string or null, not " + $typeName(v2),
					path: [...p, "tag"]
				});
			}
		}
		const v3 = x["birthday"];
		if (v3 !== undefined) {
			if (!(typeof v3 === "string" || v3 === null)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string or null, not " + $typeName(v3),
					path: [...p, "birthday"]
				});
			} else {
				if (typeof v3 === "string") {
					if (!$isDate(v3)) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be a valid date (format)",
							path: [...p, "birthday"]
						});
					}
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/Owner"
function $c2(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob) || x === null)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object or null, not " + $typeName(x),
			path: [...p]
		});
	} else {
		if (typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob)) {
			const v1 = x["name"];
			if (v1 !== undefined) {
				if (!(typeof v1 === "string")) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be string, not " + $typeName(v1),
						path: [...p, "name"]
					});
				}
			}
			const v2 = x["pets"];
			if (v2 !== undefined) {
				if (!Array.isArray(v2)) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be array, not " + $typeName(v2),
						path: [...p, "pets"]
					});
				} else {
					for (let i3 = 0; i3 < v2.length; i3++) {
						const v4 = v2[i3];
						if (!(o === null ? $c3(v4, p, null) : $dropPath(p, 2, $c3(v4, (p.push("pets", i3), p), o)))) {
							if (o === null) return false;
							ok = false;
						}
					}
				}
			}
		}
	}
	return ok;
}
// "#/components/schemas/Pet"
function $c3(x, p, o) {
	let ok = true;
	if (!$c1(x, p, o)) {
		if (o === null) return false;
		ok = false;
	}
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
			if (!Number.isInteger(v1)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v1),
					path: [...p, "id"]
				});
			} else {
				if (!$isInt64(v1)) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be a valid int64 (format)",
						path: [...p, "id"]
					});
				}
			}
		}
		const v2 = x["status"];
		if (v2 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "status"]
			});
		} else {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "status"]
				});
			} else {
				if (v2 !== "available" && v2 !== "pending" && v2 !== "sold") {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "must be one of \"available\", \"pending\", \"sold\"",
						path: [...p, "status"]
					});
				}
			}
		}
		const v3 = x["owner"];
		if (v3 !== undefined) {
			if (!(o === null ? $c2(v3, p, null) : $dropPath(p, 1, $c2(v3, (p.push("owner"), p), o)))) {
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
				const v2 = v1["petId"];
				if (v2 === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"petId"
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
								"petId"
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
function $s2(x, p, o) {
	let ok = true;
	if (!Array.isArray(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be array, not " + $typeName(x),
			path: [...p]
		});
	} else {
		for (let i1 = 0; i1 < x.length; i1++) {
			const v2 = x[i1];
			if (!(o === null ? $c3(v2, p, null) : $dropPath(p, 1, $c3(v2, (p.push(i1), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
function $s3(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["query"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "object" && v1 !== null && !Array.isArray(v1) && !(v1 instanceof Blob))) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v1),
					path: [...p, "query"]
				});
			} else {
				const v2 = v1["tags"];
				if (v2 !== undefined) {
					if (!Array.isArray(v2)) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be array, not " + $typeName(v2),
							path: [
								...p,
								"query",
								"tags"
							]
						});
					} else {
						for (let i3 = 0; i3 < v2.length; i3++) {
							const v4 = v2[i3];
							if (!(typeof v4 === "string")) {
								if (o === null) return false;
								ok = false;
								o.push({
									message: "must be string, not " + $typeName(v4),
									path: [
										...p,
										"query",
										"tags",
										i3
									]
								});
							}
						}
					}
				}
				const v5 = v1["limit"];
				if (v5 !== undefined) {
					if (!Number.isInteger(v5)) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be integer, not " + $typeName(v5),
							path: [
								...p,
								"query",
								"limit"
							]
						});
					} else {
						if (v5 < 1) {
							if (o === null) return false;
							ok = false;
							o.push({
								message: "must be >= 1",
								path: [
									...p,
									"query",
									"limit"
								]
							});
						}
						if (v5 > 100) {
							if (o === null) return false;
							ok = false;
							o.push({
								message: "must be <= 100",
								path: [
									...p,
									"query",
									"limit"
								]
							});
						}
					}
				}
			}
		}
		const v6 = x["header"];
		if (v6 !== undefined) {
			if (!(typeof v6 === "object" && v6 !== null && !Array.isArray(v6) && !(v6 instanceof Blob))) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be object, not " + $typeName(v6),
					path: [...p, "header"]
				});
			} else {
				const v7 = v6["X-Request-Id"];
				if (v7 !== undefined) {
					if (!(typeof v7 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v7),
							path: [
								...p,
								"header",
								"X-Request-Id"
							]
						});
					}
				}
			}
		}
	}
	return ok;
}
const $s4 = $s0;
function $s5(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["caption"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "caption"]
				});
			}
		}
	}
	return ok;
}
/** Checks a value against the `ErrorSchema` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ErrorSchema = /* @__PURE__ */ $validator("Error", $c0, () => ({
	dialect: "3.0",
	root: $J0,
	components: []
}));
/** Checks a value against the `NewPet` schema (Standard Schema v1, Standard JSON Schema v1). */
export const NewPet = /* @__PURE__ */ $validator("NewPet", $c1, () => ({
	dialect: "3.0",
	root: $J1,
	components: []
}));
/** Checks a value against the `Owner` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Owner = /* @__PURE__ */ $validator("Owner", $c2, () => ({
	dialect: "3.0",
	root: $J3,
	components: $K0
}));
/** Checks a value against the `Pet` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Pet = /* @__PURE__ */ $validator("Pet", $c3, () => ({
	dialect: "3.0",
	root: $J2,
	components: $K1
}));
/** The validators of `createPet`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const createPetValidators = {
	body: { "application/json": /* @__PURE__ */ $validator("createPet: request body application/json", $c1, () => ({
		dialect: "3.0",
		root: $J1,
		components: []
	})) },
	responses: {
		"201": { "application/json": /* @__PURE__ */ $validator("createPet: 201 response application/json", $c3, () => ({
			dialect: "3.0",
			root: $J2,
			components: $K1
		})) },
		"422": { "application/json": /* @__PURE__ */ $validator("createPet: 422 response application/json", $c0, () => ({
			dialect: "3.0",
			root: $J0,
			components: []
		})) }
	}
};
/** The validators of `deletePet`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const deletePetValidators = {
	params: /* @__PURE__ */ $validator("deletePet: parameters", $s0, () => ({
		dialect: "3.0",
		root: $J6,
		components: []
	})),
	body: {},
	responses: { "204": {} }
};
/** The validators of `getPet`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const getPetValidators = {
	params: /* @__PURE__ */ $validator("getPet: parameters", $s1, () => ({
		dialect: "3.0",
		root: $J6,
		components: []
	})),
	body: {},
	responses: {
		"200": { "application/json": /* @__PURE__ */ $validator("getPet: 200 response application/json", $c3, () => ({
			dialect: "3.0",
			root: $J2,
			components: $K1
		})) },
		"404": { "application/json": /* @__PURE__ */ $validator("getPet: 404 response application/json", $c0, () => ({
			dialect: "3.0",
			root: $J0,
			components: []
		})) }
	}
};
/** The validators of `listPets`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const listPetsValidators = {
	params: /* @__PURE__ */ $validator("listPets: parameters", $s3, () => ({
		dialect: "3.0",
		root: $J8,
		components: []
	})),
	body: {},
	responses: {
		"200": { "application/json": /* @__PURE__ */ $validator("listPets: 200 response application/json", $s2, () => ({
			dialect: "3.0",
			root: $J7,
			components: $K0
		})) },
		"default": { "application/json": /* @__PURE__ */ $validator("listPets: default response application/json", $c0, () => ({
			dialect: "3.0",
			root: $J0,
			components: []
		})) }
	}
};
/** The validators of `uploadPhoto`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const uploadPhotoValidators = {
	params: /* @__PURE__ */ $validator("uploadPhoto: parameters", $s4, () => ({
		dialect: "3.0",
		root: $J6,
		components: []
	})),
	body: { "application/x-www-form-urlencoded": /* @__PURE__ */ $validator("uploadPhoto: request body application/x-www-form-urlencoded", $s5, () => ({
		dialect: "3.0",
		root: $J9,
		components: []
	})) },
	responses: { "204": {} }
};
/** Every operation's validators, by method name: `createClient({ validate: { with: operationValidators } })`. */
export const operationValidators = {
	createPet: createPetValidators,
	deletePet: deletePetValidators,
	getPet: getPetValidators,
	listPets: listPetsValidators,
	uploadPhoto: uploadPhotoValidators
};
