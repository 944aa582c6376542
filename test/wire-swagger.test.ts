import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage, writeFiles } from "./support/generated-package.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

// Swagger 2.0's collectionFormat (csv, ssv, tsv, pipes, multi) on query and formData arrays, through
// the conversion to OpenAPI 3, as the bytes a server receives; then decoded by the generated mock.

const FORMATS = ["csv", "ssv", "tsv", "pipes", "multi"] as const;
const SWAGGER = {
  swagger: "2.0",
  info: { title: "collections", version: "1.0.0" },
  paths: {
    "/search": {
      post: {
        operationId: "search",
        consumes: ["application/x-www-form-urlencoded"],
        parameters: [
          ...FORMATS.map((format) => ({
            name: `q${format}`,
            in: "query",
            type: "array",
            items: { type: "string" },
            collectionFormat: format,
          })),
          ...FORMATS.map((format) => ({
            name: `f${format}`,
            in: "formData",
            type: "array",
            items: { type: "string" },
            collectionFormat: format,
          })),
          { name: "fdefault", in: "formData", type: "array", items: { type: "string" } },
        ],
        responses: { "204": { description: "ok" } },
      },
    },
  },
};

type Client = { search(init: object): Promise<{ status: number }> };
const VALUES = ["a", "b c"];
const query = Object.fromEntries(FORMATS.map((format) => [`q${format}`, VALUES]));
const form = { ...Object.fromEntries(FORMATS.map((format) => [`f${format}`, VALUES])), fdefault: VALUES };

let server: LoopbackServer;
let generated: GeneratedPackage;
const dir = makeTempDir("wire-swagger");
beforeAll(async () => {
  server = await startLoopbackServer();
  server.respond(() => ({ status: 204 }));
  writeFiles(dir, new Map([["swagger.json", JSON.stringify(SWAGGER)]]));
  generated = await generatePackage(path.join(dir, "swagger.json"), "wire-swagger");
});
afterAll(async () => {
  await server.close();
  removeDir(dir);
});

describe("Swagger 2.0 collection formats on the wire", () => {
  it("sends query and formData arrays joined as each collectionFormat says", async () => {
    const { createClient } = await generated.importEntry<{ createClient(options: object): Client }>("dist/index.js");
    expect((await createClient({ baseUrl: server.baseUrl }).search({ params: { query }, body: form })).status).toBe(
      204,
    );
    const request = server.requests.at(-1);
    expect(request?.url.slice(request.url.indexOf("?") + 1)).toBe(
      "qcsv=a,b%20c&qssv=a%20b%20c&qtsv=a%09b%20c&qpipes=a%7Cb%20c&qmulti=a&qmulti=b%20c",
    );
    expect(request?.body).toBe(
      "fcsv=a,b+c&fssv=a%20b+c&ftsv=a%09b+c&fpipes=a%7Cb+c&fmulti=a&fmulti=b+c&fdefault=a,b+c",
    );
  });

  // Values without the delimiters' own characters: a space inside a space-delimited value cannot be
  // told from the delimiter once decoded (the specification's Appendix E says as much).
  it("is read back by the generated mock as the arrays sent", async () => {
    const values = ["x", "y&z"];
    const query = Object.fromEntries(FORMATS.map((format) => [`q${format}`, values]));
    const form = { ...Object.fromEntries(FORMATS.map((format) => [`f${format}`, values])), fdefault: values };
    const { createClient } = await generated.importEntry<{ createClient(options: object): Client }>("dist/index.js");
    const { createMockServer } = await generated.importEntry<{
      createMockServer(): Promise<{
        url: string;
        requests: { status: number; body: unknown; params: Record<string, unknown> }[];
        close(): Promise<void>;
      }>;
    }>("dist/testing.js");
    const mock = await createMockServer();
    try {
      expect((await createClient({ baseUrl: mock.url }).search({ params: { query }, body: form })).status).toBe(204);
      expect(mock.requests.at(-1)?.params.query).toEqual(query);
      expect(mock.requests.at(-1)?.body).toEqual(form);
    } finally {
      await mock.close();
    }
  });
});
