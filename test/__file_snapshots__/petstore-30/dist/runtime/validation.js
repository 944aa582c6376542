const SHOWN_ISSUES = 5;
/** `body/instructions/0/kind: must be one of …; params/path/projectKey: is required`, the first few. */
function describe(issues) {
	const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => `${issue.path.length === 0 ? "(root)" : issue.path.map(String).join("/")}: ${issue.message}`);
	return shown.join("; ") + (issues.length > SHOWN_ISSUES ? `; … ${issues.length - SHOWN_ISSUES} more` : "");
}
/** A request that breaks the document's schema, refused before anything was sent (`validate.requests: "fail"`). */
export class RequestValidationError extends Error {
	name = "RequestValidationError";
	code = "invalid_request";
	operation;
	/** Paths start at the request: `["body", "hypothesis"]`, `["params", "path", "projectKey"]`. */
	issues;
	constructor(operation, issues) {
		super(`${operation}: the request breaks the API's schema: ${describe(issues)}`);
		this.operation = operation;
		this.issues = issues;
	}
}
/** A response body that breaks the document's schema (`validate.responses: "fail"`): the status, the body as parsed, and where it breaks. */
export class ResponseValidationError extends Error {
	name = "ResponseValidationError";
	/** A code beside the API's own error codes, so `error.code` reads on every error a call can give. */
	code = "invalid_response";
	status;
	/** The body as parsed: nothing is lost. */
	body;
	issues;
	constructor(operation, status, body, issues) {
		super(`${operation}: the ${status} response body breaks the API's schema: ${describe(issues)}`);
		this.status = status;
		this.body = body;
		this.issues = issues;
	}
}
/** A stream item that breaks its schema (`validate.responses: "fail"`), thrown by the iteration at that item; `item` is the item as read. */
export class StreamItemValidationError extends Error {
	name = "StreamItemValidationError";
	code = "invalid_stream_item";
	/** The item's position in the stream, from 0. */
	index;
	item;
	issues;
	constructor(operation, index, item, issues) {
		super(`${operation}: stream item ${index} breaks the API's schema: ${describe(issues)}`);
		this.index = index;
		this.item = item;
		this.issues = issues;
	}
}
/** A call's mode for requests or responses: its own `validate`, else the client's, `"fail"` where the client names validators. */
function modeOf(kind, options, init) {
	const own = init.validate;
	if (own === false || options.validate === undefined) return "off";
	return own?.[kind] ?? options.validate[kind] ?? "fail";
}
/** A warning per invalid value (not once: each is news), to `onWarning`, else the console. */
function report(options, warning) {
	if (options.onWarning !== undefined) options.onWarning(warning);
	else console.warn(`[${warning.code}] ${warning.message}`);
}
function prefixed(prefix, issues) {
	return issues.map((issue) => ({
		message: issue.message,
		path: [prefix, ...issue.path]
	}));
}
function checkRequest(operation, spec, init, options) {
	const mode = modeOf("requests", options, init);
	const validators = mode === "off" ? undefined : options.validate?.with[operation];
	if (validators === undefined) return;
	const issues = [];
	const params = validators.params?.["~standard"].validate(init.params ?? {});
	if (params?.issues !== undefined) issues.push(...prefixed("params", params.issues));
	const body = init.body;
	const bodyValidator = validators.body[init.contentType ?? spec.requestContentType ?? "application/json"];
	// A body streamed by the caller is not read here: that would consume it.
	if (body !== undefined && bodyValidator !== undefined && !(body instanceof ReadableStream)) {
		const checked = bodyValidator["~standard"].validate(body);
		if (checked.issues !== undefined) issues.push(...prefixed("body", checked.issues));
	}
	if (issues.length === 0) return;
	const error = new RequestValidationError(operation, issues);
	if (mode === "fail") throw error;
	report(options, {
		code: "OPENAPI_INVALID_REQUEST",
		message: error.message,
		operation,
		issues
	});
}
/** The documented response's validator for this status (exact, then `4XX`, then `default`) and Content-Type. */
function responseValidator(validators, status, contentType) {
	const byType = validators.responses[String(status)] ?? validators.responses[`${String(status).charAt(0)}XX`] ?? validators.responses.default;
	if (byType === undefined) return undefined;
	const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
	const entries = Object.entries(byType);
	const exact = entries.find(([documented]) => documented.toLowerCase() === type);
	const pattern = entries.find(([documented]) => documented === "*/*" || documented.endsWith("/*") && type.startsWith(documented.slice(0, -1).toLowerCase()));
	return (exact ?? pattern ?? (type === "" && entries.length === 1 ? entries[0] : undefined))?.[1];
}
function isStream(value) {
	return typeof value === "object" && value !== null && typeof value[Symbol.asyncIterator] === "function";
}
/** Each item checked as it arrives (an event's `data` for server-sent events); the items are passed on unchanged. */
async function* checkedItems(operation, items, validator, events, mode, options) {
	let index = 0;
	for await (const item of items) {
		const value = events && typeof item === "object" && item !== null ? item.data : item;
		const checked = validator["~standard"].validate(value);
		if (checked.issues !== undefined) {
			const error = new StreamItemValidationError(operation, index, item, checked.issues);
			if (mode === "fail") throw error;
			report(options, {
				code: "OPENAPI_INVALID_RESPONSE",
				message: error.message,
				operation,
				issues: checked.issues
			});
		}
		index += 1;
		yield item;
	}
}
function checkResult(operation, result, init, options) {
	const mode = modeOf("responses", options, init);
	const validators = mode === "off" || init.parseAs !== undefined ? undefined : options.validate?.with[operation];
	const answer = result;
	if (validators === undefined || answer.malformed === true) return result;
	const { status } = answer.response;
	const contentType = answer.response.headers.get("Content-Type") ?? "";
	const validator = responseValidator(validators, status, contentType);
	const body = answer.response.ok ? answer.data : answer.error;
	if (validator === undefined || body === undefined) return result;
	if (answer.response.ok && isStream(body)) {
		const events = contentType.toLowerCase().startsWith("text/event-stream");
		return {
			...answer,
			data: checkedItems(operation, body, validator, events, mode, options)
		};
	}
	const checked = validator["~standard"].validate(body);
	if (checked.issues === undefined) return result;
	const error = new ResponseValidationError(operation, status, body, checked.issues);
	if (mode === "report") {
		report(options, {
			code: "OPENAPI_INVALID_RESPONSE",
			message: error.message,
			operation,
			issues: checked.issues
		});
		return result;
	}
	return {
		status: 0,
		error,
		malformed: true,
		invalid: true,
		response: answer.response
	};
}
/** Checks requests before they are sent and responses as they are read, with `validate.with`'s validators and modes. */
export const validation = {
	feature: "validation",
	checkRequest,
	checkResult
};
