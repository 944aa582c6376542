import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage, writeFiles } from "./support/generated-package.js";
import {
  type Answer,
  type LoopbackServer,
  type RecordedRequest,
  startLoopbackServer,
} from "./support/loopback-server.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

// openapi-fetch's middleware through `<pkg>/operations` (runtime/middleware.ts, the `middleware`
// feature) beside `createClient`, which runs it in openapi-fetch itself: the same middleware objects
// given to both, the same hooks called in the same order with the same arguments, the same request
// on a real server, the same result (or the same rejection).

type Result = { status: number; data?: unknown; error?: unknown };
type Call = (init?: object) => Promise<Result>;
type Entry = { createClient(options: object): Record<string, Call> };
type Operations = Record<string, (transport: object, init?: object) => Promise<Result>> & {
  createTransport(options: object, ...features: object[]): object;
  middleware: object;
};
type Hooks = Record<string, (params: Record<string, unknown>) => unknown>;

interface Scenario {
  readonly name: string;
  /** Fresh middleware per side, logging what each hook is given into `log`. */
  readonly client: (log: unknown[]) => (Hooks | undefined)[];
  readonly perCall?: (log: unknown[]) => Hooks[];
  readonly operation: string;
  readonly init?: object;
  readonly answer: Answer;
}

let server: LoopbackServer;
let pets: GeneratedPackage;
const dir = makeTempDir("operations-middleware");
beforeAll(async () => {
  server = await startLoopbackServer();
  pets = await generatePackage("test/specs/petstore-30.yaml", "operations-middleware");
});
afterAll(async () => {
  await server.close();
  removeDir(dir);
});

/** What a hook saw, with the parts that differ by run (the random id, the request object) reduced to what they say. */
function seen(hook: string, label: string, params: Record<string, unknown>): object {
  const request = params.request as Request;
  const options = params.options as { baseUrl: string; parseAs: string };
  return {
    hook: `${label}.${hook}`,
    method: request.method,
    url: request.url,
    marked: request.headers.get("x-mark"),
    schemaPath: params.schemaPath,
    params: params.params,
    options: { baseUrl: options.baseUrl, parseAs: options.parseAs, frozen: Object.isFrozen(options) },
    id: typeof params.id === "string" && /^[a-z0-9]+$/.test(params.id),
    status: (params.response as Response | undefined)?.status,
    error: params.error instanceof Error ? params.error.message : undefined,
  };
}

/** A middleware that logs every hook and otherwise changes nothing. */
function logging(label: string, log: unknown[]): Hooks {
  const record = (hook: string) => (params: Record<string, unknown>) => {
    log.push(seen(hook, label, params));
    return undefined;
  };
  return { onRequest: record("onRequest"), onResponse: record("onResponse"), onError: record("onError") };
}

/** The request on the server, the result or rejection, and the hooks' log, for one side. */
async function run(call: () => Promise<Result>, log: unknown[]): Promise<object> {
  const before = server.requests.length;
  let outcome: object;
  try {
    const result = await call();
    outcome = { status: result.status, data: result.data, error: result.error };
  } catch (error) {
    outcome = { rejected: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  const request = server.requests.length > before ? (server.requests.at(-1) as RecordedRequest) : undefined;
  const { host: _host, ...headers } = request?.headers ?? {};
  return {
    outcome,
    log,
    request: request && { method: request.method, url: request.url, headers, body: request.body },
  };
}

async function bothWays(generated: GeneratedPackage, scenario: Scenario, options: object = {}): Promise<void> {
  const { createClient } = await generated.importEntry<Entry>("dist/index.js");
  const operations = await generated.importEntry<Operations>("dist/operations.js");
  const sides = [
    (middleware: unknown[], init: object) =>
      (createClient({ baseUrl: server.baseUrl, retry: false, middleware, ...options })[scenario.operation] as Call)(
        init,
      ),
    (middleware: unknown[], init: object) =>
      (operations[scenario.operation] as (transport: object, init?: object) => Promise<Result>)(
        operations.createTransport({ baseUrl: server.baseUrl, middleware, ...options }, operations.middleware),
        init,
      ),
  ];
  const observed: object[] = [];
  for (const side of sides) {
    server.respond(() => scenario.answer);
    const log: unknown[] = [];
    const perCall = scenario.perCall?.(log);
    const init = { ...scenario.init, ...(perCall === undefined ? {} : { middleware: perCall }) };
    observed.push(await run(() => side(scenario.client(log), init), log));
  }
  expect(observed[1], scenario.name).toEqual(observed[0]);
  expect((observed[0] as { log: unknown[] }).log.length, `${scenario.name}: hooks ran`).toBeGreaterThan(0);
}

const PET: Answer = { status: 200, headers: { "content-type": "application/json" }, body: '{"id":1,"name":"cat"}' };
const GET_PET = { operation: "getPet", init: { params: { path: { petId: 7 } } } };

const SCENARIOS: readonly Scenario[] = [
  {
    name: "onRequest in order, onResponse in reverse; a new Request is sent",
    client: (log) => [
      logging("a", log),
      {
        onRequest: (params) => {
          log.push("b changes the request");
          const request = params.request as Request;
          const changed = new Request(request, { headers: new Headers(request.headers) });
          changed.headers.set("x-mark", "b");
          return changed;
        },
      },
      undefined,
      logging("c", log),
    ],
    ...GET_PET,
    answer: PET,
  },
  {
    name: "onRequest giving a Response: nothing is fetched and no onResponse runs",
    client: (log) => [
      logging("a", log),
      { onRequest: () => new Response('{"id":2,"name":"dog"}', { headers: { "content-type": "application/json" } }) },
      logging("c", log),
    ],
    ...GET_PET,
    answer: PET,
  },
  {
    name: "onResponse giving another Response, with a malformed JSON body",
    client: (log) => [
      logging("a", log),
      { onResponse: () => new Response("{oops", { status: 200, headers: { "content-type": "application/json" } }) },
      logging("c", log),
    ],
    ...GET_PET,
    answer: PET,
  },
  {
    name: "onError recovering from a network failure with a Response",
    client: (log) => [
      { onError: () => new Response("gone", { status: 503, headers: { "content-type": "text/plain" } }) },
      logging("b", log),
    ],
    ...GET_PET,
    answer: { status: 200, destroy: true },
  },
  {
    name: "onError giving an Error: the call rejects with it, after the hooks before it in reverse order",
    client: (log) => [logging("a", log), { onError: ({ error }) => new Error(`wrapped: ${String(error)}`) }],
    ...GET_PET,
    answer: { status: 200, destroy: true },
  },
  {
    name: "a hook giving something else: openapi-fetch's message",
    client: (log) => [logging("a", log), { onRequest: () => 42 }],
    ...GET_PET,
    answer: PET,
  },
  {
    name: "a call's own middleware after the client's, with query parameters and an error body",
    client: (log) => [logging("client", log)],
    perCall: (log) => [logging("call", log)],
    operation: "listPets",
    init: { params: { query: { limit: 2, tags: ["a b"] } } },
    answer: { status: 404, headers: { "content-type": "application/json" }, body: '"missing"' },
  },
  {
    name: "a call's own entries that are not middleware, or hooks that are not functions, passed over",
    client: (log) => [logging("client", log), { onRequest: true, onResponse: "no" } as unknown as Hooks],
    perCall: (log) => [{} as Hooks, null as unknown as Hooks, logging("call", log), { onError: 1 } as unknown as Hooks],
    ...GET_PET,
    answer: PET,
  },
];

describe("openapi-fetch middleware: <pkg>/operations with the middleware feature runs it as createClient does", () => {
  it.each(SCENARIOS)("$name", async (scenario) => {
    await bothWays(pets, scenario, { deprecationWarnings: false });
  });

  it("refuses an entry that has no hook, when the client or transport is made, with openapi-fetch's message", async () => {
    const { createClient } = await pets.importEntry<Entry>("dist/index.js");
    const operations = await pets.importEntry<Operations>("dist/operations.js");
    const message = "Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`";
    expect(() => createClient({ middleware: [{}] })).toThrow(message);
    expect(() => operations.createTransport({ middleware: [{}] }, operations.middleware)).toThrow(message);
  });

  it("refuses middleware without the feature, on the transport and on a call, rather than skipping it", async () => {
    const operations = await pets.importEntry<Operations>("dist/operations.js");
    const hooks = [{ onRequest: () => undefined }];
    expect(() => operations.createTransport({ middleware: hooks })).toThrow(
      "`middleware` needs the middleware feature: createTransport(options, middleware)",
    );
    const plain = operations.createTransport({ baseUrl: server.baseUrl, middleware: [] });
    await expect(
      (operations.getPet as (t: object, i: object) => Promise<Result>)(plain, { ...GET_PET.init, middleware: hooks }),
    ).rejects.toThrow(/needs the middleware feature/);
  });

  it("runs the client's middleware before a query credential's, which the server still receives", async () => {
    const spec = {
      openapi: "3.0.3",
      info: { title: "auth", version: "1.0.0" },
      security: [{ key: [] }],
      components: { securitySchemes: { key: { type: "apiKey", in: "query", name: "api_key" } } },
      paths: {
        "/things": { get: { operationId: "getThing", responses: { "200": { description: "ok" } } } },
      },
    };
    writeFiles(dir, new Map([["query-key.json", JSON.stringify(spec)]]));
    const generated = await generatePackage(path.join(dir, "query-key.json"), "operations-middleware-auth");
    await bothWays(
      generated,
      { name: "query credential", client: (log) => [logging("a", log)], operation: "getThing", answer: PET },
      { token: "s3cr&t" },
    );
    expect(new URL(server.requests.at(-1)?.url ?? "", server.baseUrl).searchParams.get("api_key")).toBe("s3cr&t");
  });
});
