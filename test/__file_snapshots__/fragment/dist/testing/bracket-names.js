import { coerce, itemSchemaOf, propertySchemaOf, typesOf } from "./schema-reading.js";
/** `line_items[0][price]` as its base name and keys; undefined for a name without brackets. */
export function bracketPath(name) {
	const match = /^([^[\]]+)((?:\[[^[\]]*\])+)$/.exec(name);
	if (match === null) return undefined;
	const keys = [...(match[2] ?? "").matchAll(/\[([^[\]]*)\]/g)].map((key) => key[1] ?? "");
	return {
		base: match[1] ?? "",
		keys
	};
}
/** Reads `(keys, text)` pairs, already percent-decoded, into one value of `schema`. */
export function bracketValue(table, schema, members) {
	const root = { children: new Map() };
	for (const [keys, text] of members) {
		let node = root;
		for (const key of keys) {
			const next = node.children.get(key) ?? { children: new Map() };
			node.children.set(key, next);
			node = next;
		}
		node.text = text;
	}
	return nodeValue(table, schema, root);
}
const INDEX = /^(0|[1-9]\d*)$/;
function nodeValue(table, schema, node) {
	if (node.children.size === 0) return coerce(table, schema, node.text ?? "");
	const keys = [...node.children.keys()];
	if (typesOf(table, schema).has("array") && keys.every((key) => INDEX.test(key))) {
		const item = itemSchemaOf(table, schema);
		return [...node.children].sort(([left], [right]) => Number(left) - Number(right)).map(([, child]) => nodeValue(table, item, child));
	}
	const result = {};
	// defineProperty: a key named `__proto__` is data, not the prototype.
	for (const [key, child] of node.children) Object.defineProperty(result, key, {
		value: nodeValue(table, propertySchemaOf(table, schema, key), child),
		enumerable: true
	});
	return result;
}
