import type { ValidationIssue } from "../validators/standard.js";
import type { TransportFeature } from "./call.js";
/** A request that breaks the document's schema, refused before anything was sent (`validate.requests: "fail"`). */
export declare class RequestValidationError extends Error {
	override readonly name = "RequestValidationError";
	readonly code = "invalid_request";
	readonly operation: string;
	/** Paths start at the request: `["body", "hypothesis"]`, `["params", "path", "projectKey"]`. */
	readonly issues: readonly ValidationIssue[];
	constructor(operation: string, issues: readonly ValidationIssue[]);
}
/** A response body that breaks the document's schema (`validate.responses: "fail"`): the status, the body as parsed, and where it breaks. */
export declare class ResponseValidationError extends Error {
	override readonly name = "ResponseValidationError";
	/** A code beside the API's own error codes, so `error.code` reads on every error a call can give. */
	readonly code = "invalid_response";
	readonly status: number;
	/** The body as parsed: nothing is lost. */
	readonly body: unknown;
	readonly issues: readonly ValidationIssue[];
	constructor(operation: string, status: number, body: unknown, issues: readonly ValidationIssue[]);
}
/** A stream item that breaks its schema (`validate.responses: "fail"`), thrown by the iteration at that item; `item` is the item as read. */
export declare class StreamItemValidationError extends Error {
	override readonly name = "StreamItemValidationError";
	readonly code = "invalid_stream_item";
	/** The item's position in the stream, from 0. */
	readonly index: number;
	readonly item: unknown;
	readonly issues: readonly ValidationIssue[];
	constructor(operation: string, index: number, item: unknown, issues: readonly ValidationIssue[]);
}
/** Checks requests before they are sent and responses as they are read, with `validate.with`'s validators and modes. */
export declare const validation: TransportFeature;
