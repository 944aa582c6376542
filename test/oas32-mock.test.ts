import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { schemaValidators } from "./support/schema-validator.js";

// The generated mocks of an OpenAPI 3.2 document: the loopback mock server and the MSW handlers
// route QUERY and additional methods, read a querystring parameter, and answer streams item by
// item, each item judged by ajv against the document's itemSchema (not by our own validator).

type Result = { status: number; data?: unknown; error?: unknown; response: Response };
type Call = (init?: Record<string, unknown>) => Promise<Result>;
type Client = Record<"searchItems" | "purgeCache" | "listItems" | "findNumbers" | "streamLogs" | "streamEvents", Call>;
type Entry = { createClient(options: { baseUrl: string; token?: string }): Client };
type Recorded = {
  operation: string | undefined;
  method: string;
  status: number;
  params: Record<string, Record<string, unknown>>;
};
type Mock = {
  url: string;
  requests: readonly Recorded[];
  respond(name: string, answer: object): void;
  reset(): void;
  close(): Promise<void>;
};
type Testing = { createMockServer(): Promise<Mock> };
type Msw = {
  createHandlers(
    overrides: object,
    options: { baseUrl: string },
  ): Parameters<typeof setupServer> & { requests: Recorded[] };
};

let generated: GeneratedPackage;
let mock: Mock;
let client: Client;
let validatorOf: ReturnType<typeof schemaValidators>;
beforeAll(async () => {
  generated = await generatePackage("test/specs/oas32/streams.yaml", "oas32-mock");
  mock = await (await generated.importEntry<Testing>("dist/testing.js")).createMockServer();
  client = (await generated.importEntry<Entry>("dist/index.js")).createClient({ baseUrl: mock.url, token: "t" });
  validatorOf = schemaValidators(generated.document);
});
afterAll(() => mock.close());

/** ajv's errors of a value against a component schema ([] when valid). */
function ajvErrors(name: string, value: unknown): unknown[] {
  const validate = validatorOf(name);
  return validate(value) ? [] : (validate.errors ?? ["invalid"]);
}

async function collect(stream: unknown): Promise<{ items: unknown[]; times: number[] }> {
  const items: unknown[] = [];
  const times: number[] = [];
  for await (const item of stream as AsyncIterable<unknown>) {
    items.push(item);
    times.push(Date.now());
  }
  return { items, times };
}

describe("the mock server of a 3.2 document", () => {
  it("routes QUERY and PURGE to their operations and refuses a QUERY without its body", async () => {
    const found = await client.searchItems({ body: { text: "cats" } });
    expect(found.status).toBe(200);
    // The response's 3.2 example (`dataValue`) is what the mock answers with.
    expect(found.data).toEqual([
      { id: "a1", name: "first" },
      { id: "a2", name: "second" },
    ]);
    expect(mock.requests.at(-1)).toMatchObject({ operation: "searchItems", method: "QUERY" });
    expect((await client.searchItems({ body: { text: "" } })).status).toBe(400);
    expect((await client.purgeCache({ params: { path: { key: "k" }, query: { soft: true } } })).status).toBe(204);
    expect(mock.requests.at(-1)).toMatchObject({
      operation: "purgeCache",
      method: "PURGE",
      params: { path: { key: "k" }, query: { soft: true } },
    });
  });

  it("reads a querystring parameter as its media type", async () => {
    expect((await client.listItems({ params: { querystring: { foo: "a + b", bar: true } } })).status).toBe(200);
    expect(mock.requests.at(-1)?.params).toEqual({ querystring: { filter: { foo: "a + b", bar: true } } });
    expect((await client.findNumbers({ params: { querystring: { numbers: [1, 2], flag: null } } })).status).toBe(204);
    expect(mock.requests.at(-1)?.params).toEqual({ querystring: { json: { numbers: [1, 2], flag: null } } });
    expect((await client.findNumbers({ params: { querystring: { numbers: ["x"] } } })).status).toBe(400);
  });

  it("answers a JSON Lines stream with fixture items, as many and as far apart as the test says", async () => {
    mock.respond("streamLogs", { stream: { count: 4, intervalMs: 40 } });
    const result = await client.streamLogs();
    const { items, times } = await collect(result.data);
    expect(items).toHaveLength(4);
    for (const item of items) expect(ajvErrors("LogEntry", item)).toEqual([]);
    expect((times.at(-1) ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(100);
    mock.reset();
  });

  it("answers server-sent events whose data is the contentSchema's, and a test's own events", async () => {
    const { items } = await collect((await client.streamEvents()).data);
    expect(items).toHaveLength(3);
    items.forEach((item, index) => {
      expect(item).toMatchObject({ id: String(index + 1) });
      expect(ajvErrors("Tick", (item as { data: unknown }).data)).toEqual([]);
    });
    mock.respond("streamEvents", {
      body: [
        { event: "tick", data: { foo: 1 } },
        { data: { foo: 2 }, retry: 10 },
      ],
    });
    expect((await collect((await client.streamEvents()).data)).items).toEqual([
      { event: "tick", data: { foo: 1 } },
      { data: { foo: 2 }, retry: 10 },
    ]);
    mock.reset();
  });
});

describe("the MSW handlers of a 3.2 document", () => {
  it("route QUERY, PURGE and a querystring, and stream items", async () => {
    const baseUrl = "http://127.0.0.1:9";
    const handlers = (await generated.importEntry<Msw>("dist/msw.js")).createHandlers(
      { streamLogs: { stream: { count: 2 } } },
      { baseUrl },
    );
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const intercepted = (await generated.importEntry<Entry>("dist/index.js")).createClient({ baseUrl, token: "t" });
      expect((await intercepted.searchItems({ body: { text: "x" } })).status).toBe(200);
      expect((await intercepted.purgeCache({ params: { path: { key: "k" } } })).status).toBe(204);
      expect((await intercepted.listItems({ params: { querystring: { foo: "y" } } })).status).toBe(200);
      expect(handlers.requests.map((request) => [request.operation, request.method])).toEqual([
        ["searchItems", "QUERY"],
        ["purgeCache", "PURGE"],
        ["listItems", "GET"],
      ]);
      const { items } = await collect((await intercepted.streamLogs()).data);
      expect(items).toHaveLength(2);
      for (const item of items) expect(ajvErrors("LogEntry", item)).toEqual([]);
    } finally {
      server.close();
    }
  });
});
