import { validate } from "../fixtures/validate.js";
import { BodyError, decodeBody, querystringValue } from "./body-decode.js";
import { pairsOf, parameterValue } from "./wire-decode.js";
export class Rejection extends Error {
	status;
	code;
	constructor(status, code, message) {
		super(message);
		this.status = status;
		this.code = code;
	}
}
/** A media type with its parameters, as compared: lower case, one spacing, without the ones a sender adds (`boundary`, `charset`). */
export function comparableType(contentType) {
	return contentType.split(";").map((part) => part.trim().toLowerCase().replace(/\s*=\s*/, "=")).filter((part, index) => index === 0 || part !== "" && !/^(boundary|charset)=/.test(part)).join("; ");
}
function bytesOf(body) {
	return typeof body === "string" ? new TextEncoder().encode(body) : body;
}
function wholeQuery(table, parameter, search) {
	try {
		return querystringValue(table, search, parameter.contentType ?? "application/x-www-form-urlencoded", parameter.schema);
	} catch (error) {
		if (error instanceof BodyError) throw new Rejection(400, "invalid_request", `querystring parameter ${parameter.name}: ${error.message}`);
		throw error;
	}
}
function parameterLabel(location, name) {
	return `${location === "header" ? "header" : `${location} parameter`} ${name}`;
}
function pointerOf(path) {
	return path.map((key) => `/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
/** The first issue of a compiled `params` check, worded as the interpreted check words it: `query parameter limit must be <= 100`. */
function parameterIssue(issue) {
	const [location, name, ...rest] = issue.path;
	if (location === "querystring") return `querystring parameter${pointerOf(issue.path.slice(1))} ${issue.message}`;
	return `${parameterLabel(String(location), String(name))}${pointerOf(rest)} ${issue.message}`;
}
/** Decodes and checks every documented parameter per its style; throws a Rejection naming the first wrong one. */
export function checkParameters(table, operation, call, url, pathParams, validators) {
	const decoded = {};
	const checked = {};
	const request = {
		pathParams,
		search: url.search.replace(/^\?/, ""),
		headers: call.headers
	};
	for (const parameter of operation.parameters) {
		const label = parameterLabel(parameter.in, parameter.name);
		const value = parameter.in === "querystring" ? wholeQuery(table, parameter, request.search) : parameterValue(table, parameter, request);
		if (value === undefined) {
			if (parameter.required) throw new Rejection(400, "invalid_request", `missing required ${label}`);
			continue;
		}
		if (validators?.params === undefined) {
			const violation = validate(table, parameter.schema, value);
			if (violation !== undefined) throw new Rejection(400, "invalid_request", `${label}${violation.path} ${violation.message}`);
		}
		const decodedGroup = decoded[parameter.in] ?? {};
		decoded[parameter.in] = decodedGroup;
		Object.defineProperty(decodedGroup, parameter.name, {
			value,
			enumerable: true
		});
		if (parameter.in === "querystring") checked.querystring = value;
		else {
			const checkedGroup = checked[parameter.in] ?? {};
			checked[parameter.in] = checkedGroup;
			Object.defineProperty(checkedGroup, parameter.name, {
				value,
				enumerable: true
			});
		}
	}
	const issue = validators?.params?.["~standard"].validate(checked).issues?.[0];
	if (issue !== undefined) throw new Rejection(400, "invalid_request", parameterIssue(issue));
	return decoded;
}
/** Decodes the body by the Content-Type it arrived with and checks it against that media type's schema. */
export function checkBody(table, operation, call, validators) {
	const body = operation.requestBody;
	const bytes = bytesOf(call.body);
	if (body === undefined || bytes.length === 0 && !body.required) return undefined;
	if (bytes.length === 0) throw new Rejection(400, "invalid_request", "the request body is required");
	const header = call.headers["content-type"];
	const sent = Array.isArray(header) ? header.join(",") : header ?? "";
	const media = body.media.find((entry) => comparableType(entry.contentType) === comparableType(sent)) ?? body.media.find((entry) => entry.contentType.includes("*"));
	if (media === undefined) {
		throw new Rejection(400, "invalid_request", `Content-Type must be ${body.media.map((entry) => entry.contentType).join(" or ")}, not ${comparableType(sent) || "absent"}`);
	}
	let value;
	try {
		value = decodeBody(table, bytes, sent, media.schema, media.encoding);
	} catch (error) {
		if (error instanceof BodyError) throw new Rejection(400, "invalid_request", error.message);
		throw error;
	}
	const compiled = validators?.body[media.contentType];
	const issue = compiled?.["~standard"].validate(value).issues?.[0];
	const violation = compiled === undefined ? validate(table, media.schema, value) : issue === undefined ? undefined : {
		path: pointerOf(issue.path),
		message: issue.message
	};
	if (violation !== undefined) throw new Rejection(400, "invalid_request", `request body ${violation.path || "/"} ${violation.message}`);
	return value;
}
export function acceptsBody(table, operation, call, validators) {
	try {
		checkBody(table, operation, call, validators);
		return true;
	} catch (error) {
		if (error instanceof Rejection) return false;
		throw error;
	}
}
function carries(slot, headers, url) {
	if (slot.in === "query") return url.searchParams.has(slot.name);
	if (slot.in === "cookie") return pairsOf(String(headers.cookie ?? ""), /;\s*/).some(([name]) => name === slot.name);
	return headers[slot.name.toLowerCase()] !== undefined;
}
const WHERE = {
	query: "query parameter",
	cookie: "cookie"
};
/** Why the request lacks every alternative of the operation's security requirements; undefined when it has one. */
export function missingCredentials(alternatives, headers, url) {
	if (alternatives === undefined || alternatives.some((slots) => slots.every((slot) => carries(slot, headers, url)))) return undefined;
	const named = alternatives.map((slots) => slots.map((slot) => `${slot.name} ${WHERE[slot.in] ?? "header"}`).join(" and "));
	return named.length === 1 ? `missing ${named[0]}` : `missing credentials: ${named.join(", or ")}`;
}
