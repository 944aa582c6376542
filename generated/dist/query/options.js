/**
* What a query or mutation of an operation rejects with (TanStack Query expects a rejected query
* function, not an error as data): an answer outside 2xx, with its status and body as the client's
* result has them, or a body that could not be read (`status: 0`, the `ResponseParseError` or
* `ResponseValidationError` as `body`). Its type is one member per documented status, so checking
* `error.status === 404` narrows `error.body` to that status's type.
*/
export class OperationError extends Error {
	name = "OperationError";
	operation;
	status;
	body;
	response;
	constructor(operation, status, body, response) {
		super(status === 0 ? `${operation}: the answer could not be read` : `${operation}: HTTP ${status}`);
		this.operation = operation;
		this.status = status;
		this.body = body;
		this.response = response;
	}
}
/** A 2xx answer's body (`null` for none), or the OperationError its answer is. */
export function unwrap(operation, result) {
	const answer = result;
	if (answer.malformed === true) throw new OperationError(operation, 0, answer.error, answer.response);
	if (!answer.response.ok) throw new OperationError(operation, answer.status, answer.error, answer.response);
	return answer.data === undefined ? null : answer.data;
}
/** A key's part as plain data: undefined members and empty objects left out, so one request has one key. */
function normalized(value) {
	if (Array.isArray(value)) return value.map(normalized);
	if (typeof value !== "object" || value === null) return value;
	const entries = Object.entries(value).map(([key, item]) => [key, normalized(item)]).filter(([, item]) => item !== undefined && !(typeof item === "object" && item !== null && !Array.isArray(item) && Object.keys(item).length === 0));
	return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
/**
* What picks the answer: the request's parameters and body, and where given, the media type it is
* sent as, the extra headers (Accept, say) and how the body is read; not the signal, timeouts or
* retries. Headers are named in lower case.
*/
export function keyParams(request) {
	const { params, body, contentType, headers, parseAs } = request ?? {};
	const headerList = headers === undefined ? undefined : Object.fromEntries(new Headers(headers));
	return normalized({
		params,
		body,
		contentType,
		headers: headerList,
		parseAs
	}) ?? {};
}
/** TanStack's signal (a query cancelled, its last observer gone) and the caller's own, as one. */
export function withSignal(request, signal) {
	const own = request?.signal;
	return {
		...request,
		signal: own == null ? signal : AbortSignal.any([own, signal])
	};
}
export function queryKey(name, partial) {
	return partial === undefined ? [name] : [name, partial];
}
export function queryOptions(name, call, request) {
	return {
		queryKey: [name, keyParams(request)],
		queryFn: async ({ signal }) => unwrap(name, await call(withSignal(request, signal)))
	};
}
export function mutationOptions(name, call) {
	return {
		mutationKey: [name],
		mutationFn: async (variables) => unwrap(name, await call(variables))
	};
}
