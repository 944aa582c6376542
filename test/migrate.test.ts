import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExperiment, buildIterationRep, buildNotFoundErrorRep } from "../generated/dist/fixtures.js";
import { createMockServer, type MockServer } from "../generated/dist/testing.js";
import { listFiles } from "../generator/write/plan-output.js";
import { dirContents } from "./support/dir-state.js";
import { type Outcomes, runExportedFunctions } from "./support/run-downstream.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { typecheckProject } from "./support/typecheck.js";

const FIXTURE = path.join(REPO_ROOT, "test/downstream/experiments-app");

/** A copy of the fixture project with the generated package installed as a real dependency would be. */
function downstreamProject(): string {
  const dir = makeTempDir("downstream");
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(
    path.join(REPO_ROOT, "generated"),
    path.join(dir, "node_modules", "launchdarkly-experiments-client"),
    "dir",
  );
  symlinkSync(path.join(REPO_ROOT, "node_modules", "@types"), path.join(dir, "node_modules", "@types"), "dir");
  return dir;
}

function migrate(dir: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/codegen.mjs"), "migrate", dir, ...flags], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  const normalize = (text: string) => text.split(path.relative(REPO_ROOT, dir)).join("<project>");
  return { status: result.status, stdout: normalize(result.stdout), stderr: normalize(result.stderr) };
}

function sources(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(path.join(dir, "src")).map((file) => [file, readFileSync(path.join(dir, "src", file), "utf8")]),
  );
}

/** `client.createIteration(` calls left in the sources, by file. */
function deprecatedCalls(dir: string): string[] {
  return Object.entries(sources(dir)).flatMap(([file, text]) =>
    [...text.matchAll(/\bclient\.createIteration\(/g)].map(() => file),
  );
}

/**
 * Answers in which the new iteration's id differs from the experiment's: a rewrite that reads the
 * experiment where the caller read the iteration returns other values.
 */
const NEW_ITERATION = buildIterationRep({
  _id: "iteration-new",
  status: "not_started",
  hypothesis: "Bigger buttons convert better",
});
const RUNNING_ITERATION = buildIterationRep({
  _id: "iteration-running",
  status: "running",
  hypothesis: "Bigger buttons convert better",
});
const SCENARIOS = {
  draft: (mock: MockServer) => {
    mock.respond("createIteration", { body: NEW_ITERATION });
    mock.respond("patchExperiment", {
      body: buildExperiment({
        _id: "experiment-1",
        draftIteration: NEW_ITERATION,
        currentIteration: buildIterationRep({ _id: "iteration-old", status: "running" }),
      }),
    });
  },
  start: (mock: MockServer) => {
    mock.respond("createIteration", { body: RUNNING_ITERATION });
    mock.respond("patchExperiment", {
      body: buildExperiment({ _id: "experiment-1", currentIteration: RUNNING_ITERATION }),
    });
  },
  notFound: (mock: MockServer) => {
    const answer = { status: 404, body: buildNotFoundErrorRep({ message: "Unknown experiment" }) };
    mock.respond("createIteration", answer);
    mock.respond("patchExperiment", answer);
  },
} as const;

describe("migrate: the codemod for downstream repositories", () => {
  let mock: MockServer;
  const projects: string[] = [];
  const project = () => {
    const dir = downstreamProject();
    projects.push(dir);
    return dir;
  };
  let runs = 0;
  /** The codes of the process warnings the projects' clients raised (once per code and process): checked, not printed. */
  const clientWarnings: string[] = [];
  /** Every exported function's result in one scenario, and which operations the mock saw. */
  async function behaviour(
    dir: string,
    scenario: keyof typeof SCENARIOS,
  ): Promise<{ outcomes: Outcomes; operations: string[] }> {
    mock.reset();
    SCENARIOS[scenario](mock);
    runs += 1;
    const emitWarning = process.emitWarning;
    process.emitWarning = ((_message: string | Error, options?: { code?: string }) => {
      clientWarnings.push(options?.code ?? "(no code)");
    }) as typeof process.emitWarning;
    let outcomes: Outcomes;
    try {
      outcomes = await runExportedFunctions(dir, `${scenario}-${runs}`);
    } finally {
      process.emitWarning = emitWarning;
    }
    return {
      outcomes,
      operations: [...new Set(mock.requests.map((request) => `${request.operation ?? "?"} ${request.status}`))].sort(),
    };
  }

  beforeAll(async () => {
    mock = await createMockServer({ seed: 7 });
    process.env.LD_BASE_URL = mock.url;
    process.env.LD_API_TOKEN = "api-test-token";
  });
  afterAll(async () => {
    await mock.close();
    for (const dir of projects) removeDir(dir);
  });

  describe("the default rewrite", () => {
    let dir: string;
    const before: Partial<Record<keyof typeof SCENARIOS, Outcomes>> = {};
    beforeAll(async () => {
      dir = project();
      for (const scenario of ["draft", "notFound"] as const)
        before[scenario] = (await behaviour(dir, scenario)).outcomes;
    });

    it("type-checks before migration, and its functions answer from the deprecated operation", async () => {
      expect(typecheckProject(dir)).toEqual([]);
      expect(before.draft?.["results.ts:newIterationId"]).toBe("iteration-new");
      // The project's client (it sets no onWarning) warned that createIteration is deprecated, once.
      expect(clientWarnings).toEqual(["OPENAPI_DEP_CREATE_ITERATION"]);
      expect((await behaviour(dir, "draft")).operations).toEqual(["createIteration 200"]);
    });

    it("without --write prints a unified diff, reports what it refuses, and changes nothing", async () => {
      const snapshot = dirContents(path.join(dir, "src"));
      const dry = migrate(dir);
      expect(dry.status).toBe(1);
      expect(dirContents(path.join(dir, "src"))).toEqual(snapshot);
      expect(dry.stdout).toContain(
        "+  await client.patchExperiment(migrateCreateIteration({ params: { path }, body: iteration }));",
      );
      expect(dry.stdout).toContain(
        "+  const result = await createIterationViaPatchExperiment(client, { params: { path }, body: iteration });",
      );
      await expect(`${dry.stdout}\n--- stderr ---\n${dry.stderr}`).toMatchFileSnapshot(
        "__file_snapshots__/migrate/dry-run.txt",
      );
    });

    it("with --write rewrites every call it can find, reports the rest with file, line and reason, and the project type-checks", async () => {
      const written = migrate(dir, "--write");
      expect(written.status).toBe(1);
      expect(written.stderr).toContain("migrate: rewrote 15 call(s) in 4 file(s); 5 left with a reason");
      expect(written.stderr).toContain(
        '  createIteration → patchExperiment, mode "draft" (updateExperimentFields): The experiment keeps its current iteration',
      );
      expect(written.stderr).toContain(
        "<project>/src/refused.ts:5:17: cannot rewrite this createIteration call: `createIteration` is taken as a value here, not called; rewrite its uses by hand",
      );
      expect(written.stderr).toContain(
        "<project>/src/refused.ts:10:24: cannot rewrite this createIteration call: its argument is spread",
      );
      expect(written.stderr).toContain(
        "<project>/src/refused.ts:17:24: cannot rewrite this createIteration call: the method is chosen at run time by a computed key; rewrite it by hand",
      );
      expect(written.stderr).toContain(
        "<project>/src/refused.ts:25:24: cannot rewrite this createIteration call: the client `api` is assigned again at line 24, so it may not be the same object at each call",
      );
      expect(written.stderr).toContain(
        "<project>/src/refused.ts:35:23: cannot rewrite this createIteration call: the replacement can also answer 409, which `CreateIterationResult` (the type this result is passed to) does not include; widen that type, or rewrite this call by hand",
      );
      expect(typecheckProject(dir)).toEqual([]);
      const after = sources(dir);
      for (const [file, text] of Object.entries(after))
        await expect(text).toMatchFileSnapshot(`__file_snapshots__/migrate/src/${file}`);
      // Calls of the deprecated method remain only where reported; look-alike methods are untouched.
      expect(deprecatedCalls(dir)).toEqual(["refused.ts", "refused.ts"]);
      expect(after["unrelated.ts"]).toBe(readFileSync(path.join(FIXTURE, "src/unrelated.ts"), "utf8"));
    });

    it("keeps what every function returns, through the replacement, on success and on error", async () => {
      const draft = await behaviour(dir, "draft");
      expect(draft.outcomes).toEqual(before.draft);
      // Only the calls it had to leave still reach the deprecated operation.
      expect(draft.operations).toEqual(["createIteration 200", "patchExperiment 200"]);
      expect((await behaviour(dir, "notFound")).outcomes).toEqual(before.notFound);
    });

    it("is idempotent: a second run changes nothing and reports the same calls", () => {
      const snapshot = dirContents(path.join(dir, "src"));
      const again = migrate(dir, "--write");
      expect(again.stderr).toContain("migrate: rewrote 0 call(s) in 0 file(s); 5 left with a reason");
      expect(dirContents(path.join(dir, "src"))).toEqual(snapshot);
    });
  });

  it("--inline writes the replacement's request where the body is an object literal, and keeps the same behaviour", async () => {
    const dir = project();
    const before = (await behaviour(dir, "draft")).outcomes;
    const written = migrate(dir, "--write", "--inline");
    expect(written.stderr).toContain("migrate: rewrote 15 call(s) in 4 file(s); 5 left with a reason");
    expect(typecheckProject(dir)).toEqual([]);
    const results = sources(dir)["results.ts"] ?? "";
    await expect(results).toMatchFileSnapshot("__file_snapshots__/migrate/inline/results.ts");
    expect(results).toContain('kind: "updateExperimentFields"');
    expect(results).toContain("selectData(client.patchExperiment({");
    expect((await behaviour(dir, "draft")).outcomes).toEqual(before);
  });

  it("--mode start sends saveAndStartNewIteration and reads the running iteration", async () => {
    const dir = project();
    const before = (await behaviour(dir, "start")).outcomes;
    const written = migrate(dir, "--write", "--mode", "start");
    expect(written.stderr).toContain("migrate: rewrote 15 call(s) in 4 file(s); 5 left with a reason");
    expect(sources(dir)["results.ts"]).toContain(
      'createIterationViaPatchExperiment(client, { params: { path }, body: iteration }, { mode: "start" })',
    );
    expect(typecheckProject(dir)).toEqual([]);
    expect((await behaviour(dir, "start")).outcomes).toEqual(before);
    const kinds = mock.requests.flatMap((request) =>
      request.operation === "patchExperiment" ? [JSON.stringify(request.body)] : [],
    );
    expect(kinds.every((body) => body.includes('"kind":"saveAndStartNewIteration"'))).toBe(true);
  });

  it("migrates the folder it is given even where the tsconfig's include leaves it out, and refuses a folder with no TypeScript", () => {
    const dir = project();
    const tsconfig = path.join(dir, "tsconfig.json");
    writeFileSync(tsconfig, readFileSync(tsconfig, "utf8").replace('"include": ["src"]', '"include": ["lib"]'));
    // Before, none of src/ was in the program: "would rewrite 0 call(s) in 0 file(s)", exit 0.
    const dry = migrate(path.join(dir, "src"));
    expect(dry.stderr).toContain("migrate: would rewrite 15 call(s) in 4 file(s); 5 left with a reason");
    expect(dry.status).toBe(1);
    mkdirSync(path.join(dir, "empty"));
    writeFileSync(path.join(dir, "empty", "notes.md"), "no code here\n");
    const empty = migrate(path.join(dir, "empty"));
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("<project>: has no TypeScript file (.ts, .tsx, .mts, .cts) to migrate");
  });

  it("says what is wrong with a directory that is not one, and with an unknown mode", () => {
    const missing = migrate(path.join(REPO_ROOT, "test", "nope"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("is not a directory: migrate takes the root of a TypeScript project");
    const mode = migrate(path.join(REPO_ROOT, "test", "downstream", "experiments-app"), "--mode", "later");
    expect(mode.status).toBe(2);
    expect(mode.stderr).toContain('unknown --mode "later" (known modes: draft, start)');
  });
});
