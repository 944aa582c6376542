import { type TableOperation } from "../fixtures/operations.js";
import type { Schema, SchemaTable } from "../fixtures/schema.js";
import type { StreamFraming } from "../runtime/media.js";
import type { OperationValidators } from "../validators/standard.js";
import type { BodyEncoding } from "./body-decode.js";
import { type CredentialSlot } from "./request-checks.js";
import type { MockParameter } from "./wire-decode.js";
export { answerPayload, streamPieces } from "./answer-payload.js";
export { type CredentialSlot, Rejection } from "./request-checks.js";
export type { MockParameter } from "./wire-decode.js";
/** An operation as the mock checks it: the table's entry with what a request must carry. */
export interface MockOperation extends TableOperation {
	readonly parameters: readonly MockParameter[];
	/**
	* The credentials a request must carry: alternatives (the operation's security requirements),
	* each where and under what name; absent when the operation requires none.
	*/
	readonly credentials?: readonly (readonly CredentialSlot[])[];
	readonly requestBody?: {
		readonly required: boolean;
		readonly media: readonly {
			readonly contentType: string;
			readonly schema: Schema;
			readonly encoding?: Readonly<Record<string, BodyEncoding>>;
		}[];
	};
}
/** A canned answer: any part left out comes from the spec (the first 2xx status, a fixture body). */
export interface MockAnswer {
	status?: number;
	/** For a stream (JSON Lines, server-sent events…): the list of its items (events as `{ event?, id?, retry?, data }`). */
	body?: unknown;
	headers?: Record<string, string>;
	delayMs?: number;
	/** For a stream built from fixtures: how many items (default 3), and the time between two of them (default 0). */
	stream?: {
		count?: number;
		intervalMs?: number;
	};
}
export interface RecordedRequest {
	/** The operation the request matched, or undefined. */
	readonly operation: string | undefined;
	readonly method: string;
	/** The path as sent, percent-encoding intact. */
	readonly path: string;
	readonly pathParams: Readonly<Record<string, string>>;
	readonly query: Readonly<Record<string, string>>;
	/** Every documented parameter the request carries, decoded per its style (`{ query: { fields: ["id", "name"] } }`). */
	readonly params: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
	/** Header names in lower case. */
	readonly headers: Readonly<Record<string, string | string[] | undefined>>;
	readonly body: unknown;
	/** The status the mock answered with. */
	readonly status: number;
}
export type MockOverride = MockAnswer | ((request: RecordedRequest) => MockAnswer);
export interface MockCoreOptions {
	/** Seed of the fixture bodies. */
	seed?: string | number;
	/**
	* The compiled validators (`<pkg>/validators`' `operationValidators`): parameters and bodies are
	* checked with them, so the mock accepts exactly what a validating client sends. An operation
	* without them is checked by the fixture engine's interpreted reading of the same rules.
	*/
	validators?: Readonly<Record<string, OperationValidators | undefined>>;
}
/** A request as the core reads it, whatever carried it. */
export interface IncomingCall {
	readonly method: string;
	/** Path and query, as sent. */
	readonly url: string;
	/** Header names in lower case. */
	readonly headers: Readonly<Record<string, string | string[] | undefined>>;
	readonly body: string | Uint8Array;
}
export interface Answer {
	status: number;
	body: unknown;
	/** The documented media type of the answer's body (JSON when undefined). */
	contentType: string | undefined;
	headers: Record<string, string>;
	delayMs: number;
	/** Set when the body is a list of stream items, sent one by one `intervalMs` apart. */
	stream?: {
		framing: StreamFraming;
		intervalMs: number;
	};
}
export interface MockCore {
	/** Decides the answer to one request and records it. */
	answer(call: IncomingCall): Answer;
	readonly requests: RecordedRequest[];
	respond(operation: string, answer: MockOverride): void;
	reset(): void;
}
export declare function createMockCore(table: SchemaTable, operations: readonly MockOperation[], options?: MockCoreOptions): MockCore;
