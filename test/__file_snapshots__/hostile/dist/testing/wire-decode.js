import { bracketPath, bracketValue } from "./bracket-names.js";
import { coerce, itemSchemaOf, propertyNamesOf, propertySchemaOf, shapeOf } from "./schema-reading.js";
function decode(text, plusIsSpace) {
	const spaced = plusIsSpace ? text.replace(/\+/g, " ") : text;
	try {
		return decodeURIComponent(spaced);
	} catch {
		return spaced;
	}
}
/** Builds an array or object from its already split, still encoded members. */
function assemble(table, parameter, members, keyed, decodePart) {
	const shape = shapeOf(table, parameter.schema);
	if (shape === "array") return members.map((member) => coerce(table, itemSchemaOf(table, parameter.schema), decodePart(member)));
	if (shape === "object") {
		const result = {};
		const set = (key, value) => {
			Object.defineProperty(result, key, {
				value: coerce(table, propertySchemaOf(table, parameter.schema, key), decodePart(value)),
				enumerable: true
			});
		};
		if (keyed) for (const member of members) set(decodePart(member.split("=")[0] ?? ""), member.slice(member.indexOf("=") + 1));
		else for (let index = 0; index + 1 < members.length; index += 2) set(decodePart(members[index] ?? ""), members[index + 1] ?? "");
		return result;
	}
	return coerce(table, parameter.schema, decodePart(members.join(",")));
}
/** A path segment's value per `simple`, `label` or `matrix`. */
function pathValue(table, parameter, raw) {
	const decodePart = (text) => decode(text, false);
	let text = raw;
	let separator = ",";
	if (parameter.style === "label") {
		text = text.replace(/^\./, "");
		if (parameter.explode) separator = ".";
	} else if (parameter.style === "matrix") {
		text = text.replace(/^;/, "");
		if (parameter.explode) {
			const members = text.split(";");
			const exploded = shapeOf(table, parameter.schema) === "object";
			return assemble(table, parameter, exploded ? members : members.map((member) => member.slice(member.indexOf("=") + 1)), exploded, decodePart);
		}
		text = text.slice(text.indexOf("=") + 1);
	}
	const exploded = parameter.explode && shapeOf(table, parameter.schema) === "object";
	return assemble(table, parameter, text.split(separator), exploded, decodePart);
}
/** `name=value` pairs of a query string or Cookie header, values still encoded. */
export function pairsOf(text, separator) {
	return text.split(separator).filter((part) => part !== "").map((part) => {
		const at = part.indexOf("=");
		return at === -1 ? [part, ""] : [part.slice(0, at), part.slice(at + 1)];
	});
}
const LIST_SEPARATORS = {
	spaceDelimited: /%20|\+| /,
	pipeDelimited: /%7C|\|/i,
	tabDelimited: /%09|\t/i,
	form: /,/,
	cookie: /,/
};
/** A query or cookie parameter from the request's pairs; undefined when absent. */
function pairValue(table, parameter, pairs, raw) {
	const decodePart = raw ? (text) => text : (text) => decode(text, true);
	const named = pairs.filter(([name]) => decodePart(name) === parameter.name).map(([, value]) => value);
	if (parameter.contentType !== undefined) return named[0] === undefined ? undefined : parseJson(decodePart(named[0]));
	const shape = shapeOf(table, parameter.schema);
	if (parameter.style === "deepObject") {
		const members = pairs.flatMap(([name, value]) => {
			// A scalar branch of the schema is written as a plain pair (`created=1`).
			const path = decodePart(name) === parameter.name ? {
				base: parameter.name,
				keys: []
			} : bracketPath(decodePart(name));
			return path?.base === parameter.name ? [[path.keys, decodePart(value)]] : [];
		});
		return members.length === 0 ? undefined : bracketValue(table, parameter.schema, members);
	}
	if (shape === "object" && parameter.explode) {
		const known = propertyNamesOf(table, parameter.schema);
		const members = pairs.filter(([name]) => known.length === 0 || known.includes(decodePart(name))).map(([name, value]) => `${name}=${value}`);
		return members.length === 0 ? undefined : assemble(table, parameter, members, true, decodePart);
	}
	if (named.length === 0) return undefined;
	if (shape === "array" && parameter.explode) return assemble(table, parameter, named, false, decodePart);
	return assemble(table, parameter, (named[0] ?? "").split(LIST_SEPARATORS[parameter.style] ?? /,/), false, decodePart);
}
function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
function headerText(value) {
	return Array.isArray(value) ? value.join(", ") : value;
}
/** One parameter's value as the request carries it, or undefined when it does not. */
export function parameterValue(table, parameter, request) {
	switch (parameter.in) {
		case "path": {
			const raw = request.pathParams[parameter.name];
			if (raw === undefined) return undefined;
			return parameter.contentType === undefined ? pathValue(table, parameter, raw) : parseJson(decode(raw, false));
		}
		case "querystring": return undefined;
		case "query": return pairValue(table, parameter, pairsOf(request.search, /&/), false);
		case "cookie": return pairValue(table, parameter, pairsOf(headerText(request.headers.cookie) ?? "", /;\s*/), parameter.style === "cookie");
		default: {
			const raw = headerText(request.headers[parameter.name.toLowerCase()]);
			if (raw === undefined) return undefined;
			if (parameter.contentType !== undefined) return parseJson(raw);
			const exploded = parameter.explode && shapeOf(table, parameter.schema) === "object";
			return assemble(table, parameter, raw.split(",").map((part) => part.trim()), exploded, (text) => text);
		}
	}
}
