import { type IncomingMessage } from "node:http";
import type { Schema, SchemaTable } from "../fixtures/schema.js";
export interface MockOperation {
    readonly name: string;
    readonly method: string;
    readonly path: string;
    readonly requiredQuery: readonly string[];
    readonly requiredHeaders: readonly string[];
    readonly requestBody?: {
        readonly required: boolean;
        readonly contentTypes: readonly string[];
        readonly schema: Schema;
    };
    readonly responses: readonly {
        readonly status: number;
        readonly contentType?: string;
        readonly schema?: Schema;
    }[];
}
/** A canned answer: any part left out comes from the spec (the first 2xx status, a fixture body). */
export interface MockAnswer {
    status?: number;
    body?: unknown;
    headers?: Record<string, string>;
    delayMs?: number;
}
export interface RecordedRequest {
    /** The operation the request matched, or undefined. */
    readonly operation: string | undefined;
    readonly method: string;
    /** The path as sent, percent-encoding intact. */
    readonly path: string;
    readonly pathParams: Readonly<Record<string, string>>;
    readonly query: Readonly<Record<string, string>>;
    readonly headers: IncomingMessage["headers"];
    readonly body: unknown;
    /** The status the mock answered with. */
    readonly status: number;
}
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
export interface MockServerOptions {
    /** Seed of the fixture bodies. */
    seed?: string | number;
    /** Header that must be present on every request (from the security scheme), or undefined. */
    authHeader?: string;
}
export declare function startMockServer(table: SchemaTable, operations: readonly MockOperation[], options?: MockServerOptions): Promise<MockServer>;
