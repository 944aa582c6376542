import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIterationInput } from "../generated/dist/fixtures.js";
import { type ClientWarning, createClient, migrateCreateIteration } from "../generated/dist/index.js";
import { createMockServer, type MockServer } from "../generated/dist/testing.js";
import { loadSpec } from "../generator/load/load-spec.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { schemaValidators } from "./support/schema-validator.js";

const PATH = { projectKey: "p", environmentKey: "e", experimentKey: "x" };
const validatePatch = schemaValidators((await loadSpec("spec/openapi.yaml")).document)("ExperimentPatchInput");

describe("migrateCreateIteration", () => {
  it("turns every field of the request into an update, in draft and start modes", () => {
    const body = buildIterationInput(undefined, { seed: 1 });
    const draft = migrateCreateIteration({ params: { path: PATH }, body });
    expect(draft.params).toEqual({ path: PATH });
    expect(draft.body).toEqual({
      instructions: [
        {
          kind: "updateExperimentFields",
          value: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, { operation: "update", value: v }])),
        },
      ],
    });
    const start = migrateCreateIteration(
      { params: { path: PATH }, body, signal: null },
      { mode: "start", changeJustification: "New hypothesis", comment: "migrated" },
    );
    expect(start.body.comment).toBe("migrated");
    expect(start.body.instructions[0]).toMatchObject({
      kind: "saveAndStartNewIteration",
      changeJustification: "New hypothesis",
    });
    expect(start.signal).toBeNull(); // other call options carry over
  });

  it("produces bodies valid against the semantic-patch schema for many iteration inputs (property-based)", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom("draft" as const, "start" as const),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        (seed, mode, changeJustification, comment) => {
          const body = buildIterationInput(undefined, { seed });
          const options = {
            mode,
            ...(changeJustification === undefined ? {} : { changeJustification }),
            ...(comment === undefined ? {} : { comment }),
          };
          const migrated = migrateCreateIteration({ params: { path: PATH }, body }, options);
          expect(validatePatch(migrated.body), JSON.stringify(validatePatch.errors)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is accepted by the contract mock as a patchExperiment request", async () => {
    const server: MockServer = await createMockServer();
    try {
      const client = createClient({ baseUrl: server.url, token: "t", retry: false });
      const request = { params: { path: PATH }, body: buildIterationInput() };
      const result = await client.patchExperiment(
        migrateCreateIteration(request, { mode: "start", changeJustification: "why" }),
      );
      expect(result.status).toBe(200);
      expect(server.requests[0]?.headers["content-type"]).toBe(
        "application/json; domain-model=launchdarkly.semanticpatch",
      );
    } finally {
      await server.close();
    }
  });
});

describe("Deprecation and Sunset response headers", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer();
    server.respond(() => ({
      status: 200,
      headers: {
        "content-type": "application/json",
        deprecation: "@1688169599",
        sunset: "Wed, 01 Jan 2031 00:00:00 GMT",
        link: '<https://example.test/docs/other>; rel="help", <https://example.test/api/v3/experiments>; rel="successor-version"',
      },
      body: "{}",
    }));
  });
  afterAll(() => server.close());

  it("warn exactly once per operation, with the dates and the successor link, through onWarning", async () => {
    const warnings: ClientWarning[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      token: "secret-token",
      onWarning: (warning) => warnings.push(warning),
    });
    for (let i = 0; i < 3; i += 1)
      await client.patchExperiment({ params: { path: PATH }, body: { instructions: [{ kind: "archiveExperiment" }] } });
    const serverWarnings = warnings.filter((warning) => warning.code.startsWith("OPENAPI_SERVER_DEP_"));
    expect(serverWarnings).toEqual([
      {
        code: "OPENAPI_SERVER_DEP_PATCH_EXPERIMENT",
        operation: "patchExperiment",
        message:
          "the server marks patchExperiment as deprecated since 2023-06-30; it stops working after 2031-01-01 (Sunset); successor: https://example.test/api/v3/experiments.",
      },
    ]);
    await client.createIteration({ params: { path: PATH }, body: buildIterationInput() });
    const codes = warnings.map((warning) => warning.code);
    expect(codes.filter((code) => code === "OPENAPI_SERVER_DEP_CREATE_ITERATION")).toHaveLength(1);
    expect(JSON.stringify(warnings)).not.toContain("secret-token");
  });
});
