/// <reference types="node" />
// A contract mock of the API on a real HTTP server (127.0.0.1, a free port): each request goes to
// the mock core (mock-core.ts), which checks it against the spec, answers with fixture data or
// per-test overrides, and records it.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { SchemaTable } from "../fixtures/schema.js";
import {
  answerPayload,
  createMockCore,
  type MockAnswer,
  type MockCoreOptions,
  type MockOperation,
  type RecordedRequest,
  streamPieces,
} from "./mock-core.js";

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

function readBody(request: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    request.on("error", reject);
  });
}

export async function startMockServer(
  table: SchemaTable,
  operations: readonly MockOperation[],
  options: MockServerOptions = {},
): Promise<MockServer> {
  const core = createMockCore(table, operations, options);
  const server = createServer((request, response) => {
    readBody(request)
      .then(async (body) => {
        const answer = core.answer({
          method: request.method ?? "GET",
          url: request.url ?? "/",
          headers: request.headers,
          body,
        });
        if (answer.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
        const payload = await answerPayload(answer);
        response.writeHead(answer.status, {
          ...(payload.contentType === undefined ? {} : { "Content-Type": payload.contentType }),
          ...answer.headers,
        });
        const pieces = streamPieces(answer);
        if (pieces === undefined) {
          response.end(payload.body ?? "");
          return;
        }
        // A stream is written item by item, `intervalMs` apart, as a server that produces them would.
        response.flushHeaders();
        for (const [index, piece] of pieces.entries()) {
          if (index > 0 && (answer.stream?.intervalMs ?? 0) > 0)
            await new Promise((resolve) => setTimeout(resolve, answer.stream?.intervalMs));
          if (response.destroyed) return;
          response.write(piece);
        }
        response.end();
      })
      .catch((error: unknown) => {
        response.writeHead(500, { "Content-Type": "application/json" });
        response.end(
          JSON.stringify({ code: "mock_error", message: error instanceof Error ? error.message : String(error) }),
        );
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: core.requests,
    respond: core.respond,
    reset: core.reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
