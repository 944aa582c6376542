import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../generated/dist/index.js";
import { createMockServer, type MockServer } from "../generated/dist/testing.js";
import { loadSpec } from "../generator/load/load-spec.js";
import { schemaValidators } from "./support/schema-validator.js";

const PATH = { projectKey: "p", environmentKey: "e", experimentKey: "x" };
const ITERATION_BODY = { hypothesis: "h", metrics: [{ key: "m" }], treatments: [], flags: {} };
const validatorFor = schemaValidators((await loadSpec("spec/openapi.yaml")).document);

let server: MockServer<"createIteration" | "patchExperiment">;
beforeAll(async () => {
  server = await createMockServer({ seed: "tests" });
});
afterAll(() => server.close());
afterEach(() => server.reset());

function client() {
  return createClient({ baseUrl: server.url, token: "api-token", deprecationWarnings: false, retry: false });
}

async function rawPatch(
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: { code: string; message: string } }> {
  const response = await fetch(`${server.url}/api/v2/projects/p/environments/e/experiments/x`, {
    method: "PATCH",
    headers,
    body,
  });
  return { status: response.status, body: (await response.json()) as { code: string; message: string } };
}

describe("the contract mock server (./testing)", () => {
  it("answers valid calls with fixture data valid against the response schema, and records them", async () => {
    const created = await client().createIteration({ params: { path: PATH }, body: ITERATION_BODY });
    expect(created.status).toBe(200);
    expect(validatorFor("IterationRep")(created.data)).toBe(true);
    const patched = await client().patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    });
    expect(patched.status).toBe(200);
    expect(validatorFor("Experiment")(patched.data)).toBe(true);
    expect(server.requests.map((r) => [r.operation, r.method, r.status])).toEqual([
      ["createIteration", "POST", 200],
      ["patchExperiment", "PATCH", 200],
    ]);
    expect(server.requests[0]?.body).toEqual(ITERATION_BODY);
    expect(server.requests[1]?.pathParams).toEqual(PATH);
  });

  it("rejects an invalid body with a 400 naming the field", async () => {
    const result = await client().patchExperiment({
      params: { path: PATH },
      // A stopIteration without its winner: wrong on purpose.
      body: { instructions: [{ kind: "stopIteration", winningReason: "clear" } as never] },
    });
    expect(result.status).toBe(400);
    expect(result.error).toEqual({
      code: "invalid_request",
      message: "request body /instructions/0/winningTreatmentId is required",
    });
    const wrongType = await client().createIteration({
      params: { path: PATH },
      body: { ...ITERATION_BODY, hypothesis: 42 as never },
    });
    expect(wrongType.error).toEqual({
      code: "invalid_request",
      message: "request body /hypothesis must be string, not integer",
    });
  });

  it("rejects a wrong content type, a missing token, unknown paths and methods", async () => {
    const body = JSON.stringify({ instructions: [{ kind: "archiveExperiment" }] });
    const plainJson = await rawPatch({ Authorization: "t", "Content-Type": "application/json" }, body);
    expect(plainJson.status).toBe(400);
    expect(plainJson.body.message).toBe(
      "Content-Type must be application/json; domain-model=launchdarkly.semanticpatch, not application/json",
    );
    const anonymous = await rawPatch(
      { "Content-Type": "application/json; domain-model=launchdarkly.semanticpatch" },
      body,
    );
    expect(anonymous).toMatchObject({ status: 401, body: { code: "unauthorized" } });
    expect((await fetch(`${server.url}/api/v2/nowhere`)).status).toBe(404);
    expect(
      (await fetch(`${server.url}/api/v2/projects/p/environments/e/experiments/x`, { headers: { Authorization: "t" } }))
        .status,
    ).toBe(405);
  });

  it("answers with per-test overrides: status (body from that status's schema), body, headers, delay", async () => {
    server.respond("patchExperiment", { status: 404 });
    const missing = await client().patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    });
    expect(missing.status).toBe(404);
    expect(validatorFor("NotFoundErrorRep")(missing.error)).toBe(true);

    server.respond("patchExperiment", (request) => ({
      status: 429,
      body: { code: "rate_limited", message: String(request.pathParams.experimentKey) },
      headers: { "Retry-After": "0" },
    }));
    const limited = await client().patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    });
    expect(limited).toMatchObject({ status: 429, error: { code: "rate_limited", message: "x" } });
    expect(limited.response.headers.get("retry-after")).toBe("0");

    server.respond("createIteration", { delayMs: 150 });
    const started = Date.now();
    await client().createIteration({ params: { path: PATH }, body: ITERATION_BODY });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("serves 2,000 requests at concurrency 50 through the client with none lost or duplicated", async () => {
    const total = 2_000;
    const statuses: number[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < total) {
        const index = next++;
        const result = await client().patchExperiment({
          params: { path: { ...PATH, experimentKey: `exp-${index}` } },
          body: { instructions: [{ kind: "archiveExperiment" }] },
        });
        statuses.push(result.status);
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    expect(statuses).toHaveLength(total);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(server.requests).toHaveLength(total);
    expect(new Set(server.requests.map((request) => request.pathParams.experimentKey)).size).toBe(total);
  });

  it("closes cleanly", async () => {
    const other = await createMockServer();
    await other.close();
    await expect(fetch(`${other.url}/`)).rejects.toThrow();
  });
});
