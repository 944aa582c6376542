const DEFAULT_STYLE = {
	path: "simple",
	query: "form",
	querystring: "form",
	header: "simple",
	cookie: "form"
};
/** RFC 3986's unreserved characters stay; everything else is percent-encoded (UTF-8). */
export function encodeUnreserved(text) {
	return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** RFC 6570's reserved expansion: reserved characters and percent-encoded triples pass through. */
function encodeReserved(text) {
	return text.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g, (part) => encodeURIComponent(part));
}
export function scalar(value) {
	return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}
/** What RFC 6570 calls undefined: null, an empty list, an empty map. */
export function isUndefinedValue(value) {
	if (value === null) return true;
	if (Array.isArray(value)) return value.length === 0;
	return typeof value === "object" && Object.keys(value).length === 0;
}
/** `deepObject`: `name[key]=value`, nested objects and lists (which the specification leaves open) as `name[key][0]=…`. */
function deepObject(e, prefix, value, out) {
	if (typeof value === "object" && value !== null) {
		for (const [key, item] of Object.entries(value)) if (item !== undefined) deepObject(e, `${prefix}[${key}]`, item, out);
	} else out.push(`${encodeUnreserved(prefix)}=${e.encode(scalar(value))}`);
}
/** Delimiters between exploded members and the leading operator of each style. */
const PREFIX = {
	matrix: ";",
	label: "."
};
const EXPLODED_JOIN = {
	matrix: ";",
	label: ".",
	simple: ",",
	form: "&",
	cookie: "; "
};
const LIST_JOIN = {
	spaceDelimited: "%20",
	pipeDelimited: "%7C",
	tabDelimited: "%09"
};
/** The serialized text of one parameter: `;color=blue`, `color=blue&color=black`, `R=100,G=200`, … */
export function expandParam(e, value) {
	const name = e.style === "cookie" || e.style === "simple" ? e.name : encodeUnreserved(e.name);
	const prefix = PREFIX[e.style] ?? "";
	const named = e.style !== "simple" && e.style !== "label";
	if (e.style === "deepObject" && typeof value === "object" && value !== null) {
		const out = [];
		deepObject(e, e.name, value, out);
		return out.join("&");
	}
	if (isUndefinedValue(value) || value === "") {
		if (e.style === "matrix") return `;${name}`;
		return named ? `${name}=` : prefix;
	}
	const exploded = e.explode && (e.style === "matrix" || e.style === "label" || e.style === "simple" || e.style === "form" || e.style === "cookie");
	if (Array.isArray(value)) {
		const items = value.map((item) => e.encode(scalar(item)));
		if (exploded) return prefix + items.map((item) => named ? `${name}=${item}` : item).join(EXPLODED_JOIN[e.style] ?? ",");
		const joined = items.join(LIST_JOIN[e.style] ?? ",");
		return named ? `${prefix}${name}=${joined}` : prefix + joined;
	}
	if (typeof value === "object" && value !== null) {
		const entries = Object.entries(value).filter(([, item]) => item !== undefined);
		if (exploded) return prefix + entries.map(([key, item]) => `${e.encode(key)}=${e.encode(scalar(item))}`).join(EXPLODED_JOIN[e.style] ?? ",");
		const joined = entries.flatMap(([key, item]) => [e.encode(key), e.encode(scalar(item))]).join(LIST_JOIN[e.style] ?? ",");
		return named ? `${prefix}${name}=${joined}` : prefix + joined;
	}
	const text = e.encode(scalar(value));
	return named ? `${prefix}${name}=${text}` : prefix + text;
}
/** The expansion settings of a parameter at a location, defaults filled in. */
function expansionOf(location, name, spec) {
	const style = spec?.style ?? DEFAULT_STYLE[location];
	const explode = spec?.explode ?? (style === "form" || style === "cookie");
	// Headers and `style: cookie` values are sent as given (the specification forbids percent-encoding them).
	const raw = location === "header" || style === "cookie";
	const encode = raw ? (text) => text : spec?.allowReserved === true ? encodeReserved : encodeUnreserved;
	return {
		name,
		style,
		explode,
		encode
	};
}
/** A `content` parameter's value as its media type writes it (JSON for every JSON type, the text itself otherwise). */
function contentValue(spec, value) {
	return /json/i.test(spec.contentType ?? "") ? JSON.stringify(value) : scalar(value);
}
function serializeOne(location, name, value, spec) {
	if (spec?.contentType !== undefined) {
		const text = contentValue(spec, value);
		if (location === "header") return text;
		if (location === "cookie") return `${name}=${encodeUnreserved(text)}`;
		return location === "path" ? encodeUnreserved(text) : `${encodeUnreserved(name)}=${encodeUnreserved(text)}`;
	}
	return expandParam(expansionOf(location, name, spec), value);
}
function specFor(specs, location, name) {
	return specs?.find((spec) => spec.in === location && spec.name === name);
}
/** The path with each `{name}` replaced by its serialized value. */
export function serializePath(path, values, specs) {
	return path.replace(/\{([^{}]+)\}/g, (whole, name) => {
		const value = values?.[name];
		return value === undefined ? whole : serializeOne("path", name, value, specFor(specs, "path", name));
	});
}
/** The query string (without `?`), parameters in the caller's order; undefined values left out. */
export function serializeQuery(values, specs) {
	return Object.entries(values ?? {}).filter(([, value]) => value !== undefined).map(([name, value]) => serializeOne("query", name, value, specFor(specs, "query", name))).filter((part) => part !== "").join("&");
}
/** Header parameters as header values (`blue,black,brown`, `R=100,G=200`). */
export function serializeHeaders(values, specs) {
	const headers = {};
	for (const [name, value] of Object.entries(values ?? {})) {
		if (value !== undefined) Object.defineProperty(headers, name, {
			value: serializeOne("header", name, value, specFor(specs, "header", name)),
			enumerable: true
		});
	}
	return headers;
}
/** Cookie parameters as one `Cookie` header value (`a=1; b=2`), or undefined when there are none. */
export function serializeCookies(values, specs) {
	if (!sendsCookieHeader()) return undefined;
	const pairs = Object.entries(values ?? {}).filter(([, value]) => value !== undefined).map(([name, value]) => {
		const spec = specFor(specs, "cookie", name);
		const text = serializeOne("cookie", name, value, spec);
		// `form` explodes with `&` in a query; in a Cookie header pairs are separated by "; " (Appendix D).
		return spec?.contentType === undefined && (spec?.style ?? "form") === "form" ? text.split("&").join("; ") : text;
	});
	return pairs.length === 0 ? undefined : pairs.join("; ");
}
let cookieHeaderSent;
/** Whether this runtime's fetch sends a `Cookie` header set by script: Node's, Deno's and Bun's do; a browser's never does (a forbidden header). */
function sendsCookieHeader() {
	if (cookieHeaderSent === undefined) {
		try {
			cookieHeaderSent = new Request("http://localhost/", { headers: { Cookie: "probe=1" } }).headers.has("Cookie");
		} catch {
			cookieHeaderSent = false;
		}
	}
	return cookieHeaderSent;
}
const cookieWarnings = new Set();
/**
* A cookie parameter where fetch cannot send it (a browser) is not silently lost: the call goes on
* without it (the browser sends the cookies it holds for the API's site), and the caller is told
* once per operation how to send it, to `onWarning`, else `console.warn`.
*/
export function unsentCookies(name, values, options) {
	const given = Object.keys(values ?? {}).filter((key) => values?.[key] !== undefined);
	if (given.length === 0 || sendsCookieHeader() || cookieWarnings.has(name)) return;
	cookieWarnings.add(name);
	const warning = {
		code: "cookie-parameter-not-sent",
		operation: name,
		message: `${name}: the cookie parameter${given.length === 1 ? "" : "s"} ${given.map((key) => `"${key}"`).join(", ")} cannot be sent from a browser (fetch drops a Cookie header set by script). Set the cookie with document.cookie (or let the server set it) and call with credentials: "include" so that the browser sends it.`
	};
	if (options.onWarning !== undefined) options.onWarning(warning);
	else console.warn(`Warning [${warning.code}]: ${warning.message}`);
}
