import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFromSchema } from "../templates/fixtures/build.js";
import type { SchemaTable } from "../templates/fixtures/schema.js";
import { type GeneratedPackage, generatePackage, writeFiles } from "./support/generated-package.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

// `format: binary` inside a JSON body (hey-api's full.yaml: `propWithFile`, a list of them). JSON
// has no bytes: a Blob there went out as `{}`. The client now refuses it by name, and fixtures of
// a JSON body (requests, answers, stream items) hold a string there; multipart keeps its Blob.

const FILES = { type: "array", items: { type: "string", format: "binary" } };
const DOCUMENT = {
  openapi: "3.0.3",
  info: { title: "json bytes", version: "1.0.0" },
  paths: {
    "/imports": {
      post: {
        operationId: "createImport",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/Import" } } },
        },
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Import" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: { Import: { type: "object", required: ["propWithFile"], properties: { propWithFile: FILES } } },
  },
};

type Client = { createImport(init: object): Promise<{ status: number; data?: { propWithFile: unknown[] } }> };

describe("bytes inside a JSON body", () => {
  const dir = makeTempDir("json-bytes");
  let generated: GeneratedPackage;
  let wire: LoopbackServer;
  beforeAll(async () => {
    writeFiles(dir, new Map([["openapi.json", JSON.stringify(DOCUMENT)]]));
    generated = await generatePackage(path.join(dir, "openapi.json"), "json-bytes-package");
    wire = await startLoopbackServer();
  });
  afterAll(async () => {
    await wire.close();
    removeDir(dir);
    removeDir(generated.dir);
  });

  it("are refused by the client before anything is sent, naming the property", async () => {
    const { createClient } = await generated.importEntry<{ createClient(o: object): Client }>("dist/index.js");
    const client = createClient({ baseUrl: wire.baseUrl, retry: false });
    await expect(client.createImport({ body: { propWithFile: [new Blob(["x"])] } })).rejects.toThrow(
      /a JSON request body cannot carry bytes, and "0" is a Blob/,
    );
    await expect(client.createImport({ body: { propWithFile: new Uint8Array([1]) } })).rejects.toThrow(
      /"propWithFile" is a buffer/,
    );
    // A Buffer's toJSON runs before a replacer sees the value: it must be refused all the same.
    await expect(client.createImport({ body: { propWithFile: [Buffer.from("x")] } })).rejects.toThrow(
      /"0" is a buffer/,
    );
    expect(wire.requests).toHaveLength(0);
    expect((await client.createImport({ body: { propWithFile: ["text"] } })).status).toBe(200);
    expect(wire.requests[0]?.body).toBe('{"propWithFile":["text"]}');
  });

  it("are strings in the mock's JSON answer, and Blobs where the media type carries bytes", async () => {
    const testing = await generated.importEntry<{
      createMockServer(o: object): Promise<{ url: string; close(): Promise<void> }>;
    }>("dist/testing.js");
    const mock = await testing.createMockServer({ seed: "bytes" });
    const { createClient } = await generated.importEntry<{ createClient(o: object): Client }>("dist/index.js");
    const result = await createClient({ baseUrl: mock.url, retry: false }).createImport({
      body: { propWithFile: ["a"] },
    });
    await mock.close();
    expect(result.status).toBe(200);
    expect(result.data?.propWithFile.every((item) => typeof item === "string")).toBe(true);
    const table: SchemaTable = { schemas: {}, traits: {} };
    expect(buildFromSchema(table, FILES, "s", undefined, "request", "application/json")).toEqual([expect.any(String)]);
    const parts = buildFromSchema(table, FILES, "s", undefined, "request", "multipart/form-data") as unknown[];
    expect(parts.every((part) => part instanceof Blob)).toBe(true);
  });
});
