import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import {
  type Answer,
  type LoopbackServer,
  type RecordedRequest,
  startLoopbackServer,
} from "./support/loopback-server.js";

// `<pkg>/operations`: each standalone function must put the same bytes on the wire as the client's
// method of that name, and give the same result. The judge is a server that records raw requests;
// every call below is made both ways and the two records compared (a multipart boundary, which
// fetch draws at random, normalized).

type Result = { status: number; data?: unknown; error?: unknown };
type Call = (init?: object) => Promise<Result>;
type Transport = object;
type Entry = { createClient(options: object): Record<string, Call> };
type Operations = Record<string, (transport: Transport, init?: object) => Promise<Result>> & {
  createTransport(options: object, ...features: object[]): Transport;
  retries: object;
  methodOverride: object;
  serverDeprecations: object;
};

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

function comparable(request: RecordedRequest): object {
  const boundary = /----formdata-undici-\d+/g;
  const { host: _host, ...headers } = request.headers;
  return {
    method: request.method,
    url: request.url,
    headers: JSON.parse(JSON.stringify(headers).replace(boundary, "B")) as object,
    body: request.body.replace(boundary, "B"),
  };
}

async function settled(result: Result): Promise<object> {
  const read = async (value: unknown): Promise<unknown> => {
    if (value instanceof Blob) return { blob: await value.text() };
    if (typeof value === "object" && value !== null && Symbol.asyncIterator in value) {
      const items: unknown[] = [];
      for await (const item of value as AsyncIterable<unknown>) items.push(item);
      return { stream: items };
    }
    return value;
  };
  return { status: result.status, data: await read(result.data), error: result.error };
}

interface Case {
  readonly operation: string;
  readonly init?: object;
  readonly answer: Answer;
}

/** Each case called through the client and through the standalone function: the same request on the wire, the same result. */
async function sameBothWays(generated: GeneratedPackage, cases: readonly Case[], options: object = {}): Promise<void> {
  const client = (await generated.importEntry<Entry>("dist/index.js")).createClient({
    baseUrl: server.baseUrl,
    token: "tok",
    retry: false,
    ...options,
  });
  const operations = await generated.importEntry<Operations>("dist/operations.js");
  const transport = operations.createTransport({ baseUrl: server.baseUrl, token: "tok", ...options });
  for (const { operation, init, answer } of cases) {
    server.respond(() => answer);
    const viaClient = await settled(await (client[operation] as Call)(init));
    const clientRequest = comparable(server.requests.at(-1) as RecordedRequest);
    const viaFunction = await settled(
      await (operations[operation] as (transport: Transport, init?: object) => Promise<Result>)(transport, init),
    );
    expect(comparable(server.requests.at(-1) as RecordedRequest), operation).toEqual(clientRequest);
    expect(viaFunction, operation).toEqual(viaClient);
  }
}

const JSON_OK: Answer = { status: 200, headers: { "content-type": "application/json" }, body: '{"id":"1","name":"n"}' };

describe("<pkg>/operations sends and reads what the client does", () => {
  it("the fragment: a deprecated operation and a semantic patch, path and header parameters, an error body", async () => {
    const generated = await generatePackage("spec/openapi.yaml", "operations-fragment");
    const path = { projectKey: "p k", environmentKey: "e/1", experimentKey: "x" };
    await sameBothWays(
      generated,
      [
        {
          operation: "createIteration",
          init: { params: { path }, body: { hypothesis: "h", metrics: [], treatments: [], flags: {} } },
          answer: JSON_OK,
        },
        {
          operation: "patchExperiment",
          init: {
            params: { path, header: { "LD-API-Version": "beta" } },
            body: { instructions: [{ kind: "archiveExperiment" }] },
          },
          answer: {
            status: 409,
            headers: { "content-type": "application/json" },
            body: '{"code":"conflict","message":"m"}',
          },
        },
      ],
      { deprecationWarnings: false },
    );
  });

  it("bodies by media type: multipart, bytes, text, form with deepObject, a chosen media type, Blob and text answers", async () => {
    const generated = await generatePackage("test/specs/wire/bodies.yaml", "operations-bodies");
    await sameBothWays(generated, [
      {
        operation: "uploadFile",
        init: { body: { file: new Blob(["png"]), name: "cat", tags: ["a", "b"], meta: { size: 3 } } },
        answer: { status: 201, headers: { "content-type": "application/json" }, body: '{"id":"f"}' },
      },
      { operation: "putRaw", init: { body: new Uint8Array([1, 2, 3]) }, answer: { status: 204 } },
      {
        operation: "postNote",
        init: { body: "hello" },
        answer: { status: 200, headers: { "content-type": "text/plain" }, body: "back" },
      },
      {
        operation: "postForm",
        init: { body: { Name: "a b", Tags: ["x"], Filter: { color: "red" } } },
        answer: { status: 204 },
      },
      {
        operation: "postEither",
        init: { contentType: "multipart/form-data", body: { file: new Blob(["x"]) } },
        answer: { status: 201, headers: { "content-type": "application/json" }, body: '{"id":"e"}' },
      },
      {
        operation: "download",
        answer: { status: 200, headers: { "content-type": "application/octet-stream" }, body: "bytes" },
      },
      { operation: "getReport", answer: { status: 200, headers: { "content-type": "text/csv" }, body: "id\n1\n" } },
      { operation: "postAnything", init: { body: { a: 1 } }, answer: { status: 204 } },
      { operation: "postAnyText", init: { body: "hi" }, answer: { status: 204 } },
    ]);
    // A wildcard request type names no media type: the body goes out as the concrete type it was written as.
    const sent = server.requests.slice(-4).map((request) => [request.url, request.headers["content-type"]]);
    expect(sent).toEqual([
      ["/anything", "application/json"],
      ["/anything", "application/json"],
      ["/any-text", "text/plain"],
      ["/any-text", "text/plain"],
    ]);
  });

  it("OpenAPI 3.2: QUERY, PURGE, querystring, JSON Lines and server-sent events", async () => {
    const generated = await generatePackage("test/specs/oas32/streams.yaml", "operations-oas32");
    await sameBothWays(generated, [
      {
        operation: "searchItems",
        init: { body: { text: "cats" } },
        answer: { status: 200, headers: { "content-type": "application/json" }, body: "[]" },
      },
      {
        operation: "purgeCache",
        init: { params: { path: { key: "a b" }, query: { soft: true } } },
        answer: { status: 204 },
      },
      {
        operation: "listItems",
        init: { params: { querystring: { foo: "a + b", tags: ["p", "q"] } } },
        answer: { status: 200, headers: { "content-type": "application/json" }, body: "[]" },
      },
      {
        operation: "findNumbers",
        init: { params: { querystring: { numbers: [1], flag: null } } },
        answer: { status: 204 },
      },
      {
        operation: "streamLogs",
        answer: {
          status: 200,
          headers: { "content-type": "application/jsonl" },
          chunks: [{ text: '{"level":"info","mes' }, { text: 'sage":"a"}\n' }],
        },
      },
      {
        operation: "streamEvents",
        init: { params: { query: { topic: "t" } } },
        answer: { status: 200, headers: { "content-type": "text/event-stream" }, body: 'id: 1\ndata: {"foo":1}\n\n' },
      },
    ]);
  });

  it("petstore (OpenAPI 3.0): query arrays and integers in default styles, the plain serializers' case", async () => {
    const generated = await generatePackage("test/specs/petstore-30.yaml", "operations-petstore");
    await sameBothWays(
      generated,
      [
        {
          operation: "listPets",
          init: { params: { query: { limit: 5, tags: ["a b", "c/d", "e'f"] } } },
          answer: { status: 200, headers: { "content-type": "application/json" }, body: "[]" },
        },
        { operation: "getPet", init: { params: { path: { petId: 42 } } }, answer: JSON_OK },
        { operation: "deletePet", init: { params: { path: { petId: 7 } } }, answer: { status: 204 } },
      ],
      // deletePet is deprecated: as in the fragment's case, its process warning is not this test's subject.
      { deprecationWarnings: false },
    );
  });
});

describe("createTransport composes what it is given", () => {
  it("retries only with the retries feature, and refuses a retry option without it", async () => {
    const generated = await generatePackage("test/specs/petstore-30.yaml", "operations-features");
    const operations = await generated.importEntry<Operations>("dist/operations.js");
    expect(() => operations.createTransport({ baseUrl: server.baseUrl, retry: { maxAttempts: 2 } })).toThrow(
      "`retry` needs the retries feature: createTransport(options, retries)",
    );
    expect(() => operations.createTransport({ baseUrl: server.baseUrl, methodOverride: true })).toThrow(
      /methodOverride feature/,
    );
    let calls = 0;
    server.respond(() => (++calls === 1 ? { status: 429, headers: { "retry-after": "0" } } : JSON_OK));
    const plain = operations.createTransport({ baseUrl: server.baseUrl });
    expect(
      (
        await (operations.getPet as (t: Transport, i: object) => Promise<Result>)(plain, {
          params: { path: { petId: 1 } },
        })
      ).status,
    ).toBe(429);
    calls = 0;
    const retrying = operations.createTransport(
      { baseUrl: server.baseUrl, retry: { baseDelayMs: 1 } },
      operations.retries,
    );
    expect(
      (
        await (operations.getPet as (t: Transport, i: object) => Promise<Result>)(retrying, {
          params: { path: { petId: 1 } },
        })
      ).status,
    ).toBe(200);
    expect(calls).toBe(2);
    await expect(
      (operations.getPet as (t: Transport, i: object) => Promise<Result>)(plain, {
        params: { path: { petId: 1 } },
        retry: { maxAttempts: 3 },
      }),
    ).rejects.toThrow(/retries feature/);
  });
});
