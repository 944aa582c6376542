import { DEFAULT_BASE_URL } from "./client.js";
import { handlersFor, mockCore } from "./msw/handlers.js";
import { OPERATION_TABLE } from "./operation-table.js";
import { SCHEMA_TABLE } from "./schema-table.js";
import { operationValidators } from "./validators.js";
// Requests are checked with the package's compiled validators, as the mock server checks them.
const CHECKS = { validators: operationValidators };
/**
* MSW handlers for every operation: they check method, path, credentials, content type and
* body against the spec exactly as `createMockServer()` does (same messages, same codes), and answer
* with fixtures, or with `overrides` (`{ getItem2: { status: 404 } }`). Pass them to
* `setupServer(...createHandlers())` from `msw/node`, or `setupWorker` in a browser.
*/
export function createHandlers(overrides = {}, options = {}) {
	const core = mockCore(SCHEMA_TABLE, OPERATION_TABLE, {
		...CHECKS,
		...options.seed === undefined ? {} : { seed: options.seed }
	}, overrides);
	const handlers = handlersFor(OPERATION_TABLE, core, options.baseUrl ?? DEFAULT_BASE_URL);
	return Object.assign(handlers, { requests: core.requests });
}
/**
* One operation's handlers answering `answer`, for a single test: `server.use(...handlerFor("getItem2", { status: 409 }))`.
* Requests are still checked as the mock checks them (an error status you set is answered before the body is).
*/
export function handlerFor(operation, answer, options = {}) {
	const table = OPERATION_TABLE.filter((candidate) => candidate.name === operation);
	const core = mockCore(SCHEMA_TABLE, table, {
		...CHECKS,
		...options.seed === undefined ? {} : { seed: options.seed }
	}, { [operation]: answer });
	const handlers = handlersFor(table, core, options.baseUrl ?? DEFAULT_BASE_URL).slice(0, table.length);
	return Object.assign(handlers, { requests: core.requests });
}
