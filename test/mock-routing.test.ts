import path from "node:path";
import { setupServer } from "msw/node";
import { afterAll, describe, expect, it } from "vitest";
import { generatePackage, writeFiles } from "./support/generated-package.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

// The specification: a concrete path matches before a templated one, whatever the document's order.
const SPEC = {
  openapi: "3.1.0",
  info: { title: "routes", version: "1.0.0" },
  paths: {
    "/users/{user_id}": {
      get: {
        operationId: "getUser",
        parameters: [{ name: "user_id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "a user" } },
      },
    },
    "/users/me": { get: { operationId: "getMe", responses: { "200": { description: "me" } } } },
    "/files/{name}.{ext}": {
      get: {
        operationId: "getFile",
        parameters: ["name", "ext"].map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
        responses: {
          "200": {
            description: "a file",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["name", "ext"],
                  properties: { name: { type: "string" }, ext: { type: "string" } },
                },
              },
            },
          },
        },
      },
    },
  },
};

const dir = makeTempDir("mock-routing");
afterAll(() => removeDir(dir));

describe("mock routing", () => {
  it("answers /users/me with getMe although /users/{user_id} is listed first", async () => {
    writeFiles(dir, new Map([["routes.json", JSON.stringify(SPEC)]]));
    const generated = await generatePackage(path.join(dir, "routes.json"), "mock-routing");
    const { createMockServer } = await generated.importEntry<{
      createMockServer(): Promise<{ url: string; requests: { operation?: string }[]; close(): Promise<void> }>;
    }>("dist/testing.js");
    const mock = await createMockServer();
    try {
      await fetch(`${mock.url}/users/me`);
      await fetch(`${mock.url}/users/u-1`);
      expect(mock.requests.map((request) => request.operation)).toEqual(["getMe", "getUser"]);
      // Two parameters in one segment: both matched, both echoed.
      expect(await (await fetch(`${mock.url}/files/report.v2.pdf`)).json()).toEqual({ name: "report.v2", ext: "pdf" });
    } finally {
      await mock.close();
    }
    // The same through MSW, whose handlers are listed in the table's order (getUser's first).
    type Handlers = Parameters<typeof setupServer> & { requests: { operation?: string }[] };
    const { createHandlers } = await generated.importEntry<{
      createHandlers(overrides: object, options: { baseUrl: string }): Handlers;
    }>("dist/msw.js");
    const handlers = createHandlers({}, { baseUrl: "http://127.0.0.1:9" });
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      await fetch("http://127.0.0.1:9/users/me");
      await fetch("http://127.0.0.1:9/users/u-1");
      expect(handlers.requests.map((request) => request.operation)).toEqual(["getMe", "getUser"]);
    } finally {
      server.close();
    }
  });
});

describe("paths written with a fragment (Box's `/web_links/{id}#add_shared_link`)", () => {
  const shared = (body: object) => ({
    put: {
      operationId: undefined as unknown as string,
      parameters: [
        { name: "web_link_id", in: "path", required: true, schema: { type: "string" } },
        { name: "fields", in: "query", schema: { type: "string" } },
      ],
      requestBody: { content: { "application/json": { schema: body } } },
      responses: { "200": { description: "ok" } },
    },
  });
  const add = shared({
    type: "object",
    required: ["shared_link"],
    properties: { shared_link: { type: "object", required: ["access"], properties: { access: { type: "string" } } } },
  });
  const remove = shared({ type: "object", required: ["shared_link"], properties: { shared_link: { type: "null" } } });
  add.put.operationId = "addSharedLink";
  remove.put.operationId = "removeSharedLink";
  const BOX = {
    openapi: "3.1.0",
    info: { title: "box", version: "1.0.0" },
    paths: { "/web_links/{web_link_id}#add_shared_link": add, "/web_links/{web_link_id}#remove_shared_link": remove },
  };

  it("warns where such a path is written, sends the path without its fragment, and the mock tells the operations apart by body", async () => {
    writeFiles(dir, new Map([["box.json", JSON.stringify(BOX)]]));
    const generated = await generatePackage(path.join(dir, "box.json"), "mock-routing-box");
    expect(generated.warnings.map((warning) => [warning.location.pointer, warning.message])).toContainEqual([
      "/paths/~1web_links~1{web_link_id}#add_shared_link",
      '"/web_links/{web_link_id}#add_shared_link" has a fragment ("#add_shared_link"), which never reaches a server: the client sends "/web_links/{web_link_id}", and the mock tells the operations of that path and method apart by which request body their schemas accept',
    ]);
    type Call = (init: object) => Promise<{ status: number; response: Response }>;
    const { createClient } = await generated.importEntry<{
      createClient(options: object): Record<"addSharedLink" | "removeSharedLink", Call>;
    }>("dist/index.js");
    const { createMockServer } = await generated.importEntry<{
      createMockServer(): Promise<{
        url: string;
        requests: { operation?: string; path: string }[];
        close(): Promise<void>;
      }>;
    }>("dist/testing.js");
    const mock = await createMockServer();
    try {
      const client = createClient({ baseUrl: mock.url });
      const params = { path: { web_link_id: "12" }, query: { fields: "url" } };
      expect((await client.removeSharedLink({ params, body: { shared_link: null } })).status).toBe(200);
      expect((await client.addSharedLink({ params, body: { shared_link: { access: "open" } } })).status).toBe(200);
      expect(mock.requests.map((request) => [request.operation, request.path])).toEqual([
        ["removeSharedLink", "/web_links/12?fields=url"],
        ["addSharedLink", "/web_links/12?fields=url"],
      ]);
    } finally {
      await mock.close();
    }
  });
});
