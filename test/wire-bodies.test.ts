import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { type LoopbackServer, type RecordedRequest, startLoopbackServer } from "./support/loopback-server.js";
import { STRICT_OPTIONS, typecheck } from "./support/typecheck.js";

// Request and response bodies by media type, against a server that records the raw request. The
// judge of a multipart body is undici's own form-data parser (Request.formData), not our mock.

type Result = { status: number; data?: unknown; error?: unknown; response: Response };
type Call = (init?: Record<string, unknown>) => Promise<Result>;
type Client = Record<"uploadFile" | "putRaw" | "postNote" | "postForm" | "postEither" | "download" | "getReport", Call>;
type Entry = { createClient(options: { baseUrl: string }): Client };
type Mock = { url: string; requests: readonly { status: number; body: unknown }[]; close(): Promise<void> };
type Testing = { createMockServer(): Promise<Mock> };

const SPEC = "test/specs/wire/bodies.yaml";
let server: LoopbackServer;
let generated: GeneratedPackage;
let client: Client;
beforeAll(async () => {
  server = await startLoopbackServer();
  generated = await generatePackage(SPEC, "wire-bodies");
  client = (await generated.importEntry<Entry>("dist/index.js")).createClient({ baseUrl: server.baseUrl });
});
afterAll(() => server.close());

function last(): RecordedRequest {
  const request = server.requests.at(-1);
  if (request === undefined) throw new Error("no request recorded");
  return request;
}

/** The recorded multipart body read back by undici's parser. */
async function formDataOf(request: RecordedRequest): Promise<FormData> {
  return new Request("http://judge.invalid/", {
    method: "POST",
    headers: { "content-type": String(request.headers["content-type"]) },
    body: request.body,
  }).formData();
}

describe("request bodies by media type", () => {
  it("multipart: a file part with its bytes and the encoding's type, text fields, repeated array parts, a JSON part", async () => {
    server.respond(() => ({ status: 201, headers: { "content-type": "application/json" }, body: '{"id":"f1"}' }));
    const result = await client.uploadFile({
      body: { file: new Blob(["png-bytes"]), name: "cat", tags: ["a", "b"], meta: { size: 3 } },
    });
    expect(result).toMatchObject({ status: 201, data: { id: "f1" } });
    expect(String(last().headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formDataOf(last());
    const file = form.get("file");
    expect(file).toBeInstanceOf(Blob);
    expect(await (file as Blob).text()).toBe("png-bytes");
    expect((file as Blob).type).toBe("image/png");
    expect(form.get("name")).toBe("cat");
    expect(form.getAll("tags")).toEqual(["a", "b"]);
    expect(JSON.parse(await (form.get("meta") as Blob).text())).toEqual({ size: 3 });
  });

  it("application/octet-stream: the bytes of a Blob, an ArrayBuffer or a typed array, as they are", async () => {
    server.respond(() => ({ status: 204 }));
    for (const body of [
      new Blob(["raw\u0000bytes"]),
      new TextEncoder().encode("raw\u0000bytes"),
      new TextEncoder().encode("raw\u0000bytes").buffer,
    ]) {
      expect((await client.putRaw({ body })).status).toBe(204);
      expect(last().headers["content-type"]).toBe("application/octet-stream");
      expect(last().body).toBe("raw\u0000bytes");
    }
  });

  it("text/plain: the string itself, and a text answer as a string", async () => {
    server.respond((request) => ({
      status: 200,
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: `${request.body} back`,
    }));
    const result = await client.postNote({ body: "hello" });
    expect(last().body).toBe("hello");
    expect(last().headers["content-type"]).toBe("text/plain");
    expect(result).toMatchObject({ status: 200, data: "hello back" });
  });

  it("form-urlencoded: arrays repeated, numbers as text, an object per its encoding's style (deepObject)", async () => {
    server.respond(() => ({ status: 204 }));
    await client.postForm({ body: { Name: "a b&c", Tags: ["x", "y"], Count: 2, Filter: { color: "red", size: "L" } } });
    expect(last().headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(last().body).toBe("Name=a+b%26c&Tags=x&Tags=y&Count=2&Filter%5Bcolor%5D=red&Filter%5Bsize%5D=L");
  });

  it("several request media types: JSON by default, the one the caller names otherwise", async () => {
    server.respond(() => ({ status: 201, headers: { "content-type": "application/json" }, body: '{"id":"e"}' }));
    await client.postEither({ body: { id: "json" } });
    expect(last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(last().body)).toEqual({ id: "json" });
    await client.postEither({ contentType: "multipart/form-data", body: { file: new Blob(["x"]) } });
    expect(await ((await formDataOf(last())).get("file") as Blob).text()).toBe("x");
  });
});

describe("responses by media type", () => {
  it("binary as a Blob, with its bytes intact; a problem+json error parsed", async () => {
    const bytes = Uint8Array.from([0, 255, 128, 10, 13]);
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "application/octet-stream" },
      body: Buffer.from(bytes).toString("latin1"),
    }));
    const ok = await client.download();
    expect(ok.data).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (ok.data as Blob).arrayBuffer()).length).toBeGreaterThan(0);
    server.respond(() => ({
      status: 404,
      headers: { "content-type": "application/problem+json" },
      body: '{"title":"gone","status":404}',
    }));
    expect(await client.download()).toMatchObject({ status: 404, error: { title: "gone", status: 404 } });
  });

  it("the response's own Content-Type decides between documented media types", async () => {
    server.respond(() => ({ status: 200, headers: { "content-type": "text/csv" }, body: "id\n1\n" }));
    expect((await client.getReport()).data).toBe("id\n1\n");
    server.respond(() => ({ status: 200, headers: { "content-type": "application/json" }, body: '{"id":"1"}' }));
    expect((await client.getReport()).data).toEqual({ id: "1" });
  });
});

describe("the generated mock reads the same wire", () => {
  it("accepts the client's multipart, form, text and binary calls, and answers text and bytes from fixtures", async () => {
    const mock = await (await generated.importEntry<Testing>("dist/testing.js")).createMockServer();
    try {
      const local = (await generated.importEntry<Entry>("dist/index.js")).createClient({ baseUrl: mock.url });
      expect(
        (await local.uploadFile({ body: { file: new Blob(["png"]), name: "cat", tags: ["a"], meta: { size: 1 } } }))
          .status,
      ).toBe(201);
      expect(mock.requests.at(-1)?.body).toMatchObject({ name: "cat", tags: ["a"], meta: { size: 1 } });
      expect((await local.postForm({ body: { Name: "n", Tags: ["x", "y"], Filter: { color: "red" } } })).status).toBe(
        204,
      );
      expect(mock.requests.at(-1)?.body).toEqual({ Name: "n", Tags: ["x", "y"], Filter: { color: "red" } });
      expect((await local.putRaw({ body: new Uint8Array([1, 2, 3]) })).status).toBe(204);
      expect(typeof (await local.postNote({ body: "hi" })).data).toBe("string");
      expect((await local.download()).data).toBeInstanceOf(Blob);
    } finally {
      await mock.close();
    }
  });

  it("refuses a multipart body that lacks a required field, naming the field", async () => {
    const mock = await (await generated.importEntry<Testing>("dist/testing.js")).createMockServer();
    try {
      const form = new FormData();
      form.append("file", new Blob(["png"]), "cat.png");
      const response = await fetch(`${mock.url}/upload`, { method: "POST", body: form });
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toMatch(/request body \/? ?.*name/);
    } finally {
      await mock.close();
    }
  });
});

describe("types follow the wire", () => {
  it("binary fields are Blob, binary answers are Blob, and the chosen media type types the body (strict + exactOptionalPropertyTypes)", () => {
    const consumer = path.join(generated.dir, "consumer.ts");
    writeFileSync(
      consumer,
      [
        'import { createClient } from "./src/index.js";',
        "const client = createClient();",
        "export async function run(): Promise<void> {",
        '  await client.uploadFile({ body: { file: new Blob(["x"]), name: "n" } });',
        "  await client.putRaw({ body: new Uint8Array([1]) });",
        '  await client.postEither({ contentType: "multipart/form-data", body: { file: new Blob([]) } });',
        '  await client.postEither({ body: { id: "j" } });',
        "  const answer = await client.download();",
        "  if (answer.status === 200) { const blob: Blob = answer.data; void blob; }",
        '  const note = await client.postNote({ body: "t" });',
        "  if (note.status === 200) { const text: string = note.data; void text; }",
        "  // @ts-expect-error a file is bytes, not a string",
        '  await client.uploadFile({ body: { file: "not bytes", name: "n" } });',
        "  // @ts-expect-error the multipart body has no `id`",
        '  await client.postEither({ contentType: "multipart/form-data", body: { id: "j" } });',
        "}",
      ].join("\n"),
    );
    expect(typecheck([consumer], STRICT_OPTIONS)).toEqual([]);
    expect(
      typecheck([consumer], { ...STRICT_OPTIONS, exactOptionalPropertyTypes: false, noUncheckedIndexedAccess: false }),
    ).toEqual([]);
  });
});
