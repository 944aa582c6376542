// MSW 2 handlers over the mock core (testing/mock-core.ts): the same checks, answers, error
// wording and records as the loopback mock server, for tests that intercept `fetch` (jsdom,
// browsers, Node with msw/node). Only the `./msw` entry imports this, and with it `msw`.
import { delay, type HttpHandler, HttpResponse, http } from "msw";
import { routePattern } from "../fixtures/operations.js";
import type { SchemaTable } from "../fixtures/schema.js";
import {
  type Answer,
  answerPayload,
  createMockCore,
  type MockCore,
  type MockCoreOptions,
  type MockOperation,
  type MockOverride,
  streamPieces,
} from "../testing/mock-core.js";

export interface HandlerOptions {
  /** Where the client sends its requests (default: the spec's first server, as `createClient`). */
  baseUrl?: string;
  /** Seed of the fixture bodies. */
  seed?: string | number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern for the full URLs of one route on `baseUrl` (any origin when it has none), query allowed. */
function urlPattern(path: string, baseUrl: string): RegExp {
  const base = baseUrl === "" ? "[a-z][a-z0-9+.-]*://[^/]+" : escapeRegExp(baseUrl.replace(/\/+$/, ""));
  return new RegExp(`^${base}${routePattern(path).pattern.source.slice(1, -1)}(?:\\?.*)?$`, "i");
}

/** The path the core routes on: the URL's, without the base URL's own path prefix. */
function corePath(url: URL, baseUrl: string): string {
  const prefix = baseUrl === "" ? "" : new URL(baseUrl).pathname.replace(/\/+$/, "");
  const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
  return `${path || "/"}${url.search}`;
}

function resolverFor(core: MockCore, baseUrl: string) {
  return async ({ request }: { request: Request }): Promise<Response> => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const answer = core.answer({
      method: request.method,
      url: corePath(new URL(request.url), baseUrl),
      headers,
      body: new Uint8Array(await request.arrayBuffer()),
    });
    if (answer.delayMs > 0) await delay(answer.delayMs);
    const payload = await answerPayload(answer);
    const pieces = streamPieces(answer);
    const body =
      pieces !== undefined
        ? pieceStream(pieces, answer)
        : typeof payload.body === "string" || payload.body === null
          ? payload.body
          : new Uint8Array(payload.body);
    return new HttpResponse(body, {
      status: answer.status,
      headers: {
        ...(payload.contentType === undefined ? {} : { "Content-Type": payload.contentType }),
        ...answer.headers,
      },
    });
  };
}

/** A stream answer's items as a body that yields them `intervalMs` apart. */
function pieceStream(pieces: readonly string[], answer: Answer): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (next > 0 && (answer.stream?.intervalMs ?? 0) > 0) await delay(answer.stream?.intervalMs);
      const piece = pieces[next];
      next += 1;
      if (piece === undefined) controller.close();
      else controller.enqueue(encoder.encode(piece));
    },
  });
}

const METHODS = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
  HEAD: http.head,
  OPTIONS: http.options,
} as const;

/**
 * One handler per operation (its method and route), then one per route for every other method
 * (the core answers 405), and, on a base URL, one for any other path there (404): all answered by
 * one core, so `requests` records them in order.
 */
export function handlersFor(operations: readonly MockOperation[], core: MockCore, baseUrl: string): HttpHandler[] {
  const resolver = resolverFor(core, baseUrl);
  const handlers = operations.map((operation) => {
    const method = METHODS[operation.method as keyof typeof METHODS] ?? http.all;
    return method(urlPattern(operation.path, baseUrl), resolver);
  });
  for (const path of [...new Set(operations.map((operation) => operation.path))])
    handlers.push(http.all(urlPattern(path, baseUrl), resolver));
  if (baseUrl !== "")
    handlers.push(http.all(new RegExp(`^${escapeRegExp(baseUrl.replace(/\/+$/, ""))}/.*$`, "i"), resolver));
  return handlers;
}

export function mockCore(
  table: SchemaTable,
  operations: readonly MockOperation[],
  options: MockCoreOptions,
  overrides: Readonly<Record<string, MockOverride | undefined>>,
): MockCore {
  const core = createMockCore(table, operations, options);
  for (const [operation, answer] of Object.entries(overrides))
    if (answer !== undefined) core.respond(operation, answer);
  return core;
}
