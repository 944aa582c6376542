import path from "node:path";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../generated/dist/index.js";
import { createHandlers, handlerFor } from "../generated/dist/msw.js";
import { createMockServer } from "../generated/dist/testing.js";
import { loadSpec } from "../generator/load/load-spec.js";
import { generatePackage } from "./support/generated-package.js";
import { schemaValidators } from "./support/schema-validator.js";
import { REPO_ROOT, removeDir } from "./support/temp-dirs.js";

// Loopback with nothing listening: a request MSW did not answer fails here, never leaves the machine.
const BASE_URL = "http://127.0.0.1:9";
const PATH = { projectKey: "web", environmentKey: "production", experimentKey: "checkout" };
const validatorFor = schemaValidators((await loadSpec("spec/openapi.yaml")).document);
const INVALID = {
  instructions: [{ kind: "updateExperimentFields", value: { hypothesis: { operation: "update" } } }],
} as never;

describe("MSW handlers (./msw) intercepting the generated client's real fetch", () => {
  let patchCalls = 0;
  const handlers = createHandlers(
    { patchExperiment: () => (++patchCalls === 1 ? { status: 429 } : {}) },
    { baseUrl: BASE_URL, seed: "msw" },
  );
  const server = setupServer(...handlers);
  // Unhandled requests to the intercepted origin fail the test; the loopback mock server's own pass through.
  beforeAll(() =>
    server.listen({
      onUnhandledRequest: (request, print) => (new URL(request.url).port === "9" ? print.error() : undefined),
    }),
  );
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const client = (token: string | undefined = "api-token") =>
    createClient({ baseUrl: BASE_URL, token, deprecationWarnings: false });
  const anonymous = () => createClient({ baseUrl: BASE_URL, deprecationWarnings: false });

  it("has handlers for every operation; 429 (Retry-After: 0) then 200 through the client's default retries", async () => {
    expect(handlers.length).toBeGreaterThanOrEqual(2);
    const result = await client().patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    });
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(validatorFor("Experiment")(result.data)).toBe(true);
    expect(result.data.key).toBe("checkout");
    expect(handlers.requests.map((request) => request.status)).toEqual([429, 200]);
  });

  it("400 names the field, with the same code and message as the loopback mock server", async () => {
    const viaMsw = await client().patchExperiment({ params: { path: PATH }, body: INVALID });
    const mock = await createMockServer();
    try {
      const viaServer = await createClient({
        baseUrl: mock.url,
        token: "api-token",
        deprecationWarnings: false,
      }).patchExperiment({ params: { path: PATH }, body: INVALID });
      expect(viaMsw.status).toBe(400);
      expect(viaMsw.error).toEqual(viaServer.error);
      expect(viaMsw.error).toEqual({
        code: "invalid_request",
        message: "request body /instructions/0/value/hypothesis/value is required",
      });
    } finally {
      await mock.close();
    }
  });

  it("401 without the token, in the spec's error schema", async () => {
    const result = await anonymous().createIteration({
      params: { path: PATH },
      body: { hypothesis: "h", metrics: [], treatments: [], flags: {} },
    });
    expect(result.status).toBe(401);
    expect(validatorFor("UnauthorizedErrorRep")(result.error)).toBe(true);
  });

  it("per-test overrides, server.use style: 409 for one test, then back to the fixtures", async () => {
    server.use(
      ...handlerFor(
        "patchExperiment",
        { status: 409, body: { code: "optimistic_locking_error", message: "Stale version" } },
        { baseUrl: BASE_URL },
      ),
    );
    const conflict = await client().patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    });
    expect(conflict.status).toBe(409);
    if (conflict.status === 409) expect(conflict.error.message).toBe("Stale version");
    server.resetHandlers();
    const again = await client().patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    });
    expect(again.status).toBe(200);
  });

  it("unknown paths under the base URL and wrong methods are the mock's 404 and 405", async () => {
    expect((await fetch(`${BASE_URL}/api/v2/flags`, { headers: { Authorization: "api-token" } })).status).toBe(404);
    expect(
      (
        await fetch(`${BASE_URL}/api/v2/projects/p/environments/e/experiments/x`, {
          method: "DELETE",
          headers: { Authorization: "api-token" },
        })
      ).status,
    ).toBe(405);
  });
});

describe("deprecation signals the spec documents reach the client through MSW", () => {
  let dir = "";
  afterAll(() => removeDir(dir));

  it("Deprecation, Sunset and Link headers of a deprecated operation's response warn the caller", async () => {
    const generated = await generatePackage(
      path.join(REPO_ROOT, "test/specs/msw/deprecation-headers.yaml"),
      "msw-deprecation",
    );
    dir = generated.dir;
    const msw = await generated.importEntry<{
      createHandlers: (overrides?: object, options?: object) => Parameters<typeof setupServer>;
    }>("dist/msw.js");
    const index = await generated.importEntry<{
      createClient: (options: object) => {
        getThing: (init: object) => Promise<{ status: number; response: Response }>;
      };
    }>("dist/index.js");
    const server = setupServer(...msw.createHandlers({}, { baseUrl: "http://127.0.0.1:9/api" }));
    server.listen({ onUnhandledRequest: "error" });
    try {
      const warnings: { code: string; message: string }[] = [];
      const client = index.createClient({
        baseUrl: "http://127.0.0.1:9/api",
        onWarning: (warning: { code: string; message: string }) => warnings.push(warning),
      });
      const result = await client.getThing({ params: { path: { thingId: "t-1" } } });
      expect(result.status).toBe(200);
      expect(result.response.headers.get("Sunset")).toBe("Wed, 30 Jun 2027 23:59:59 GMT");
      expect(warnings.map((warning) => warning.message).join("\n")).toMatch(/2027-06-30/);
    } finally {
      server.close();
    }
  });
});
