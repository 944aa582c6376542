import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { type LoopbackServer, type RecordedRequest, startLoopbackServer } from "./support/loopback-server.js";

// An OpenAPI 3.2 document (test/specs/oas32/streams.yaml, written from the specification's own
// examples) against a server that records the raw request and sends streams in the pieces a test
// chooses. The judges are the specification's strings (its querystring `serializedValue`s, its
// server-sent-events example) and the raw bytes the server saw.

type Result = { status: number; data?: unknown; error?: unknown; response: Response };
type Call = (init?: Record<string, unknown>) => Promise<Result>;
type Client = Record<
  | "searchItems"
  | "purgeCache"
  | "getCached"
  | "listItems"
  | "findNumbers"
  | "streamLogs"
  | "streamEvents"
  | "streamTicker",
  Call
>;
type Entry = { createClient(options: { baseUrl: string; token?: string }): Client };

const SPEC = "test/specs/oas32/streams.yaml";
let server: LoopbackServer;
let generated: GeneratedPackage;
let client: Client;
beforeAll(async () => {
  server = await startLoopbackServer();
  generated = await generatePackage(SPEC, "oas32-wire");
  client = (await generated.importEntry<Entry>("dist/index.js")).createClient({ baseUrl: server.baseUrl });
});
afterAll(() => server.close());

function last(): RecordedRequest {
  const request = server.requests.at(-1);
  if (request === undefined) throw new Error("no request recorded");
  return request;
}

async function collect(stream: unknown): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of stream as AsyncIterable<unknown>) items.push(item);
  return items;
}

describe("OpenAPI 3.2 methods", () => {
  it("QUERY sends its method and its JSON body", async () => {
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: '[{"id":"a","name":"b"}]',
    }));
    const result = await client.searchItems({ body: { text: "cats", limit: 2 } });
    expect(last().method).toBe("QUERY");
    expect(last().url).toBe("/search");
    expect(last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(last().body)).toEqual({ text: "cats", limit: 2 });
    expect(result).toMatchObject({ status: 200, data: [{ id: "a", name: "b" }] });
  });

  it("an additionalOperations method is sent as the document spells it, with the path item's parameters", async () => {
    server.respond(() => ({ status: 204 }));
    const result = await client.purgeCache({ params: { path: { key: "a/b c" }, query: { soft: true } } });
    expect(last().method).toBe("PURGE");
    expect(last().url).toBe("/cache/a%2Fb%20c?soft=true");
    expect(result.status).toBe(204);
  });
});

describe("in: querystring", () => {
  it("form-urlencoded: the specification's serializedValue (spaces as +, no further encoding)", async () => {
    server.respond(() => ({ status: 200, headers: { "content-type": "application/json" }, body: "[]" }));
    await client.listItems({ params: { querystring: { foo: "a + b", bar: true } } });
    expect(last().url).toBe("/items?foo=a+%2B+b&bar=true");
    await client.listItems({ params: { querystring: { foo: "x", tags: ["p", "q"] } } });
    expect(last().url).toBe("/items?foo=x&tags=p&tags=q");
  });

  it("JSON: the whole query string is the JSON text, percent-encoded (the specification's example URL)", async () => {
    server.respond(() => ({ status: 204 }));
    await client.findNumbers({ params: { querystring: { numbers: [1, 2], flag: null } } });
    expect(last().url).toBe("/numbers?%7B%22numbers%22%3A%5B1%2C2%5D%2C%22flag%22%3Anull%7D");
    await client.findNumbers();
    expect(last().url).toBe("/numbers");
  });
});

describe("sequential media types, read as they arrive", () => {
  it("JSON Lines: items split across chunks, a CRLF, a blank line; the first item arrives before the body ends", async () => {
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "application/jsonl" },
      chunks: [
        { text: '{"level":"info","mes' },
        { text: 'sage":"one"}\r\n\n{"level":"warn",', delayMs: 5 },
        { text: '"message":"two"}', delayMs: 150 },
      ],
    }));
    const result = await client.streamLogs();
    expect(result.status).toBe(200);
    const iterator = (result.data as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    const started = Date.now();
    expect((await iterator.next()).value).toEqual({ level: "info", message: "one" });
    expect(Date.now() - started).toBeLessThan(140);
    expect((await iterator.next()).value).toEqual({ level: "warn", message: "two" });
    expect((await iterator.next()).done).toBe(true);
  });

  it("JSON Text Sequences: RS-framed items, one split across chunks", async () => {
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "application/json-seq" },
      chunks: [
        { text: '\u001e{"level":"debug","message":"a"}\n\u001e{"level":' },
        { text: '"error","message":"b"}\n', delayMs: 5 },
      ],
    }));
    const result = await client.streamLogs();
    expect(await collect(result.data)).toEqual([
      { level: "debug", message: "a" },
      { level: "error", message: "b" },
    ]);
  });

  it("server-sent events: the specification's example, comments skipped, multi-line data joined, fields split across chunks", async () => {
    const body =
      'event: addString\ndata: This data is formatted\ndata: across two lines\nretry: 5\n\nevent: addInt64\ndata: 1234.5678\nunknownField: this is ignored\n\n: This is a comment\nevent: addJSON\ndata: {"foo": 42}\n\n';
    const cut = [0, 17, 40, 41, 95, 140, body.length];
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "text/event-stream" },
      chunks: cut.slice(1).map((end, index) => ({ text: body.slice(cut[index], end), delayMs: 2 })),
    }));
    const result = await client.streamTicker();
    // The specification's equivalent JSON Lines document of this stream.
    expect(await collect(result.data)).toEqual([
      { event: "addString", data: "This data is formatted\nacross two lines", retry: 5 },
      { event: "addInt64", data: "1234.5678" },
      { event: "addJSON", data: '{"foo": 42}' },
    ]);
  });

  it("server-sent events whose data is JSON (contentMediaType): parsed; ids carry over; CR line ends; [DONE] ends the stream", async () => {
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "text/event-stream; charset=utf-8" },
      chunks: [
        { text: 'id: 7\rdata: {"foo":\r' },
        { text: "\ndata: 1}\r\n\r\n", delayMs: 3 },
        { text: 'data: {"foo":2}\n\ndata: [DONE]\n\ndata: {"foo":3}\n\n', delayMs: 3 },
      ],
    }));
    const result = await client.streamEvents({ params: { query: { topic: "t" } } });
    expect(last().url).toBe("/events?topic=t");
    expect(await collect(result.data)).toEqual([
      { id: "7", data: { foo: 1 } },
      { id: "7", data: { foo: 2 } },
    ]);
  });

  it("a line that is not JSON is an error of the iteration, with the text", async () => {
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "application/x-ndjson" },
      body: '{"level":"info","message":"ok"}\nnot json\n',
    }));
    const result = await client.streamLogs();
    await expect(collect(result.data)).rejects.toMatchObject({ name: "StreamItemError", text: "not json" });
  });

  it("the call's signal aborts the stream mid-way; break cancels the body", async () => {
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "application/jsonl" },
      chunks: [{ text: '{"level":"info","message":"1"}\n' }],
      hold: true,
    }));
    const controller = new AbortController();
    const result = await client.streamLogs({ signal: controller.signal });
    const iterator = (result.data as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ level: "info", message: "1" });
    const pending = iterator.next();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    const again = await client.streamLogs();
    for await (const item of again.data as AsyncIterable<unknown>) {
      expect(item).toEqual({ level: "info", message: "1" });
      break;
    }
    expect((again.response.body as ReadableStream | null)?.locked).toBe(false);
  });

  it("reconnect: a stream broken mid-way is reopened with Last-Event-ID after the server's retry, and goes on", async () => {
    let calls = 0;
    server.respond(() => {
      calls += 1;
      if (calls === 1)
        return {
          status: 200,
          headers: { "content-type": "text/event-stream" },
          chunks: [{ text: 'id: 1\nretry: 20\ndata: {"foo":1}\n\ndata: {"fo' }],
          breakAfter: true,
        };
      return { status: 200, headers: { "content-type": "text/event-stream" }, body: 'id: 2\ndata: {"foo":2}\n\n' };
    });
    const result = await client.streamEvents({ reconnect: { maxAttempts: 1 } });
    expect(await collect(result.data)).toEqual([
      { id: "1", retry: 20, data: { foo: 1 } },
      { id: "2", data: { foo: 2 } },
    ]);
    expect(server.requests.at(-1)?.headers["last-event-id"]).toBe("1");
    // Without the option a broken stream is an error of the iteration.
    calls = 0;
    await expect(collect((await client.streamEvents()).data)).rejects.toThrow();
  });
});
