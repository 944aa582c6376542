import { readFileSync } from "node:fs";
import path from "node:path";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage, writeFiles } from "./support/generated-package.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

// A document shaped like Stripe's (test/specs/stripe-shaped/openapi.yaml) through its generated
// client, into its mock server on loopback and into its MSW handlers: bodies and queries sent as
// Stripe reads them must be read back to the values sent, a refusal's reason must reach the field
// the error schema nests it in, and each security scheme gets what it needs on the wire.

type Result = { status: number; data?: unknown; error?: unknown };
type Method = (init?: object) => Promise<Result>;
type Client = Record<"postCheckoutSessions" | "getCharges" | "deleteAccountsAccount" | "getEventsStream", Method>;
type ClientEntry = { createClient(options: Record<string, unknown>): Client };
type Recorded = { operation: string; status: number; body: unknown; params: { query: unknown } };
type MockServer = { url: string; requests: Recorded[]; reset(): void; close(): Promise<void> };

const SESSION = {
  cancel_url: "https://shop.example.test/cancel",
  success_url: "https://shop.example.test/done?session={CHECKOUT_SESSION_ID}",
  preferred_locales: ["de", "fr"],
  line_items: [
    { price: "price_123", quantity: 2 },
    { price: "price_456", quantity: 1 },
  ],
  metadata: { order_id: "6735", "note with spaces & symbols": "a=b" },
  expand: ["payment_intent", "line_items.data.price"],
};

let generated: GeneratedPackage;
let createClient: ClientEntry["createClient"];
beforeAll(async () => {
  generated = await generatePackage("test/specs/stripe-shaped/openapi.yaml", "stripe-shaped");
  ({ createClient } = await generated.importEntry<ClientEntry>("dist/index.js"));
});
afterAll(() => removeDir(generated.dir));

async function checkRoundTrip(requests: readonly Recorded[], clientFor: () => Client): Promise<void> {
  const result = await clientFor().postCheckoutSessions({ body: SESSION });
  expect(result.status).toBe(200);
  expect(requests.at(-1)?.body).toEqual(SESSION);
}

describe("Stripe-shaped form bodies and deepObject queries read back by the mock", () => {
  let server: MockServer;
  beforeAll(async () => {
    const testing = await generated.importEntry<{ createMockServer(o: object): Promise<MockServer> }>(
      "dist/testing.js",
    );
    server = await testing.createMockServer({ seed: "stripe" });
  });
  afterAll(() => server.close());
  const client = (): Client => createClient({ baseUrl: server.url, token: "sk_test_123:", retry: false });

  it("reads a form body with deepObject lists, lists of objects and maps back to the value sent", async () => {
    await checkRoundTrip(server.requests, client);
  });

  it.each([
    [{ created: { gte: 1, lt: 1700000000 }, expand: ["data.customer"], limit: 3 }],
    [{ created: 1, expand: ["data.customer", "data.invoice"] }],
  ])("reads the query %j back", async (query) => {
    server.reset();
    const result = await client().getCharges({ params: { query } });
    expect(result.status).toBe(200);
    expect(server.requests[0]?.params.query).toEqual(query);
  });

  it("puts the reason of a refusal in the message field the error schema nests", async () => {
    const { cancel_url: _dropped, ...withoutCancel } = SESSION;
    const result = await client().postCheckoutSessions({ body: withoutCancel });
    expect(result.status).toBe(400);
    const error = (result.error as { error: { message: string; type: string } }).error;
    expect(error.message).toMatch(/cancel_url/);
    expect(error.type).toMatch(/^(api_error|card_error|idempotency_error|invalid_request_error)$/);
  });
});

describe("the same calls through the MSW handlers", () => {
  const baseUrl = "http://127.0.0.1:9";
  let server: ReturnType<typeof setupServer>;
  let requests: readonly Recorded[] = [];
  beforeAll(async () => {
    const msw = await generated.importEntry<{
      createHandlers(overrides: object, options: object): Parameters<typeof setupServer> & { requests: Recorded[] };
    }>("dist/msw.js");
    const handlers = msw.createHandlers({}, { baseUrl, seed: "stripe" });
    requests = handlers.requests;
    server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: "error" });
  });
  afterAll(() => server.close());
  const client = (): Client => createClient({ baseUrl, token: "sk_test_123:", retry: false });

  it("reads the form body and the deepObject query back to the values sent", async () => {
    await checkRoundTrip(requests, client);
    const query = { created: { gte: 1 }, expand: ["data.customer"] };
    const charges = await client().getCharges({ params: { query } });
    expect(charges.status).toBe(200);
    expect(requests.at(-1)?.params.query).toEqual(query);
  });
});

describe("credentials per security scheme, and the Accept header, on the wire", () => {
  let wire: LoopbackServer;
  beforeAll(async () => {
    wire = await startLoopbackServer();
  });
  afterAll(() => wire.close());
  const last = () => wire.requests.at(-1)?.headers;

  it("sends HTTP Basic as base64 of username:password, from `credentials` or from `token`", async () => {
    await createClient({
      baseUrl: wire.baseUrl,
      credentials: { basicAuth: { username: "sk_test_123", password: "" } },
    }).getCharges();
    expect(last()?.authorization).toBe(`Basic ${Buffer.from("sk_test_123:").toString("base64")}`);
    await createClient({ baseUrl: wire.baseUrl, token: "user:pässword" }).getCharges();
    expect(last()?.authorization).toBe(`Basic ${Buffer.from("user:pässword", "utf8").toString("base64")}`);
  });

  it("sends the bearer scheme when that is the credential given, and each operation's own requirement", async () => {
    await createClient({ baseUrl: wire.baseUrl, credentials: { bearerAuth: "tok_1" } }).getCharges();
    expect(last()?.authorization).toBe("Bearer tok_1");
    // The stream operation names only bearerAuth: a Basic credential is not sent to it.
    await createClient({ baseUrl: wire.baseUrl, token: "sk:" }).getEventsStream({ parseAs: "text" });
    expect(last()?.authorization).toBeUndefined();
    await createClient({ baseUrl: wire.baseUrl, token: "sk:", credentials: { bearerAuth: "tok_2" } }).getEventsStream({
      parseAs: "text",
    });
    expect(last()?.authorization).toBe("Bearer tok_2");
  });

  it("asks for the operation's documented media types", async () => {
    await createClient({ baseUrl: wire.baseUrl }).getCharges();
    expect(last()?.accept).toBe("application/json");
    await createClient({ baseUrl: wire.baseUrl }).getEventsStream({ parseAs: "text" });
    expect(last()?.accept).toBe("text/event-stream, application/json");
    await createClient({ baseUrl: wire.baseUrl }).getCharges({ headers: { accept: "application/xml" } });
    expect(last()?.accept).toBe("application/xml");
  });

  it("redacts whole occurrences of a secret from errors, and leaves other text alone", async () => {
    const failing = (message: (request: Request) => string) => (request: Request) =>
      Promise.reject(new TypeError(message(request)));
    const short = createClient({ baseUrl: wire.baseUrl, token: "t", fetch: failing(() => "Failed to fetch") });
    await expect(short.getCharges()).rejects.toThrow(/^Failed to fetch$/);
    const echoing = createClient({
      baseUrl: wire.baseUrl,
      credentials: { bearerAuth: "tok9" },
      fetch: failing((request) => `refused ${request.headers.get("authorization")} (tok9x is another word)`),
    });
    await expect(echoing.getCharges()).rejects.toThrow(/^refused Bearer \[redacted\] \(tok9x is another word\)$/);
  });
});

describe("the generated package's docs", () => {
  it("show a safe read as the example call, HTML descriptions as Markdown, and credentials per scheme", () => {
    const readme = readFileSync(path.join(generated.dir, "README.md"), "utf8");
    expect(readme).toMatch(/await client\.getCharges\(/);
    expect(readme).not.toMatch(/client\.deleteAccountsAccount\(/);
    expect(readme).toContain(
      "| `credentials` | one credential per security scheme, typed by `Credentials` (`basicAuth`: a username and password, `bearerAuth`: a token)",
    );
    expect(readme).toContain('give "username:password", sent in base64');
    const client = readFileSync(path.join(generated.dir, "src", "client.ts"), "utf8");
    expect(client).toContain("With [Connect](/docs/connect), you can delete accounts you manage.");
    expect(client).not.toMatch(/<p>|<\/a>/);
    // The Credentials type lives beside the request and result types (operation-types.ts), which client.ts re-exports.
    const types = readFileSync(path.join(generated.dir, "src", "operation-types.ts"), "utf8");
    expect(types).toMatch(/readonly basicAuth\?: Runtime\.BasicCredential \| undefined;/);
  });
});

describe("the mock and the client with schemes in different places, one of them deprecated", () => {
  const dir = makeTempDir("schemes-apart");
  let other: GeneratedPackage;
  const document = {
    openapi: "3.1.0",
    info: { title: "schemes apart", version: "1.0.0" },
    security: [{ apiKey: [] }, { bearerAuth: [] }],
    components: {
      securitySchemes: {
        apiKey: { type: "apiKey", in: "header", name: "X-API-Key" },
        bearerAuth: { type: "http", scheme: "bearer", deprecated: true, description: "Use X-API-Key." },
        queryKey: { type: "apiKey", in: "query", name: "key" },
      },
    },
    paths: {
      "/things": { get: { operationId: "listThings", responses: { "204": { description: "none" } } } },
      "/keyed": {
        get: {
          operationId: "keyedThing",
          security: [{ queryKey: [] }],
          responses: { "204": { description: "none" } },
        },
      },
      "/open": { get: { operationId: "openThing", security: [], responses: { "204": { description: "none" } } } },
    },
  };
  type Calls = Record<
    "listThings" | "keyedThing" | "openThing",
    (init?: object) => Promise<{ status: number; error?: unknown }>
  >;
  let server: MockServer;
  let create: (options: object) => Calls;
  beforeAll(async () => {
    writeFiles(dir, new Map([["openapi.json", JSON.stringify(document)]]));
    other = await generatePackage(path.join(dir, "openapi.json"), "schemes-apart-package");
    const testing = await other.importEntry<{ createMockServer(o: object): Promise<MockServer> }>("dist/testing.js");
    server = await testing.createMockServer({ seed: "apart" });
    create = (await other.importEntry<{ createClient(o: object): Calls }>("dist/index.js")).createClient;
  });
  afterAll(async () => {
    await server.close();
    removeDir(dir);
    removeDir(other.dir);
  });

  it("accepts any one of an operation's security requirements, and names them all when none is met", async () => {
    const warnings: string[] = [];
    const client = (credentials: object) =>
      create({
        baseUrl: server.url,
        credentials,
        retry: false,
        onWarning: (w: { code: string }) => warnings.push(w.code),
      });
    expect(await client({ bearerAuth: "tok" }).listThings()).toMatchObject({ status: 204 });
    expect((await client({ apiKey: "k" }).listThings()).status).toBe(204);
    expect(warnings).toEqual(["OPENAPI_DEP_AUTH_BEARER_AUTH"]);
    const refused = await client({}).listThings();
    expect(refused).toMatchObject({
      status: 401,
      error: { message: "missing credentials: X-API-Key header, or Authorization header" },
    });
    expect((await client({ apiKey: "k" }).keyedThing()).status).toBe(401);
    expect((await client({ queryKey: "q" }).keyedThing()).status).toBe(204);
    expect((await client({}).openThing()).status).toBe(204);
  });
});
