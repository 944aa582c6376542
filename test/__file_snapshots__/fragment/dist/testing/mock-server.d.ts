import type { SchemaTable } from "../fixtures/schema.js";
import { type MockAnswer, type MockCoreOptions, type MockOperation, type RecordedRequest } from "./mock-core.js";
export type { MockAnswer, MockOperation, RecordedRequest } from "./mock-core.js";
export interface MockServer<Name extends string = string> {
	/** http://127.0.0.1:<port>: pass it as the client's `baseUrl`. */
	readonly url: string;
	readonly requests: readonly RecordedRequest[];
	/** Answers an operation's next requests with `answer` (or what the function returns), until reset. */
	respond(operation: Name, answer: MockAnswer | ((request: RecordedRequest) => MockAnswer)): void;
	/** Forgets overrides and recorded requests. */
	reset(): void;
	close(): Promise<void>;
}
export type MockServerOptions = MockCoreOptions;
export declare function startMockServer(table: SchemaTable, operations: readonly MockOperation[], options?: MockServerOptions): Promise<MockServer>;
