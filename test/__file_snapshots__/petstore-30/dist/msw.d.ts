import type { HttpHandler } from "msw";
import { type Client } from "./client.js";
import { type HandlerOptions } from "./msw/handlers.js";
import type { MockAnswer, RecordedRequest } from "./testing/mock-core.js";
export type { HandlerOptions } from "./msw/handlers.js";
export type { MockAnswer, RecordedRequest } from "./testing/mock-core.js";
/** An operation's canned answer, or a function of the request that gives one. */
export type Override = MockAnswer | ((request: RecordedRequest) => MockAnswer);
export type Overrides = { readonly [Name in keyof Client & string]?: Override };
/** Handlers with the requests they answered, in order (read them in assertions). */
export type Handlers = HttpHandler[] & {
	readonly requests: readonly RecordedRequest[];
};
/**
* MSW handlers for every operation: they check method, path, credentials, content type and
* body against the spec exactly as `createMockServer()` does (same messages, same codes), and answer
* with fixtures, or with `overrides` (`{ getPet: { status: 404 } }`). Pass them to
* `setupServer(...createHandlers())` from `msw/node`, or `setupWorker` in a browser.
*/
export declare function createHandlers(overrides?: Overrides, options?: HandlerOptions): Handlers;
/**
* One operation's handlers answering `answer`, for a single test: `server.use(...handlerFor("getPet", { status: 409 }))`.
* Requests are still checked as the mock checks them (an error status you set is answered before the body is).
*/
export declare function handlerFor(operation: keyof Client & string, answer: Override, options?: HandlerOptions): Handlers;
