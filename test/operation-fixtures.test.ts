import { setupServer } from "msw/node";
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { fixtureFor, resetFixtureSequence } from "../generated/dist/fixtures.js";
import { createClient } from "../generated/dist/index.js";
import { handlerFor } from "../generated/dist/msw.js";
import { createMockServer } from "../generated/dist/testing.js";
import { loadSpec } from "../generator/load/load-spec.js";
import { schemaValidators } from "./support/schema-validator.js";

const PATH = { projectKey: "web", environmentKey: "production", experimentKey: "checkout" };
// Loopback, nothing listening, and not one of fetch's blocked ports: every request here is intercepted.
const ORIGIN = "http://127.0.0.1:2";
const validatorFor = schemaValidators((await loadSpec("spec/openapi.yaml")).document);
const archive = { params: { path: PATH }, body: { instructions: [{ kind: "archiveExperiment" as const }] } };

describe("per-operation fixtures (fixtureFor in ./fixtures)", () => {
  afterEach(() => resetFixtureSequence());

  it("a typed response per operation and documented status: method, path, status, headers, body valid against that status's schema", () => {
    const ok = fixtureFor("patchExperiment");
    expect(ok).toMatchObject({
      operationId: "patchExperiment",
      operation: "patchExperiment",
      method: "PATCH",
      status: 200,
      headers: { "Content-Type": "application/json" },
    });
    expect(ok.path).toBe("/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}");
    expect(validatorFor("Experiment")(ok.body)).toBe(true);
    const conflict = fixtureFor("patchExperiment", { status: 409, body: { message: "Stale version" } });
    expect(conflict.status).toBe(409);
    expect(conflict.body).toEqual({ code: "optimistic_locking_error", message: "Stale version" });
    expect(validatorFor("StatusConflictErrorRep")(conflict.body)).toBe(true);
    const created = fixtureFor("createIteration", { body: { status: "running" } });
    expect(created.body.status).toBe("running");
    expect(created.body).not.toHaveProperty("endedAt");
  });

  it("is deterministic per seed, and steps through values without one", () => {
    expect(fixtureFor("patchExperiment", { seed: 7 }).body).toEqual(fixtureFor("patchExperiment", { seed: 7 }).body);
    expect(fixtureFor("patchExperiment", { seed: 7 }).body).not.toEqual(
      fixtureFor("patchExperiment", { seed: 8 }).body,
    );
    const first = fixtureFor("patchExperiment").body;
    expect(fixtureFor("patchExperiment").body._id).not.toBe(first._id);
    resetFixtureSequence();
    expect(fixtureFor("patchExperiment").body).toEqual(first);
  });

  it("gives the URL for path parameters (encoded) and matches any URL of its route", () => {
    const fixture = fixtureFor("patchExperiment");
    expect(fixture.url({ ...PATH, experimentKey: "a/b c" }, "https://app.launchdarkly.com/")).toBe(
      "https://app.launchdarkly.com/api/v2/projects/web/environments/production/experiments/a%2Fb%20c",
    );
    expect(
      fixture.matches("https://app.launchdarkly.com/api/v2/projects/p/environments/e/experiments/x?expand=all"),
    ).toBe(true);
    expect(fixture.matches("/api/v2/projects/p/environments/e/experiments/x/iterations")).toBe(false);
    expect(
      fixture.matches(
        "https://h.example/base/api/v2/projects/p/environments/e/experiments/x",
        "https://h.example/base",
      ),
    ).toBe(true);
    expect(() => fixture.url({ projectKey: "p" })).toThrow('needs the path parameter "environmentKey"');
  });

  it("serves the same bodies for the same seed from the loopback mock server, an undici MockAgent and MSW", async () => {
    const answers: unknown[] = [];
    const fixture = () => fixtureFor("patchExperiment", { seed: "shared" });

    const mock = await createMockServer();
    try {
      const served = fixture();
      mock.respond("patchExperiment", { status: served.status, body: served.body, headers: served.headers });
      answers.push((await createClient({ baseUrl: mock.url, token: "api-token" }).patchExperiment(archive)).data);
    } finally {
      await mock.close();
    }

    const previous = getGlobalDispatcher();
    const agent = new MockAgent();
    agent.disableNetConnect();
    setGlobalDispatcher(agent);
    try {
      const served = fixture();
      agent
        .get(ORIGIN)
        .intercept({ path: served.url(PATH), method: served.method })
        .reply(served.status, JSON.stringify(served.body), { headers: served.headers });
      answers.push((await createClient({ baseUrl: ORIGIN, token: "api-token" }).patchExperiment(archive)).data);
    } finally {
      setGlobalDispatcher(previous);
      await agent.close();
    }

    const served = fixture();
    const server = setupServer(
      ...handlerFor(
        "patchExperiment",
        { status: served.status, body: served.body, headers: served.headers },
        { baseUrl: ORIGIN },
      ),
    );
    server.listen({ onUnhandledRequest: "error" });
    try {
      answers.push((await createClient({ baseUrl: ORIGIN, token: "api-token" }).patchExperiment(archive)).data);
    } finally {
      server.close();
    }

    expect(answers).toHaveLength(3);
    expect(answers[0]).toEqual(fixture().body);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});
