import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../generator/cli.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { sharedPresent, UPSTREAM } from "./support/shared-files.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { STRICT_OPTIONS, typecheck } from "./support/typecheck.js";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

describe("a real downstream install of the packed package", () => {
  const consumer = makeTempDir("consumer");
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer();
    const packDir = path.join(consumer, "pack");
    mkdirSync(packDir);
    execFileSync(NPM, ["pack", path.join(REPO_ROOT, "generated"), "--pack-destination", packDir, "--silent"], {
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
    const tarball = readdirSync(packDir).find((file) => file.endsWith(".tgz")) ?? "";
    writeFileSync(
      path.join(consumer, "package.json"),
      JSON.stringify({
        name: "consumer",
        private: true,
        type: "module",
        dependencies: { "launchdarkly-experiments-client": `file:pack/${tarball}` },
      }),
    );
    // Installs the tarball and its one dependency (openapi-fetch) from the registry, like any downstream repo.
    execFileSync(NPM, ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], {
      cwd: consumer,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    });
  }, 180_000);
  afterAll(async () => {
    await server.close();
    removeDir(consumer);
  });

  it("installs compiled JavaScript and declarations, and nothing from this repository", () => {
    const installed = path.join(consumer, "node_modules", "launchdarkly-experiments-client");
    expect(existsSync(path.join(installed, "dist", "index.js"))).toBe(true);
    expect(existsSync(path.join(installed, "dist", "index.d.ts"))).toBe(true);
    expect(existsSync(path.join(consumer, "node_modules", "openapi-fetch"))).toBe(true);
  });

  it("type-checks a TypeScript consumer, and rejects a wrong body type", () => {
    // skipLibCheck off: the installed declarations themselves must type-check too.
    const options = { ...STRICT_OPTIONS, skipLibCheck: false, types: [] };
    const good = path.join(consumer, "good.ts");
    writeFileSync(
      good,
      [
        'import { createClient, migrateCreateIteration } from "launchdarkly-experiments-client";',
        'import { buildIterationInput } from "launchdarkly-experiments-client/fixtures";',
        'const client = createClient({ token: "t" });',
        'const path = { projectKey: "p", environmentKey: "e", experimentKey: "x" };',
        "export const done = client.patchExperiment(migrateCreateIteration({ params: { path }, body: buildIterationInput() }));",
      ].join("\n"),
    );
    expect(typecheck([good], options)).toEqual([]);
    const bad = path.join(consumer, "bad.ts");
    writeFileSync(
      bad,
      [
        'import { createClient } from "launchdarkly-experiments-client";',
        "const client = createClient();",
        'export const wrong = client.createIteration({ params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { hypothesis: 42 } });',
      ].join("\n"),
    );
    const errors = typecheck([bad], options);
    expect(errors.join("\n")).toMatch(/hypothesis|not assignable/);
  });

  it("runs from plain Node ESM against a loopback server", async () => {
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ key: "x" }),
    }));
    const script = `import { createClient } from "launchdarkly-experiments-client";
      const client = createClient({ baseUrl: ${JSON.stringify(server.baseUrl)}, token: "t", retry: false });
      const result = await client.patchExperiment({ params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "a/b" } }, body: { instructions: [{ kind: "archiveExperiment" }] } });
      console.log(result.status, result.data.key);`;
    // Asynchronously: a synchronous spawn would block the loopback server living in this process.
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise((resolve) => child.on("exit", resolve));
    expect(stderr).toBe("");
    expect(stdout.trim()).toBe("200 x");
    expect(server.requests[0]?.url).toBe("/api/v2/projects/p/environments/e/experiments/a%2Fb");
  });

  it("passes publint", () => {
    const result = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, "node_modules/publint/src/cli.js"), path.join(REPO_ROOT, "generated")],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("All good!");
  });
});

describe.skipIf(!sharedPresent(UPSTREAM, "drift against upstream"))("drift against the upstream document", () => {
  it("names the real differences, both ways, and nothing invented", async () => {
    let out = "";
    // A relative path: the snapshot must not depend on where the clone lives.
    const upstream = path.relative(process.cwd(), UPSTREAM);
    const code = await runCli(["drift", "--upstream", upstream, "--spec", "spec/openapi.yaml"], {
      stdout: (text) => (out += `${text}\n`),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    for (const expected of [
      "createIteration: deprecated in the fragment, not upstream",
      "createIteration: the replacement (x-replacement) is only in the fragment",
      "IterationInput.covariateId: only in the fragment",
      "Experiment.currentIteration.covariateInfo: only in the fragment",
      "ExperimentPatchInput.instructions[]: type: upstream object, fragment union",
      "schema UpdateExperimentFieldsInstruction: only in the fragment",
      "schema SaveAndStartNewIterationInstruction: only in the fragment",
      "patchExperiment request body: content type: upstream application/json, fragment application/json; domain-model=launchdarkly.semanticpatch",
    ]) {
      expect(lines).toContain(expected);
    }
    // Shapes both documents agree on are not reported.
    expect(lines.some((line) => line.startsWith("IterationInput.hypothesis"))).toBe(false);
    expect(lines.some((line) => line.startsWith("LayerSnapshotRep"))).toBe(false);
    await expect(out).toMatchFileSnapshot("__file_snapshots__/drift-upstream.txt");
  });
});
