import { typeName as $typeName } from "./validators/rules.js";
import { validator as $validator, dropPath as $dropPath } from "./validators/standard.js";
const $J0 = "{\"type\":\"boolean\"}";
const $J1 = "{\"type\":\"string\"}";
const $J2 = "{\"type\":\"string\",\"enum\":[\"a\\\"b\",\"*/\",\"${x}\",\"`\",\"new\\nline\",\"__proto__\"]}";
const $J3 = "{\"type\":[\"string\",\"null\"]}";
const $J4 = "{\"type\":\"integer\"}";
const $J5 = "{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/components/schemas/Mutual-A\"}}}";
const $J6 = "{\"type\":\"object\",\"properties\":{\"b\":{\"$ref\":\"#/components/schemas/Mutual_B\"}}}";
const $K0 = [["Mutual_B", $J5], ["Mutual-A", $J6]];
const $K1 = [["Mutual-A", $J6], ["Mutual_B", $J5]];
const $J9 = "{\"type\":\"object\",\"properties\":{\"__proto__\":{\"type\":\"string\"},\"constructor\":{\"type\":\"string\"},\"quote\\\"d\":{\"type\":\"string\"},\"new\\nline\":{\"type\":\"string\"},\"default\":{\"type\":\"integer\"},\"back\\\\slash\":{\"type\":\"string\"},\"self\":{\"$ref\":\"#/components/schemas/__proto__\"}}}";
const $K2 = [["__proto__", $J9]];
const $J11 = "{\"type\":\"object\",\"properties\":{\"123\":{\"type\":\"string\"}}}";
const $J12 = "{\"type\":\"object\",\"required\":[\"class\"],\"properties\":{\"class\":{\"type\":\"string\"},\"items\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Mutual-A\"}}}}";
const $J13 = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}},\"required\":[\"id\"]}},\"required\":[\"path\"]}";
const $J14 = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"object\",\"properties\":{\"item-id\":{\"type\":\"string\"}},\"required\":[\"item-id\"]}},\"required\":[\"path\"]}";
const $J15 = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"object\",\"properties\":{\"item-id\":{\"type\":\"string\"}},\"required\":[\"item-id\"]},\"query\":{\"type\":\"object\",\"properties\":{\"filter[\\\"name\\\"]\":{\"type\":\"string\"},\"class\":{\"type\":\"string\"}}}},\"required\":[\"path\"]}";
// "#/components/schemas/class"
function $c0(x, p, o) {
	let ok = true;
	if (!(typeof x === "boolean")) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be boolean, not " + $typeName(x),
			path: [...p]
		});
	}
	return ok;
}
// "#/components/schemas/Client"
function $c1(x, p, o) {
	let ok = true;
	if (!(typeof x === "string")) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be string, not " + $typeName(x),
			path: [...p]
		});
	}
	return ok;
}
// "#/components/schemas/client"
const $c2 = $c1;
// "#/components/schemas/constructor"
function $c3(x, p, o) {
	let ok = true;
	if (!(typeof x === "string")) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be string, not " + $typeName(x),
			path: [...p]
		});
	} else {
		if (x !== "a\"b" && x !== "*/" && x !== "${x}" && x !== "`" && x !== "new\nline" && x !== "__proto__") {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "must be one of \"a\\\"b\", \"*/\", \"${x}\", \"`\", \"new\\nline\", \"__proto__\"",
				path: [...p]
			});
		}
	}
	return ok;
}
// "#/components/schemas/Credentials"
function $c4(x, p, o) {
	let ok = true;
	if (!(typeof x === "string" || x === null)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be string or null, not " + $typeName(x),
			path: [...p]
		});
	}
	return ok;
}
// "#/components/schemas/has%20space"
const $c5 = $c1;
// "#/components/schemas/kebab-name"
function $c6(x, p, o) {
	let ok = true;
	if (!Number.isInteger(x)) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be integer, not " + $typeName(x),
			path: [...p]
		});
	}
	return ok;
}
// "#/components/schemas/Mutual-A"
function $c7(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = x["b"];
		if (v1 !== undefined) {
			if (!(o === null ? $c8(v1, p, null) : $dropPath(p, 1, $c8(v1, (p.push("b"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/Mutual_B"
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
		const v1 = x["a"];
		if (v1 !== undefined) {
			if (!(o === null ? $c7(v1, p, null) : $dropPath(p, 1, $c7(v1, (p.push("a"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/__proto__"
function $c9(x, p, o) {
	let ok = true;
	if (!(typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof Blob))) {
		if (o === null) return false;
		ok = false;
		o.push({
			message: "must be object, not " + $typeName(x),
			path: [...p]
		});
	} else {
		const v1 = Object.hasOwn(x, "__proto__") ? x["__proto__"] : undefined;
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "__proto__"]
				});
			}
		}
		const v2 = Object.hasOwn(x, "constructor") ? x["constructor"] : undefined;
		if (v2 !== undefined) {
			if (!(typeof v2 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v2),
					path: [...p, "constructor"]
				});
			}
		}
		const v3 = x["quote\"d"];
		if (v3 !== undefined) {
			if (!(typeof v3 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v3),
					path: [...p, "quote\"d"]
				});
			}
		}
		const v4 = x["new\nline"];
		if (v4 !== undefined) {
			if (!(typeof v4 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v4),
					path: [...p, "new\nline"]
				});
			}
		}
		const v5 = x["default"];
		if (v5 !== undefined) {
			if (!Number.isInteger(v5)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be integer, not " + $typeName(v5),
					path: [...p, "default"]
				});
			}
		}
		const v6 = x["back\\slash"];
		if (v6 !== undefined) {
			if (!(typeof v6 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v6),
					path: [...p, "back\\slash"]
				});
			}
		}
		const v7 = x["self"];
		if (v7 !== undefined) {
			if (!(o === null ? $c9(v7, p, null) : $dropPath(p, 1, $c9(v7, (p.push("self"), p), o)))) {
				if (o === null) return false;
				ok = false;
			}
		}
	}
	return ok;
}
// "#/components/schemas/123start"
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
		const v1 = x["123"];
		if (v1 !== undefined) {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "123"]
				});
			}
		}
	}
	return ok;
}
// "#/components/schemas/with%20%22quotes%22"
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
		const v1 = x["class"];
		if (v1 === undefined) {
			if (o === null) return false;
			ok = false;
			o.push({
				message: "is required",
				path: [...p, "class"]
			});
		} else {
			if (!(typeof v1 === "string")) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be string, not " + $typeName(v1),
					path: [...p, "class"]
				});
			}
		}
		const v2 = x["items"];
		if (v2 !== undefined) {
			if (!Array.isArray(v2)) {
				if (o === null) return false;
				ok = false;
				o.push({
					message: "must be array, not " + $typeName(v2),
					path: [...p, "items"]
				});
			} else {
				for (let i3 = 0; i3 < v2.length; i3++) {
					const v4 = v2[i3];
					if (!(o === null ? $c7(v4, p, null) : $dropPath(p, 2, $c7(v4, (p.push("items", i3), p), o)))) {
						if (o === null) return false;
						ok = false;
					}
				}
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
				const v2 = v1["id"];
				if (v2 === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"id"
						]
					});
				} else {
					if (!Number.isInteger(v2)) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be integer, not " + $typeName(v2),
							path: [
								...p,
								"path",
								"id"
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
				const v2 = v1["item-id"];
				if (v2 === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"item-id"
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
								"item-id"
							]
						});
					}
				}
			}
		}
	}
	return ok;
}
const $s2 = $s1;
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
				const v2 = v1["item-id"];
				if (v2 === undefined) {
					if (o === null) return false;
					ok = false;
					o.push({
						message: "is required",
						path: [
							...p,
							"path",
							"item-id"
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
								"item-id"
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
				const v4 = v3["filter[\"name\"]"];
				if (v4 !== undefined) {
					if (!(typeof v4 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v4),
							path: [
								...p,
								"query",
								"filter[\"name\"]"
							]
						});
					}
				}
				const v5 = v3["class"];
				if (v5 !== undefined) {
					if (!(typeof v5 === "string")) {
						if (o === null) return false;
						ok = false;
						o.push({
							message: "must be string, not " + $typeName(v5),
							path: [
								...p,
								"query",
								"class"
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
const $s5 = $s0;
const $s6 = $s0;
/** Checks a value against the `Class` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Class = /* @__PURE__ */ $validator("class", $c0, () => ({
	dialect: "3.1",
	root: $J0,
	components: []
}));
/** Checks a value against the `ClientSchema` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ClientSchema = /* @__PURE__ */ $validator("Client", $c1, () => ({
	dialect: "3.1",
	root: $J1,
	components: []
}));
/** Checks a value against the `ClientSchema2` schema (Standard Schema v1, Standard JSON Schema v1). */
export const ClientSchema2 = /* @__PURE__ */ $validator("client", $c2, () => ({
	dialect: "3.1",
	root: $J1,
	components: []
}));
/** Checks a value against the `Constructor` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Constructor = /* @__PURE__ */ $validator("constructor", $c3, () => ({
	dialect: "3.1",
	root: $J2,
	components: []
}));
/** Checks a value against the `CredentialsSchema` schema (Standard Schema v1, Standard JSON Schema v1). */
export const CredentialsSchema = /* @__PURE__ */ $validator("Credentials", $c4, () => ({
	dialect: "3.1",
	root: $J3,
	components: []
}));
/** Checks a value against the `HasSpace` schema (Standard Schema v1, Standard JSON Schema v1). */
export const HasSpace = /* @__PURE__ */ $validator("has space", $c5, () => ({
	dialect: "3.1",
	root: $J1,
	components: []
}));
/** Checks a value against the `KebabName` schema (Standard Schema v1, Standard JSON Schema v1). */
export const KebabName = /* @__PURE__ */ $validator("kebab-name", $c6, () => ({
	dialect: "3.1",
	root: $J4,
	components: []
}));
/** Checks a value against the `MutualA` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MutualA = /* @__PURE__ */ $validator("Mutual-A", $c7, () => ({
	dialect: "3.1",
	root: $J6,
	components: $K0
}));
/** Checks a value against the `MutualB` schema (Standard Schema v1, Standard JSON Schema v1). */
export const MutualB = /* @__PURE__ */ $validator("Mutual_B", $c8, () => ({
	dialect: "3.1",
	root: $J5,
	components: $K1
}));
/** Checks a value against the `Proto` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Proto = /* @__PURE__ */ $validator("__proto__", $c9, () => ({
	dialect: "3.1",
	root: $J9,
	components: $K2
}));
/** Checks a value against the `Schema123start` schema (Standard Schema v1, Standard JSON Schema v1). */
export const Schema123start = /* @__PURE__ */ $validator("123start", $c10, () => ({
	dialect: "3.1",
	root: $J11,
	components: []
}));
/** Checks a value against the `WithQuotes` schema (Standard Schema v1, Standard JSON Schema v1). */
export const WithQuotes = /* @__PURE__ */ $validator("with \"quotes\"", $c11, () => ({
	dialect: "3.1",
	root: $J12,
	components: $K1
}));
/** The validators of `constructorOperation`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const constructorOperationValidators = {
	params: /* @__PURE__ */ $validator("constructorOperation: parameters", $s0, () => ({
		dialect: "3.1",
		root: $J13,
		components: []
	})),
	body: {},
	responses: { "200": {} }
};
/** The validators of `delete`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const deleteValidators = {
	params: /* @__PURE__ */ $validator("delete: parameters", $s1, () => ({
		dialect: "3.1",
		root: $J14,
		components: []
	})),
	body: {},
	responses: { "204": {} }
};
/** The validators of `getItem`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const getItemValidators = {
	params: /* @__PURE__ */ $validator("getItem: parameters", $s2, () => ({
		dialect: "3.1",
		root: $J14,
		components: []
	})),
	body: { "application/json": /* @__PURE__ */ $validator("getItem: request body application/json", $c11, () => ({
		dialect: "3.1",
		root: $J12,
		components: $K1
	})) },
	responses: { "200": {} }
};
/** The validators of `getItem2`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const getItem2Validators = {
	params: /* @__PURE__ */ $validator("getItem2: parameters", $s3, () => ({
		dialect: "3.1",
		root: $J15,
		components: []
	})),
	body: {},
	responses: { "200": { "application/json": /* @__PURE__ */ $validator("getItem2: 200 response application/json", $c9, () => ({
		dialect: "3.1",
		root: $J9,
		components: $K2
	})) } }
};
/** The validators of `op123go`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const op123goValidators = {
	params: /* @__PURE__ */ $validator("op123go: parameters", $s4, () => ({
		dialect: "3.1",
		root: $J13,
		components: []
	})),
	body: {},
	responses: { "200": { "application/json": /* @__PURE__ */ $validator("op123go: 200 response application/json", $c10, () => ({
		dialect: "3.1",
		root: $J11,
		components: []
	})) } }
};
/** The validators of `proto`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const protoValidators = {
	params: /* @__PURE__ */ $validator("proto: parameters", $s5, () => ({
		dialect: "3.1",
		root: $J13,
		components: []
	})),
	body: {},
	responses: { "200": {} }
};
/** The validators of `quoteOpBack`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export const quoteOpBackValidators = {
	params: /* @__PURE__ */ $validator("quoteOpBack: parameters", $s6, () => ({
		dialect: "3.1",
		root: $J13,
		components: []
	})),
	body: {},
	responses: { "200": {} }
};
/** Every operation's validators, by method name: `createClient({ validate: { with: operationValidators } })`. */
export const operationValidators = {
	constructorOperation: constructorOperationValidators,
	delete: deleteValidators,
	getItem: getItemValidators,
	getItem2: getItem2Validators,
	op123go: op123goValidators,
	proto: protoValidators,
	quoteOpBack: quoteOpBackValidators
};
