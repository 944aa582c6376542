import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";

// The MSW handlers read the same wire as the loopback mock: a multipart upload, a form body and a
// binary answer of test/specs/wire/bodies.yaml, intercepted from the generated client's real fetch.
type Result = { status: number; data?: unknown; error?: unknown };
type Client = Record<"uploadFile" | "postForm" | "download", (init?: object) => Promise<Result>>;
type Msw = {
  createHandlers(
    overrides: object,
    options: { baseUrl: string },
  ): Parameters<typeof setupServer> & { requests: { body: unknown; status: number }[] };
};

const BASE_URL = "http://127.0.0.1:9";
let generated: GeneratedPackage;
let server: ReturnType<typeof setupServer>;
let handlers: ReturnType<Msw["createHandlers"]>;
beforeAll(async () => {
  generated = await generatePackage("test/specs/wire/bodies.yaml", "wire-msw");
  handlers = (await generated.importEntry<Msw>("dist/msw.js")).createHandlers({}, { baseUrl: BASE_URL });
  server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: "error" });
});
afterAll(() => server.close());

describe("MSW handlers on the wire", () => {
  it("accept a multipart upload and a form body, refuse an upload without its required field, and answer bytes as a Blob", async () => {
    const { createClient } = await generated.importEntry<{ createClient(options: object): Client }>("dist/index.js");
    const client = createClient({ baseUrl: BASE_URL });
    expect((await client.uploadFile({ body: { file: new Blob(["png"]), name: "cat", tags: ["a", "b"] } })).status).toBe(
      201,
    );
    expect(handlers.requests.at(-1)?.body).toMatchObject({ name: "cat", tags: ["a", "b"] });
    expect((await client.postForm({ body: { Name: "n", Tags: ["x"] } })).status).toBe(204);
    const missing = await client.uploadFile({ body: { file: new Blob(["png"]) } });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.error)).toContain("name");
    expect((await client.download()).data).toBeInstanceOf(Blob);
  });
});
