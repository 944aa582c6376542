import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildExperiment, buildIterationRep } from "../generated/dist/fixtures.js";
import { createClient } from "../generated/dist/index.js";
import { createMockServer, type MockServer } from "../generated/dist/testing.js";
import { loadSpec } from "../generator/load/load-spec.js";
import { generatePackage } from "./support/generated-package.js";
import { schemaValidators } from "./support/schema-validator.js";
import { DIGITALOCEAN, sharedPresent } from "./support/shared-files.js";
import { removeDir } from "./support/temp-dirs.js";

const PATH = { projectKey: "web", environmentKey: "production", experimentKey: "checkout-2026" };
const SEMANTIC_PATCH = "application/json; domain-model=launchdarkly.semanticpatch";
const validatorFor = schemaValidators((await loadSpec("spec/openapi.yaml")).document);

let server: MockServer<"createIteration" | "patchExperiment">;
beforeAll(async () => {
  server = await createMockServer({ seed: "answers" });
});
afterAll(() => server.close());
afterEach(() => server.reset());

function patch(body: unknown, headers: Record<string, string> = { Authorization: "api-token" }): Promise<Response> {
  return fetch(`${server.url}/api/v2/projects/web/environments/production/experiments/checkout-2026`, {
    method: "PATCH",
    headers: { "Content-Type": SEMANTIC_PATCH, ...headers },
    body: JSON.stringify(body),
  });
}

describe("the mock answers like the API", () => {
  it("errors it makes itself follow the spec's schema for that status (401, 400, unknown route)", async () => {
    const anonymous = await patch({ instructions: [{ kind: "archiveExperiment" }] }, {});
    expect(anonymous.status).toBe(401);
    const unauthorized = await anonymous.json();
    expect(validatorFor("UnauthorizedErrorRep")(unauthorized)).toBe(true);
    expect(unauthorized).toMatchObject({ code: "unauthorized", message: "missing Authorization header" });
    const invalid = await (await patch({ instructions: "all" })).json();
    expect(validatorFor("InvalidRequestErrorRep")(invalid)).toBe(true);
    const unknown = await fetch(`${server.url}/api/v2/flags`, { headers: { Authorization: "api-token" } });
    expect(unknown.status).toBe(404);
    expect(validatorFor("NotFoundErrorRep")(await unknown.json())).toBe(true);
  });

  it("validation messages name the failing field inside oneOf/anyOf (the closest branch) and an unknown discriminator tag", async () => {
    const missingValue = await (
      await patch({
        instructions: [{ kind: "updateExperimentFields", value: { hypothesis: { operation: "update" } } }],
      })
    ).json();
    expect(missingValue.message).toBe("request body /instructions/0/value/hypothesis/value is required");
    const unknownKind = await (await patch({ instructions: [{ kind: "startExperiment" }] })).json();
    expect(unknownKind.message).toMatch(
      /^request body \/instructions\/0\/kind must be one of "updateExperimentFields", "saveAndStartNewIteration", /,
    );
  });

  it("decides authentication, then the test's overridden status, before it validates the body", async () => {
    server.respond("patchExperiment", { status: 429 });
    expect((await patch({ not: "a patch" }, {})).status).toBe(401);
    const limited = await patch({ not: "a patch" });
    expect(limited.status).toBe(429);
    expect(validatorFor("RateLimitedErrorRep")(await limited.json())).toBe(true);
    // An override that succeeds still gets a bad body rejected, as the service would.
    server.respond("patchExperiment", { status: 200 });
    expect((await patch({ not: "a patch" })).status).toBe(400);
  });

  it("sends Retry-After: 0 with a 429 unless the test sets it, so the client's default retries go straight on", async () => {
    let calls = 0;
    server.respond("patchExperiment", () => (++calls === 1 ? { status: 429 } : {}));
    const client = createClient({ baseUrl: server.url, token: "api-token", deprecationWarnings: false });
    const result = await client.patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    });
    expect(result.status).toBe(200);
    expect(server.requests.map((request) => request.status)).toEqual([429, 200]);
    server.respond("patchExperiment", { status: 429, headers: { "Retry-After": "7" } });
    expect((await patch({ instructions: [{ kind: "archiveExperiment" }] })).headers.get("Retry-After")).toBe("7");
    server.respond("patchExperiment", { status: 429 });
    expect((await patch({ instructions: [{ kind: "archiveExperiment" }] })).headers.get("Retry-After")).toBe("0");
  });

  it("echoes path parameters into fields of the same name and into the resource's key", async () => {
    const client = createClient({ baseUrl: server.url, token: "api-token", deprecationWarnings: false });
    const result = await client.patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    });
    if (result.status !== 200) throw new Error(`expected 200, got ${result.status}`);
    expect(result.data.key).toBe("checkout-2026");
    expect(result.data.environmentKey).toBe("production");
    expect(validatorFor("Experiment")(result.data)).toBe(true);
  });

  it("keeps fixture states consistent: an iteration's fields match its status, in answers and in builders", async () => {
    const client = createClient({ baseUrl: server.url, token: "api-token", deprecationWarnings: false });
    const iterations = [];
    for (let index = 0; index < 12; index += 1) {
      const result = await client.patchExperiment({
        params: { path: PATH },
        body: { instructions: [{ kind: "archiveExperiment" }] },
      });
      if (result.status === 200) iterations.push(result.data.currentIteration, result.data.draftIteration);
      iterations.push(
        buildIterationRep(),
        buildExperiment().currentIteration,
        buildIterationRep({ status: "running" }),
      );
    }
    const seen = new Set<string>();
    for (const iteration of iterations) {
      if (iteration === undefined) continue;
      seen.add(iteration.status);
      if (iteration.status === "running") expect(iteration).not.toHaveProperty("endedAt");
      if (iteration.status === "not_started") expect(iteration).not.toHaveProperty("startedAt");
      if (iteration.status === "stopped") expect(iteration).toHaveProperty("endedAt");
    }
    expect([...seen].sort()).toEqual(["not_started", "running", "stopped"]);
  });

  describe.skipIf(!sharedPresent(DIGITALOCEAN, "mock answers on DigitalOcean's client"))(
    "on DigitalOcean's client",
    () => {
      let dir = "";
      afterAll(() => removeDir(dir));
      it("a 401 it makes itself has the spec's error body (`id`, `message`, `request_id`), as does an unknown route's 404", async () => {
        const generated = await generatePackage(DIGITALOCEAN, "mock-do");
        dir = generated.dir;
        const document = generated.document;
        const validate = schemaValidators(document);
        const testing = await generated.importEntry<{
          createMockServer: (options?: object) => Promise<{ url: string; close(): Promise<void> }>;
        }>("dist/testing.js");
        const mock = await testing.createMockServer({ seed: 1 });
        try {
          const anonymous = await fetch(`${mock.url}/v2/droplets/123`);
          expect(anonymous.status).toBe(401);
          const body = await anonymous.json();
          expect(body).toMatchObject({ id: "unauthorized", message: "missing Authorization header" });
          expect(validate("error")(body)).toBe(true);
          const unknown = await fetch(`${mock.url}/v2/nope`, { headers: { Authorization: "Bearer t" } });
          expect(await unknown.json()).toMatchObject({ id: "not_found" });
        } finally {
          await mock.close();
        }
        expect(readFileSync(path.join(dir, "dist", "testing", "mock-answers.js"), "utf8")).toContain("errorBody");
      });
    },
  );
});
