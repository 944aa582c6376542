import { documentedBody, responseFor, routePattern, streamFixture } from "../fixtures/operations.js";
import { echoPathParameters, errorBody, errorSchema } from "./mock-answers.js";
import { acceptsBody, checkBody, checkParameters, Rejection } from "./request-checks.js";
export { answerPayload, streamPieces } from "./answer-payload.js";
export { Rejection } from "./request-checks.js";
function safeDecode(text) {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
function literalLength(path) {
	return path.replace(/\{[^}]+\}/g, "").length;
}
/** The body as the mock records it: parsed JSON when it is, else the text. */
function recordedBody(raw) {
	const text = typeof raw === "string" ? raw : new TextDecoder().decode(raw);
	if (text === "") return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
export function createMockCore(table, operations, options = {}) {
	// Concrete paths before templated ones (`/users/me` before `/users/{id}`), whatever the table's order.
	const routes = operations.map((operation) => ({
		operation,
		...routePattern(operation.path)
	})).sort((a, b) => a.names.length - b.names.length || literalLength(b.operation.path) - literalLength(a.operation.path));
	const requests = [];
	const overrides = new Map();
	const counters = new Map();
	const everyOperation = operations.map((operation) => operation.responses);
	const nextSeed = (name) => {
		const count = counters.get(name) ?? 0;
		counters.set(name, count + 1);
		return `mock|${String(options.seed ?? "")}|${name}|${count}`;
	};
	/** The answer to a request that reached an operation: the test's override over the spec's first 2xx and a fixture. */
	const answerFor = (operation, given, pathParams) => {
		const success = operation.responses.find((response) => response.status >= 200 && response.status < 300);
		const status = given.status ?? success?.status ?? 200;
		const documented = responseFor(operation.responses, status);
		const headers = {
			...documented?.headers,
			...given.headers
		};
		if (documented?.stream !== undefined) {
			const items = "body" in given ? given.body : streamFixture(table, documented, nextSeed(operation.name), given.stream?.count);
			return {
				status,
				body: items,
				contentType: documented.contentType,
				headers,
				delayMs: given.delayMs ?? 0,
				stream: {
					framing: documented.stream.framing,
					intervalMs: given.stream?.intervalMs ?? 0
				}
			};
		}
		const built = documentedBody(table, documented, nextSeed(operation.name));
		const body = "body" in given ? given.body : echoPathParameters(table, documented?.schema, built, operation.path, pathParams);
		return {
			status,
			body,
			contentType: documented?.contentType,
			headers,
			delayMs: given.delayMs ?? 0
		};
	};
	/** An error the mock makes itself, in the schema the spec gives its status. */
	const rejectionAnswer = (operation, error) => {
		const schema = errorSchema(operation?.responses ?? [], everyOperation, error.status);
		const contentType = responseFor(operation?.responses ?? [], error.status)?.contentType;
		return {
			status: error.status,
			body: errorBody(table, schema, error.code, error.message, nextSeed(`${operation?.name ?? ""}#${error.status}`)),
			contentType,
			headers: {},
			delayMs: 0
		};
	};
	const answer = (call) => {
		const url = new URL(call.url, "http://mock.invalid");
		// As sent: an additional operation's method is the document's spelling (methods are case-sensitive).
		const method = call.method;
		const matches = routes.map((candidate) => ({
			candidate,
			match: candidate.pattern.exec(url.pathname)
		})).filter((entry) => entry.match !== null);
		const sameMethod = matches.filter((entry) => entry.candidate.operation.method === method || entry.candidate.operation.method === method.toUpperCase());
		// Operations of one path and method (written apart with a fragment, `…#add_shared_link`): the one whose body schema accepts the request.
		const found = sameMethod.length > 1 ? sameMethod.find((entry) => acceptsBody(table, entry.candidate.operation, call, options.validators?.[entry.candidate.operation.name])) ?? sameMethod[0] : sameMethod[0];
		const pathParams = {};
		const rawPathParams = {};
		found?.candidate.names.forEach((name, index) => {
			rawPathParams[name] = found.match?.[index + 1] ?? "";
			pathParams[name] = safeDecode(rawPathParams[name]);
		});
		const recorded = {
			operation: found?.candidate.operation.name,
			method,
			path: url.pathname + url.search,
			pathParams,
			query: Object.fromEntries(url.searchParams),
			params: {},
			headers: call.headers,
			body: recordedBody(call.body)
		};
		let result;
		try {
			if (found === undefined) {
				if (matches.length > 0) throw new Rejection(405, "method_not_allowed", `${method} is not an operation of ${url.pathname}`);
				throw new Rejection(404, "not_found", `no operation matches ${method} ${url.pathname}`);
			}
			// As a real service: authentication first, then what the test decided (a 429, a 404), then the body.
			if (options.authHeader !== undefined && found.candidate.operation.credential !== false && call.headers[options.authHeader.toLowerCase()] === undefined) {
				throw new Rejection(401, "unauthorized", `missing ${options.authHeader} header`);
			}
			const operation = found.candidate.operation;
			const override = overrides.get(operation.name);
			const given = typeof override === "function" ? override({
				...recorded,
				status: 0
			}) : override ?? {};
			if (given.status === undefined || given.status < 400) {
				const validators = options.validators?.[operation.name];
				recorded.params = checkParameters(table, operation, call, url, rawPathParams, validators);
				const body = checkBody(table, operation, call, validators);
				if (body !== undefined && typeof recorded.body !== "object") recorded.body = body;
			}
			result = answerFor(operation, given, pathParams);
		} catch (error) {
			if (!(error instanceof Rejection)) throw error;
			result = rejectionAnswer(found?.candidate.operation, error);
		}
		// A 429 says when to come back: at once, unless the test says otherwise, so retries cost nothing.
		if (result.status === 429 && !Object.keys(result.headers).some((name) => name.toLowerCase() === "retry-after")) result.headers = {
			...result.headers,
			"Retry-After": "0"
		};
		requests.push({
			...recorded,
			status: result.status
		});
		return result;
	};
	return {
		answer,
		requests,
		respond: (operation, given) => {
			overrides.set(operation, given);
		},
		reset: () => {
			overrides.clear();
			requests.length = 0;
			counters.clear();
		}
	};
}
