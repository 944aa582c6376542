import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage, writeFiles } from "./support/generated-package.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

// A credential in the query string or a cookie goes through runtime/auth.ts, which only such a
// document's package contains (a header credential is a default header): both against a real server.
type Client = { getThing(init?: object): Promise<{ status: number }> };
type Entry = { createClient(options: { baseUrl: string; token?: string }): Client };

function spec(scheme: Record<string, unknown>): string {
  return JSON.stringify({
    openapi: "3.0.3",
    info: { title: "auth", version: "1.0.0" },
    security: [{ key: [] }],
    components: { securitySchemes: { key: scheme } },
    paths: {
      "/things": {
        get: {
          operationId: "getThing",
          parameters: [{ name: "page", in: "query", schema: { type: "string" } }],
          responses: { "200": { description: "ok" } },
        },
      },
    },
  });
}

let server: LoopbackServer;
const dir = makeTempDir("client-auth");
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server.close();
  removeDir(dir);
});

async function clientFor(
  name: string,
  scheme: Record<string, unknown>,
): Promise<{ files: readonly string[]; client: (token?: string) => Client }> {
  writeFiles(dir, new Map([[`${name}.json`, spec(scheme)]]));
  const generated = await generatePackage(path.join(dir, `${name}.json`), `client-auth-${name}`);
  const { createClient } = await generated.importEntry<Entry>("dist/index.js");
  return {
    files: generated.files,
    client: (token) => createClient({ baseUrl: server.baseUrl, ...(token === undefined ? {} : { token }) }),
  };
}

describe("credentials the security scheme places outside the Authorization header", () => {
  it("puts an apiKey-in-query token in the query string, beside the call's own parameters", async () => {
    const { files, client } = await clientFor("query", { type: "apiKey", in: "query", name: "api_key" });
    expect(files).toContain("src/runtime/auth.ts");
    server.requests.length = 0;
    expect((await client("s3cr&t").getThing({ params: { query: { page: "2" } } })).status).toBe(200);
    const url = new URL(server.requests[0]?.url ?? "", server.baseUrl);
    expect(url.searchParams.get("api_key")).toBe("s3cr&t");
    expect(url.searchParams.get("page")).toBe("2");
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("puts an apiKey-in-cookie token in the Cookie header, encoded", async () => {
    const { client } = await clientFor("cookie", { type: "apiKey", in: "cookie", name: "session" });
    server.requests.length = 0;
    await client("a b;c").getThing();
    expect(server.requests[0]?.headers.cookie).toBe("session=a%20b%3Bc");
    // No token, no credential.
    await client().getThing();
    expect(server.requests[1]?.headers.cookie).toBeUndefined();
  });

  it("leaves runtime/auth.ts out of a package whose credential is a header", async () => {
    const { files, client } = await clientFor("header", { type: "http", scheme: "bearer" });
    expect(files.filter((file) => file.includes("runtime/auth"))).toEqual([]);
    server.requests.length = 0;
    await client("tok").getThing();
    expect(server.requests[0]?.headers.authorization).toBe("Bearer tok");
  });
});

describe("per-operation security requirements", () => {
  // Found by the corpus request check: heyapi's security-api-key.yaml has an operation that names
  // another scheme, and the client sent the document's query credential there too.
  it("sends the token only to operations whose requirements name the client's scheme", async () => {
    const document = {
      openapi: "3.0.3",
      info: { title: "auth", version: "1.0.0" },
      security: [{ key: [] }],
      components: {
        securitySchemes: {
          key: { type: "apiKey", in: "query", name: "api_key" },
          other: { type: "apiKey", in: "cookie", name: "other" },
        },
      },
      paths: {
        "/things": { get: { operationId: "getThing", responses: { "200": { description: "ok" } } } },
        "/public": { get: { operationId: "getPublic", security: [], responses: { "200": { description: "ok" } } } },
        "/other": {
          get: { operationId: "getOther", security: [{ other: [] }], responses: { "200": { description: "ok" } } },
        },
      },
    };
    writeFiles(dir, new Map([["per-operation.json", JSON.stringify(document)]]));
    const generated = await generatePackage(path.join(dir, "per-operation.json"), "client-auth-per-operation");
    type Calls = Record<"getThing" | "getPublic" | "getOther", () => Promise<{ status: number }>>;
    const { createClient } = await generated.importEntry<{ createClient(options: object): Calls }>("dist/index.js");
    const client = createClient({ baseUrl: server.baseUrl, token: "s3cret" });
    server.requests.length = 0;
    await client.getThing();
    await client.getPublic();
    await client.getOther();
    expect(server.requests.map((request) => request.url)).toEqual(["/things?api_key=s3cret", "/public", "/other"]);
  });
});
