import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient, type IterationInput } from "../generated/dist/index.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";

const ITERATION: IterationInput = {
  hypothesis: "The new button placement will increase conversion",
  metrics: [{ key: "metric-key-123abc" }],
  primarySingleMetricKey: "metric-key-123abc",
  treatments: [
    {
      name: "Treatment 1",
      baseline: true,
      allocationPercent: "10",
      parameters: [{ flagKey: "flag", variationId: "v1" }],
    },
  ],
  flags: { flag: { ruleId: "fallthrough", flagConfigVersion: 12 } },
};

const PATH = { projectKey: "my-project", environmentKey: "production", experimentKey: "checkout/v2 test" };

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
});

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

describe("generated client against a loopback server", () => {
  it("sends createIteration as the service expects: method, encoded path, raw token, API version, JSON body", async () => {
    server.respond(() => json(200, { hypothesis: "h", status: "not_started", createdAt: 1654104600000 }));
    const client = createClient({ baseUrl: server.baseUrl, token: "api-0123-secret", deprecationWarnings: false });
    const { data, error } = await client.createIteration({ params: { path: PATH }, body: ITERATION });
    expect(error).toBeUndefined();
    expect(data?.status).toBe("not_started");
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(
      "/api/v2/projects/my-project/environments/production/experiments/checkout%2Fv2%20test/iterations",
    );
    expect(request?.headers.authorization).toBe("api-0123-secret");
    expect(request?.headers["ld-api-version"]).toBe("20240415");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual(ITERATION);
  });

  it("sends patchExperiment with the semantic-patch content type without the caller writing it", async () => {
    server.respond(() =>
      json(200, {
        key: "exp",
        name: "Exp",
        _maintainerId: "m",
        _creationDate: 1,
        environmentKey: "production",
        _links: {},
      }),
    );
    const client = createClient({ baseUrl: server.baseUrl, token: "tok" });
    const body = {
      instructions: [
        {
          kind: "saveAndStartNewIteration" as const,
          changeJustification: "new hypothesis",
          value: { hypothesis: { operation: "update" as const, value: "h2" } },
        },
      ],
    };
    const { data } = await client.patchExperiment({ params: { path: PATH }, body });
    expect(data?.key).toBe("exp");
    const [request] = server.requests;
    expect(request?.method).toBe("PATCH");
    expect(request?.url).toBe("/api/v2/projects/my-project/environments/production/experiments/checkout%2Fv2%20test");
    expect(request?.headers["content-type"]).toBe("application/json; domain-model=launchdarkly.semanticpatch");
    expect(JSON.parse(request?.body ?? "")).toEqual(body);
  });

  it("returns typed error bodies for 404 and 429", async () => {
    const client = createClient({ baseUrl: server.baseUrl, token: "tok" });
    server.respond(() => json(404, { code: "not_found", message: "Invalid resource identifier" }));
    const missing = await client.patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.data).toBeUndefined();
    if (missing.malformed) throw missing.error;
    // Narrowing by status gives that status's body type: here NotFoundErrorRep, `code` a typed string.
    let code: string | undefined;
    switch (missing.status) {
      case 404:
        code = missing.error.code;
        break;
      case 200:
        code = missing.data.key;
        break;
      default:
        code = undefined;
    }
    expect(code).toBe("not_found");

    server.respond(() => json(429, { code: "rate_limited", message: "slow down" }, { "retry-after": "1" }));
    const limited = await client.patchExperiment({
      params: { path: PATH },
      body: { instructions: [{ kind: "restoreExperiment" }] },
      retry: false,
    });
    expect(limited.response.status).toBe(429);
    expect(limited.error).toEqual({ code: "rate_limited", message: "slow down" });
  });

  it("merges extra headers and uses an injected fetch", async () => {
    server.respond(() =>
      json(200, {
        key: "exp",
        name: "Exp",
        _maintainerId: "m",
        _creationDate: 1,
        environmentKey: "production",
        _links: {},
      }),
    );
    const seen: string[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      headers: { "LD-API-Version": "beta" },
      fetch: (request) => {
        seen.push(request.url);
        return fetch(request);
      },
    });
    await client.patchExperiment({ params: { path: PATH }, body: { instructions: [{ kind: "archiveExperiment" }] } });
    expect(seen).toHaveLength(1);
    expect(server.requests[0]?.headers["ld-api-version"]).toBe("beta");
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("does not expose the token on the client object", () => {
    const client = createClient({ baseUrl: server.baseUrl, token: "api-do-not-leak" });
    expect(JSON.stringify(client)).not.toContain("api-do-not-leak");
    expect(Object.values(client).map(String).join("\n")).not.toContain("api-do-not-leak");
  });
});
