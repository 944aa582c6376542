const warnedCodes = new Set();
export function warnOnce(warning, options) {
	if (options.deprecationWarnings === false || warnedCodes.has(warning.code)) return;
	warnedCodes.add(warning.code);
	if (options.onWarning !== undefined) {
		options.onWarning(warning);
		return;
	}
	const processLike = globalThis.process;
	if (typeof processLike?.emitWarning === "function") {
		processLike.emitWarning(warning.message, {
			type: "DeprecationWarning",
			code: warning.code
		});
	} else {
		console.warn(`DeprecationWarning [${warning.code}]: ${warning.message}`);
	}
}
/** RFC 9745 `Deprecation: @<epoch seconds>` (or a legacy date) as an ISO date, if it has one. */
function deprecationDate(value) {
	const epoch = /^@(-?\d+)$/.exec(value.trim());
	if (epoch !== null) return new Date(Number(epoch[1]) * 1e3).toISOString().slice(0, 10);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : new Date(date).toISOString().slice(0, 10);
}
/** The target of `Link: <…>; rel="successor-version"`, if present. */
function successorLink(value) {
	for (const part of (value ?? "").split(/,(?=\s*<)/)) {
		const match = /<([^>]*)>(.*)/.exec(part.trim());
		if (match !== null && /;\s*rel="?[^";]*\bsuccessor-version\b/i.test(match[2] ?? "")) return match[1];
	}
	return undefined;
}
/**
* A response with `Deprecation` (RFC 9745) or `Sunset` (RFC 8594) headers warns once per operation,
* with the dates and the successor link when the server gives them.
*/
export function warnServerDeprecation(operation, response, options) {
	const deprecation = response.headers.get("Deprecation");
	const sunset = response.headers.get("Sunset");
	if (deprecation === null && sunset === null) return;
	const since = deprecation === null ? undefined : deprecationDate(deprecation);
	const sunsetDate = sunset === null || Number.isNaN(Date.parse(sunset)) ? undefined : new Date(Date.parse(sunset)).toISOString().slice(0, 10);
	const successor = successorLink(response.headers.get("Link"));
	const parts = [
		`the server marks ${operation} as ${deprecation === null ? "going away" : "deprecated"}${since === undefined ? "" : ` since ${since}`}`,
		...sunsetDate === undefined ? [] : [`it stops working after ${sunsetDate} (Sunset)`],
		...successor === undefined ? [] : [`successor: ${successor}`]
	];
	const code = `OPENAPI_SERVER_DEP_${operation.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}`;
	warnOnce({
		code,
		message: `${parts.join("; ")}.`,
		operation
	}, options);
}
