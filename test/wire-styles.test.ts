import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage, writeFiles } from "./support/generated-package.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

// Every row of the OpenAPI Specification's "Style Examples" table (../shared/reference/openapi-3.2.0.md,
// RFC 6570 expansion), sent by a generated client to a server that records the raw request line and
// headers. The expected strings are the table's own, copied here as the independent judge; each
// call is then sent to the generated mock server, which must decode it back to the same value.

const VALUES = { string: "blue", array: ["blue", "black", "brown"], object: { R: 100, G: 200, B: 150 } } as const;
type Kind = keyof typeof VALUES;
type Location = "path" | "query" | "header" | "cookie";

const SCHEMAS: Record<Kind, object> = {
  string: { type: "string" },
  array: { type: "array", items: { type: "string" } },
  object: { type: "object", properties: { R: { type: "integer" }, G: { type: "integer" }, B: { type: "integer" } } },
};

/** [location, style, explode, kind, what the table shows]. */
const TABLE: readonly [Location, string, boolean, Kind, string][] = [
  ["path", "matrix", false, "string", ";color=blue"],
  ["path", "matrix", false, "array", ";color=blue,black,brown"],
  ["path", "matrix", false, "object", ";color=R,100,G,200,B,150"],
  ["path", "matrix", true, "string", ";color=blue"],
  ["path", "matrix", true, "array", ";color=blue;color=black;color=brown"],
  ["path", "matrix", true, "object", ";R=100;G=200;B=150"],
  ["path", "label", false, "string", ".blue"],
  ["path", "label", false, "array", ".blue,black,brown"],
  ["path", "label", false, "object", ".R,100,G,200,B,150"],
  ["path", "label", true, "string", ".blue"],
  ["path", "label", true, "array", ".blue.black.brown"],
  ["path", "label", true, "object", ".R=100.G=200.B=150"],
  ["path", "simple", false, "string", "blue"],
  ["path", "simple", false, "array", "blue,black,brown"],
  ["path", "simple", false, "object", "R,100,G,200,B,150"],
  ["path", "simple", true, "string", "blue"],
  ["path", "simple", true, "array", "blue,black,brown"],
  ["path", "simple", true, "object", "R=100,G=200,B=150"],
  ["query", "form", false, "string", "color=blue"],
  ["query", "form", false, "array", "color=blue,black,brown"],
  ["query", "form", false, "object", "color=R,100,G,200,B,150"],
  ["query", "form", true, "string", "color=blue"],
  ["query", "form", true, "array", "color=blue&color=black&color=brown"],
  ["query", "form", true, "object", "R=100&G=200&B=150"],
  ["query", "spaceDelimited", false, "array", "color=blue%20black%20brown"],
  ["query", "spaceDelimited", false, "object", "color=R%20100%20G%20200%20B%20150"],
  ["query", "pipeDelimited", false, "array", "color=blue%7Cblack%7Cbrown"],
  ["query", "pipeDelimited", false, "object", "color=R%7C100%7CG%7C200%7CB%7C150"],
  ["query", "deepObject", true, "object", "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"],
  ["header", "simple", false, "string", "blue"],
  ["header", "simple", false, "array", "blue,black,brown"],
  ["header", "simple", false, "object", "R,100,G,200,B,150"],
  ["header", "simple", true, "array", "blue,black,brown"],
  ["header", "simple", true, "object", "R=100,G=200,B=150"],
  ["cookie", "form", true, "string", "color=blue"],
  ["cookie", "form", false, "array", "color=blue,black,brown"],
  ["cookie", "form", false, "object", "color=R,100,G,200,B,150"],
];

function operationId([location, style, explode, kind]: (typeof TABLE)[number]): string {
  const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
  return `${location}${cap(style)}${explode ? "Exploded" : "Plain"}${cap(kind)}`;
}

function spec(): string {
  const paths: Record<string, unknown> = {};
  for (const row of TABLE) {
    const [location, style, explode, kind] = row;
    const id = operationId(row);
    const parameter = {
      name: location === "header" ? "X-Color" : "color",
      in: location,
      required: true,
      style,
      explode,
      schema: SCHEMAS[kind],
    };
    paths[location === "path" ? `/${id}/{color}` : `/${id}`] = {
      get: { operationId: id, parameters: [parameter], responses: { "204": { description: "ok" } } },
    };
  }
  paths["/extras"] = {
    get: {
      operationId: "extras",
      parameters: [
        { name: "filter", in: "query", content: { "application/json": { schema: { type: "object" } } } },
        { name: "next", in: "query", allowReserved: true, schema: { type: "string" } },
        { name: "plain", in: "query", schema: { type: "string" } },
      ],
      responses: { "204": { description: "ok" } },
    },
  };
  return JSON.stringify({ openapi: "3.1.0", info: { title: "styles", version: "1.0.0" }, paths });
}

type Call = (init: { params: Record<string, Record<string, unknown>> }) => Promise<{ status: number }>;
type Client = Record<string, Call>;
type Entry = { createClient(options: { baseUrl: string }): Client };
type Testing = {
  createMockServer(): Promise<{
    url: string;
    requests: readonly { operation?: string; status: number; params: Record<string, Record<string, unknown>> }[];
    close(): Promise<void>;
  }>;
};

let server: LoopbackServer;
let generated: GeneratedPackage;
const dir = makeTempDir("wire-styles");
beforeAll(async () => {
  server = await startLoopbackServer();
  server.respond(() => ({ status: 204 }));
  writeFiles(dir, new Map([["styles.json", spec()]]));
  generated = await generatePackage(path.join(dir, "styles.json"), "wire-styles");
});
afterAll(async () => {
  await server.close();
  removeDir(dir);
});

function sentPart(location: Location, row: (typeof TABLE)[number]): string | undefined {
  const request = server.requests.at(-1);
  if (request === undefined) return undefined;
  const id = operationId(row);
  if (location === "path") return request.url.slice(`/${id}/`.length);
  if (location === "query") return request.url.slice(request.url.indexOf("?") + 1);
  if (location === "header") return String(request.headers["x-color"]);
  return String(request.headers.cookie);
}

describe("parameters on the wire, as the Style Examples table writes them", () => {
  it.each(TABLE.map((row) => [operationId(row), row] as const))("%s", async (_, row) => {
    const [location, , , kind, expected] = row;
    const { createClient } = await generated.importEntry<Entry>("dist/index.js");
    const name = location === "header" ? "X-Color" : "color";
    const call = createClient({ baseUrl: server.baseUrl })[operationId(row)];
    const answer = await call?.({ params: { [location]: { [name]: VALUES[kind] } } });
    expect(answer?.status).toBe(204);
    expect(sentPart(location, row)).toBe(expected);
  });

  it("decodes every row back to the value sent (client → generated mock server)", async () => {
    const { createClient } = await generated.importEntry<Entry>("dist/index.js");
    const { createMockServer } = await generated.importEntry<Testing>("dist/testing.js");
    const mock = await createMockServer();
    try {
      const client = createClient({ baseUrl: mock.url });
      for (const row of TABLE) {
        const [location, , , kind] = row;
        const name = location === "header" ? "X-Color" : "color";
        await client[operationId(row)]?.({ params: { [location]: { [name]: VALUES[kind] } } });
        const recorded = mock.requests.at(-1);
        expect({ id: operationId(row), status: recorded?.status, value: recorded?.params[location]?.[name] }).toEqual({
          id: operationId(row),
          status: 204,
          value: VALUES[kind],
        });
      }
    } finally {
      await mock.close();
    }
  });

  it("writes a content parameter as its media type, then encodes it; allowReserved lets reserved characters through", async () => {
    const { createClient } = await generated.importEntry<Entry>("dist/index.js");
    await createClient({ baseUrl: server.baseUrl }).extras?.({
      params: { query: { filter: { a: 1 }, next: "/a?b=c&d", plain: "/a?b=c d!" } },
    });
    const url = server.requests.at(-1)?.url ?? "";
    expect(url.slice(url.indexOf("?") + 1)).toBe("filter=%7B%22a%22%3A1%7D&next=/a?b=c&d&plain=%2Fa%3Fb%3Dc%20d%21");
  });

  it("refuses a value its schema does not allow, naming the parameter", async () => {
    const { createMockServer } = await generated.importEntry<Testing>("dist/testing.js");
    const mock = await createMockServer();
    try {
      const response = await fetch(`${mock.url}/queryFormExplodedObject?R=red&G=1&B=2`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain("query parameter color/R must be integer");
      const missing = await fetch(`${mock.url}/headerSimplePlainArray`);
      expect(JSON.stringify(await missing.json())).toContain("missing required header X-Color");
    } finally {
      await mock.close();
    }
  });
});
