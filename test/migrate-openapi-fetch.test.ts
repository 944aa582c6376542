import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExperiment, buildIterationRep, buildNotFoundErrorRep } from "../generated/dist/fixtures.js";
import { createMockServer, type MockServer } from "../generated/dist/testing.js";
import { listFiles } from "../generator/write/plan-output.js";
import { dirContents } from "./support/dir-state.js";
import { type Outcomes, runExportedFunctions } from "./support/run-downstream.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { typecheckProject } from "./support/typecheck.js";

const FIXTURE = path.join(REPO_ROOT, "test/downstream-openapi-fetch/experiments-app");

/** Headers fetch itself sets, the same for both clients. */
const TRANSPORT_HEADERS = [
  "host",
  "connection",
  "content-length",
  "user-agent",
  "accept-encoding",
  "accept-language",
  "sec-fetch-mode",
];

/** A copy of the consumer with the generated package and openapi-fetch installed as real dependencies would be. */
function consumerProject(): string {
  const dir = makeTempDir("downstream-fetch");
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(path.join(dir, "node_modules"));
  const link = (target: string, name: string) => symlinkSync(target, path.join(dir, "node_modules", name), "dir");
  link(path.join(REPO_ROOT, "generated"), "launchdarkly-experiments-client");
  link(path.join(REPO_ROOT, "node_modules", "openapi-fetch"), "openapi-fetch");
  link(path.join(REPO_ROOT, "node_modules", "@types"), "@types");
  return dir;
}

function migrate(dir: string, ...flags: string[]) {
  const args = [path.join(REPO_ROOT, "bin/codegen.mjs"), "migrate", "--from", "openapi-fetch", dir, ...flags];
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: "utf8" });
  const normalize = (text: string) => text.split(path.relative(REPO_ROOT, dir)).join("<project>");
  return { status: result.status, stdout: normalize(result.stdout), stderr: normalize(result.stderr) };
}

function sources(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(path.join(dir, "src")).map((file) => [file, readFileSync(path.join(dir, "src", file), "utf8")]),
  );
}

const SCENARIOS = {
  success: (mock: MockServer) => {
    mock.respond("createIteration", { body: buildIterationRep({ _id: "iteration-new", status: "not_started" }) });
    mock.respond("patchExperiment", { body: buildExperiment({ key: "checkout", name: "Checkout" }) });
  },
  notFound: (mock: MockServer) => {
    const answer = { status: 404, body: buildNotFoundErrorRep({ code: "not_found", message: "Unknown experiment" }) };
    mock.respond("createIteration", answer);
    mock.respond("patchExperiment", answer);
  },
} as const;

interface Run {
  readonly outcomes: Outcomes;
  /** Every request as the mock received it, in order, without the headers fetch itself sets. */
  readonly requests: Record<string, unknown>[];
}

describe("migrate --from openapi-fetch: a consumer of openapi-fetch's createClient<paths>()", () => {
  let mock: MockServer;
  let dir: string;
  let runs = 0;
  const before: Partial<Record<keyof typeof SCENARIOS, Run>> = {};

  async function behaviour(scenario: keyof typeof SCENARIOS): Promise<Run> {
    mock.reset();
    SCENARIOS[scenario](mock);
    runs += 1;
    const emitWarning = process.emitWarning;
    // The generated client warns once that createIteration is deprecated: not part of what is compared.
    process.emitWarning = (() => undefined) as typeof process.emitWarning;
    try {
      const outcomes = await runExportedFunctions(dir, `${scenario}-${runs}`);
      const requests = mock.requests.map((request) => ({
        method: request.method,
        path: request.path,
        query: request.query,
        body: request.body,
        status: request.status,
        headers: Object.fromEntries(
          Object.entries(request.headers).filter(([name]) => !TRANSPORT_HEADERS.includes(name)),
        ),
      }));
      return { outcomes, requests };
    } finally {
      process.emitWarning = emitWarning;
    }
  }

  beforeAll(async () => {
    mock = await createMockServer({ seed: 7 });
    process.env.LD_BASE_URL = mock.url;
    process.env.LD_API_TOKEN = "api-test-token";
    dir = consumerProject();
    for (const scenario of ["success", "notFound"] as const) before[scenario] = await behaviour(scenario);
  });
  afterAll(async () => {
    await mock.close();
    removeDir(dir);
  });

  it("type-checks and runs against the mock through openapi-fetch before the rewrite", () => {
    expect(typecheckProject(dir)).toEqual([]);
    expect(before.success?.outcomes["iterations.ts:newIterationId"]).toBe("iteration-new");
    expect(before.success?.outcomes["experiments.ts:renameThroughRequest"]).toBe("Checkout");
    expect(before.notFound?.outcomes["experiments.ts:archive"]).toBe("404: not_found");
    // No Content-Type: the mock refuses the plain application/json body (400), as the real service does.
    expect(before.success?.outcomes["refused.ts:plainJsonPatch"]).toBe(400);
  });

  it("without --write prints a unified diff, the calls it leaves with their reasons, and changes nothing", () => {
    const snapshot = dirContents(path.join(dir, "src"));
    const dry = migrate(dir);
    expect(dry.status).toBe(1);
    expect(dirContents(path.join(dir, "src"))).toEqual(snapshot);
    expect(dry.stdout).toContain(
      '+  const { data, error } = await clientGenerated.createIteration({ parseAs: "json", params: { path }, body: iteration });',
    );
    expect(dry.stdout).toContain("+  middleware: [auth],");
    // openapi-fetch sent neither the documented Accept nor the header default: the client-level nulls remove both.
    expect(dry.stdout).toContain(
      '+  headers: { Accept: null, "LD-API-Version": null, "X-Consumer": "experiments-app" },',
    );
    expect(dry.stdout).toContain("+  retry: false,");
    expect(dry.stderr).toContain(
      "<project>/src/refused.ts:8:26: cannot rewrite this openapi-fetch call: the path `ITERATIONS` is not a literal, so which operation it calls is not known before it runs",
    );
    expect(dry.stderr).toContain(
      "<project>/src/refused.ts:14:30: cannot rewrite this openapi-fetch call: openapi-fetch sends this body as application/json, which the operation does not take",
    );
    expect(dry.stderr).toContain(
      "<project>/src/refused.ts:28:10: cannot rewrite this openapi-fetch call: its promise is used other than by awaiting it; rewrite by hand",
    );
    expect(dry.stderr).toContain("migrate: would rewrite 5 call(s) in 3 file(s); 3 left with a reason");
  });

  it("with --write the project type-checks, and every function reads the same data and error from the same requests", async () => {
    const written = migrate(dir, "--write");
    expect(written.status).toBe(1);
    expect(written.stderr).toContain("migrate: rewrote 5 call(s) in 3 file(s); 3 left with a reason");
    expect(typecheckProject(dir)).toEqual([]);
    const after = sources(dir);
    expect(after["iterations.ts"]).not.toMatch(/client\.POST/);
    expect(after["experiments.ts"]).toContain("await clientGenerated.patchExperiment({");
    for (const scenario of ["success", "notFound"] as const) {
      const run = await behaviour(scenario);
      expect(run.outcomes).toEqual(before[scenario]?.outcomes);
      expect(run.requests).toEqual(before[scenario]?.requests);
    }
  });

  it("is idempotent: a second run changes nothing and reports the same calls", () => {
    const snapshot = dirContents(path.join(dir, "src"));
    const again = migrate(dir, "--write");
    expect(again.stderr).toContain("migrate: rewrote 0 call(s) in 0 file(s); 3 left with a reason");
    expect(dirContents(path.join(dir, "src"))).toEqual(snapshot);
  });

  it("refuses an unknown --from", () => {
    const unknown = migrate(dir, "--from", "axios");
    expect(unknown.status).toBe(2);
  });
});
