import { type HttpHandler } from "msw";
import type { SchemaTable } from "../fixtures/schema.js";
import { type MockCore, type MockCoreOptions, type MockOperation, type MockOverride } from "../testing/mock-core.js";
export interface HandlerOptions {
	/** Where the client sends its requests (default: the spec's first server, as `createClient`). */
	baseUrl?: string;
	/** Seed of the fixture bodies. */
	seed?: string | number;
}
/**
* One handler per operation (its method and route), then one per route for every other method
* (the core answers 405), and, on a base URL, one for any other path there (404): all answered by
* one core, so `requests` records them in order.
*/
export declare function handlersFor(operations: readonly MockOperation[], core: MockCore, baseUrl: string): HttpHandler[];
export declare function mockCore(table: SchemaTable, operations: readonly MockOperation[], options: MockCoreOptions, overrides: Readonly<Record<string, MockOverride | undefined>>): MockCore;
