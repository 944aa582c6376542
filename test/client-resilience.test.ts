import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient, ResponseParseError } from "../generated/dist/index.js";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { type Answer, type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { removeDir } from "./support/temp-dirs.js";

const PATH = { projectKey: "p", environmentKey: "e", experimentKey: "x" };
const PATCH_BODY = { instructions: [{ kind: "archiveExperiment" as const }] };
const EXPERIMENT = { key: "x", name: "X", _maintainerId: "m", _creationDate: 1, environmentKey: "e", _links: {} };
const ITERATION_BODY = { hypothesis: "h", metrics: [], treatments: [], flags: {} };
const FAST = { baseDelayMs: 5, maxDelayMs: 20 };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

/** Answers in turn, repeating the last. */
function script(server: LoopbackServer, ...answers: Answer[]): void {
  let index = 0;
  server.respond(() => answers[Math.min(index++, answers.length - 1)] ?? json(500, {}));
}

type PetClient = Record<string, (init?: object) => Promise<{ status: number; data?: unknown; error?: unknown }>>;

let server: LoopbackServer;
let pets: GeneratedPackage;
let createPetClient: (options: object) => PetClient;
beforeAll(async () => {
  server = await startLoopbackServer();
  pets = await generatePackage("test/specs/petstore-30.yaml", "resilience-pets");
  createPetClient = (await pets.importEntry<{ createClient: (options: object) => PetClient }>("dist/index.js"))
    .createClient;
});
afterAll(async () => {
  await server.close();
  removeDir(pets.dir);
});
afterEach(() => {
  server.requests.length = 0;
});

describe("rate limits and retries", () => {
  it("waits at least Retry-After, then at least until X-Ratelimit-Reset, then succeeds", async () => {
    const client = createClient({ baseUrl: server.baseUrl, token: "t" });
    const started = Date.now();
    let resetAt = 0;
    let call = 0;
    server.respond(() => {
      call += 1;
      if (call === 1) return json(429, { code: "rate_limited", message: "ip" }, { "retry-after": "1" });
      if (call === 2) {
        resetAt = Date.now() + 400;
        return json(429, { code: "rate_limited", message: "route" }, { "x-ratelimit-reset": String(resetAt) });
      }
      return json(200, EXPERIMENT);
    });
    const result = await client.patchExperiment({ params: { path: PATH }, body: PATCH_BODY });
    expect(result.status).toBe(200);
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000 + 400 - 50);
    expect(Date.now()).toBeGreaterThanOrEqual(resetAt);
    // The retried PATCH is the same request: content type and body intact.
    expect(server.requests[2]?.headers["content-type"]).toBe(
      "application/json; domain-model=launchdarkly.semanticpatch",
    );
    expect(server.requests[2]?.body).toBe(server.requests[0]?.body);
  });

  it("does not retry a POST after a 503, but retries a GET", async () => {
    script(server, json(503, { code: "unavailable", message: "later" }), json(200, []));
    const client = createClient({ baseUrl: server.baseUrl, retry: FAST, deprecationWarnings: false });
    const post = await client.createIteration({ params: { path: PATH }, body: ITERATION_BODY });
    expect(post.status).toBe(503);
    expect(server.requests).toHaveLength(1);

    server.requests.length = 0;
    script(server, json(503, {}), json(502, {}), json(200, []));
    const get = await createPetClient({ baseUrl: server.baseUrl, retry: FAST }).listPets?.();
    expect(get?.status).toBe(200);
    expect(server.requests.map((request) => request.method)).toEqual(["GET", "GET", "GET"]);
  });

  it("retries network errors for idempotent methods only", async () => {
    script(server, { status: 0, destroy: true }, json(200, []));
    const list = await createPetClient({ baseUrl: server.baseUrl, retry: FAST }).listPets?.();
    expect(list?.status).toBe(200);
    expect(server.requests).toHaveLength(2);

    server.requests.length = 0;
    script(server, { status: 0, destroy: true }, json(201, {}));
    await expect(
      createPetClient({ baseUrl: server.baseUrl, retry: FAST }).createPet?.({ body: { name: "Rex" } }),
    ).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  it("bounds attempts and total time, and is off with retry: false", async () => {
    script(server, json(429, { code: "rate_limited", message: "no" }));
    const bounded = await createClient({ baseUrl: server.baseUrl, retry: { ...FAST, maxAttempts: 3 } }).patchExperiment(
      { params: { path: PATH }, body: PATCH_BODY },
    );
    expect(bounded.status).toBe(429);
    expect(server.requests).toHaveLength(3);

    server.requests.length = 0;
    script(server, json(429, { code: "rate_limited", message: "no" }, { "retry-after": "120" }));
    const started = Date.now();
    const tooLong = await createClient({ baseUrl: server.baseUrl, retry: { maxElapsedMs: 5_000 } }).patchExperiment({
      params: { path: PATH },
      body: PATCH_BODY,
    });
    expect(tooLong.status).toBe(429);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.requests).toHaveLength(1);

    server.requests.length = 0;
    const off = await createClient({ baseUrl: server.baseUrl, retry: false }).patchExperiment({
      params: { path: PATH },
      body: PATCH_BODY,
    });
    expect(off.status).toBe(429);
    expect(server.requests).toHaveLength(1);
  });

  it("honours the caller's AbortSignal while waiting to retry", async () => {
    script(server, json(429, { code: "rate_limited", message: "wait" }, { "retry-after": "30" }));
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    await expect(
      createClient({ baseUrl: server.baseUrl }).patchExperiment({
        params: { path: PATH },
        body: PATCH_BODY,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("timeouts", () => {
  it("aborts a call after timeoutMs, per call and per client", async () => {
    script(server, { ...json(200, EXPERIMENT), delayMs: 1_000 });
    await expect(
      createClient({ baseUrl: server.baseUrl }).patchExperiment({
        params: { path: PATH },
        body: PATCH_BODY,
        timeoutMs: 100,
      }),
    ).rejects.toMatchObject({ name: "TimeoutError" });
    await expect(
      createClient({ baseUrl: server.baseUrl, timeoutMs: 100 }).patchExperiment({
        params: { path: PATH },
        body: PATCH_BODY,
      }),
    ).rejects.toMatchObject({
      name: "TimeoutError",
    });
    script(server, json(200, EXPERIMENT));
    const inTime = await createClient({ baseUrl: server.baseUrl, timeoutMs: 2_000 }).patchExperiment({
      params: { path: PATH },
      body: PATCH_BODY,
    });
    expect(inTime.status).toBe(200);
  });
});

describe("headers the service wants", () => {
  it("tunnels PATCH through POST with X-HTTP-Method-Override when asked", async () => {
    script(server, json(200, EXPERIMENT));
    const result = await createClient({ baseUrl: server.baseUrl, token: "tok", methodOverride: true }).patchExperiment({
      params: { path: PATH },
      body: PATCH_BODY,
    });
    expect(result.status).toBe(200);
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.headers["x-http-method-override"]).toBe("PATCH");
    expect(request?.headers["content-type"]).toBe("application/json; domain-model=launchdarkly.semanticpatch");
    expect(request?.headers.authorization).toBe("tok");
    expect(JSON.parse(request?.body ?? "")).toEqual(PATCH_BODY);
  });

  it("sends the spec's API version by default and lets the client or the call override it", async () => {
    script(server, json(200, EXPERIMENT));
    await createClient({ baseUrl: server.baseUrl }).patchExperiment({ params: { path: PATH }, body: PATCH_BODY });
    await createClient({ baseUrl: server.baseUrl, headers: { "LD-API-Version": "beta" } }).patchExperiment({
      params: { path: PATH },
      body: PATCH_BODY,
    });
    await createClient({ baseUrl: server.baseUrl }).patchExperiment({
      params: { path: PATH, header: { "LD-API-Version": "20300101" } },
      body: PATCH_BODY,
    });
    expect(server.requests.map((request) => request.headers["ld-api-version"])).toEqual([
      "20240415",
      "beta",
      "20300101",
    ]);
  });
});

describe("results", () => {
  it("turns a malformed JSON body into an error value (status 0) carrying the HTTP status", async () => {
    script(server, { status: 200, headers: { "content-type": "application/json" }, body: '{"key": "x", ' });
    const ok = await createClient({ baseUrl: server.baseUrl }).patchExperiment({
      params: { path: PATH },
      body: PATCH_BODY,
    });
    expect(ok.malformed).toBe(true);
    expect(ok.error).toBeInstanceOf(ResponseParseError);
    expect(ok.error).toMatchObject({ status: 200, body: '{"key": "x", ' });

    script(server, { status: 404, headers: { "content-type": "application/json" }, body: "<html>not json</html>" });
    const missing = await createClient({ baseUrl: server.baseUrl }).patchExperiment({
      params: { path: PATH },
      body: PATCH_BODY,
    });
    // status 0 never shares a `switch` case with a documented status; the HTTP status is on the error and the response.
    expect(missing).toMatchObject({
      status: 0,
      malformed: true,
      error: { name: "ResponseParseError", status: 404, code: "malformed_response" },
    });
    expect(missing.response.status).toBe(404);
  });
});

describe("error bodies that claim JSON, parsed once from the text they arrived as", () => {
  const call = (init: object = {}) =>
    createClient({ baseUrl: server.baseUrl, retry: false }).patchExperiment({
      params: { path: PATH },
      body: PATCH_BODY,
      ...init,
    });
  const json = { "content-type": "application/json" };

  it("reads a JSON string as the string (openapi-fetch has already parsed it once)", async () => {
    script(server, { status: 404, headers: json, body: '"no such experiment"' });
    expect(await call()).toMatchObject({ status: 404, error: "no such experiment" });
    script(server, { status: 404, headers: json, body: '"{\\"nested\\": 1}"' });
    expect(await call()).toMatchObject({ status: 404, error: '{"nested": 1}' });
  });

  it("keeps openapi-fetch's value with the caller's own parseAs, and a middleware's replacement read as before", async () => {
    script(server, { status: 404, headers: json, body: "not json" });
    expect(await call({ parseAs: "json" })).toMatchObject({ status: 404, error: "not json" });
    const replaced = createClient({
      baseUrl: server.baseUrl,
      retry: false,
      middleware: [{ onResponse: () => new Response('{"code": "replaced"}', { status: 409, headers: json }) }],
    });
    expect(await replaced.patchExperiment({ params: { path: PATH }, body: PATCH_BODY })).toMatchObject({
      status: 409,
      error: { code: "replaced" },
    });
  });
});

describe("secrets", () => {
  const TOKEN = "api-9f8e7d6c-secret";

  it("never shows the token in thrown errors, inspect or JSON of the client", async () => {
    const client = createClient({
      baseUrl: server.baseUrl,
      token: TOKEN,
      retry: false,
      fetch: (request) =>
        Promise.reject(new Error(`connection refused while sending ${request.headers.get("authorization") ?? ""}`)),
    });
    const error: unknown = await client
      .patchExperiment({ params: { path: PATH }, body: PATCH_BODY })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    const texts = [String(error), (error as Error).stack ?? "", inspect(error, { depth: 5 }), JSON.stringify(error)];
    for (const text of texts) expect(text).not.toContain(TOKEN);
    expect(String(error)).toContain("[redacted]");
    expect(inspect(client, { depth: 5, showHidden: true })).not.toContain(TOKEN);
    expect(JSON.stringify(client)).not.toContain(TOKEN);
  });
});
