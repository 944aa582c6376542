import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../generator/write/plan-output.js";
import { dirContents } from "./support/dir-state.js";
import { REPO_ROOT, makeTempDir, removeDir } from "./support/temp-dirs.js";
import { typecheckProject } from "./support/typecheck.js";

const FIXTURE = path.join(REPO_ROOT, "test/downstream/experiments-app");

/** A copy of the fixture project with the generated package installed as a real dependency would be. */
function downstreamProject(): string {
  const dir = makeTempDir("downstream");
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(path.join(REPO_ROOT, "generated"), path.join(dir, "node_modules", "launchdarkly-experiments-client"), "dir");
  symlinkSync(path.join(REPO_ROOT, "node_modules", "@types"), path.join(dir, "node_modules", "@types"), "dir");
  return dir;
}

function migrate(dir: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/codegen.mjs"), "migrate", dir, ...flags], { cwd: REPO_ROOT, encoding: "utf8" });
  const normalize = (text: string) => text.split(path.relative(REPO_ROOT, dir)).join("<project>");
  return { status: result.status, stdout: normalize(result.stdout), stderr: normalize(result.stderr) };
}

function sources(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(path.join(dir, "src")).map((file) => [file, readFileSync(path.join(dir, "src", file), "utf8")]));
}

describe("migrate: the codemod for downstream repositories", () => {
  let dir: string;
  beforeAll(() => {
    dir = downstreamProject();
  });
  afterAll(() => removeDir(dir));

  it("type-checks before migration (the fixture is a working project)", () => {
    expect(typecheckProject(dir)).toEqual([]);
  });

  it("without --write prints a unified diff, reports what it refuses, and changes nothing", async () => {
    const before = dirContents(path.join(dir, "src"));
    const dry = migrate(dir);
    expect(dry.status).toBe(1);
    expect(dirContents(path.join(dir, "src"))).toEqual(before);
    expect(dry.stdout).toContain("+  await client.patchExperiment(migrateCreateIteration({ params: { path }, body: iteration }));");
    await expect(`${dry.stdout}\n--- stderr ---\n${dry.stderr}`).toMatchFileSnapshot("__file_snapshots__/migrate/dry-run.txt");
  });

  it("with --write rewrites every call it can, leaves the rest reported with file, line and reason, and the project type-checks", async () => {
    const written = migrate(dir, "--write");
    expect(written.status).toBe(1);
    expect(written.stderr).toContain("migrate: rewrote 6 call(s) in 2 file(s); 2 left with a reason");
    expect(written.stderr).toContain("<project>/src/refused.ts:5:26: cannot rewrite this createIteration call: the rewritten code would not type-check");
    expect(written.stderr).toContain("<project>/src/refused.ts:15:9: cannot rewrite this createIteration call: its argument is spread");
    expect(typecheckProject(dir)).toEqual([]);
    const after = sources(dir);
    for (const [file, text] of Object.entries(after)) await expect(text).toMatchFileSnapshot(`__file_snapshots__/migrate/src/${file}`);
    // Calls of the deprecated method remain only where reported; an unrelated method of the same name is untouched.
    const remaining = Object.entries(after).flatMap(([file, text]) => [...text.matchAll(/\.createIteration\(/g)].map(() => file));
    expect(remaining).toEqual(["refused.ts", "refused.ts", "unrelated.ts"]);
    expect(after["unrelated.ts"]).toBe(readFileSync(path.join(FIXTURE, "src/unrelated.ts"), "utf8"));
  });

  it("is idempotent: a second run changes nothing and reports the same calls", () => {
    const before = dirContents(path.join(dir, "src"));
    const again = migrate(dir, "--write");
    expect(again.stderr).toContain("migrate: rewrote 0 call(s) in 0 file(s); 2 left with a reason");
    expect(dirContents(path.join(dir, "src"))).toEqual(before);
  });

  it("says what is wrong with a directory that is not one", () => {
    const missing = migrate(path.join(dir, "nope"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("is not a directory: migrate takes the root of a TypeScript project");
  });
});
