import type { Client } from "./client.js";
import { type MockServer, type MockServerOptions } from "./testing/mock-server.js";
export type { MockAnswer, MockServer, MockServerOptions, RecordedRequest } from "./testing/mock-server.js";
/**
* Starts a mock of the API on 127.0.0.1 (a free port). Point the client at `server.url`; override an
* operation's answer with `server.respond("patchExperiment", { status: 404 })`; read `server.requests`;
* `await server.close()` when done.
*/
export declare function createMockServer(options?: Omit<MockServerOptions, "validators">): Promise<MockServer<keyof Client & string>>;
