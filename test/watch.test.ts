import { spawn } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dirContents } from "./support/dir-state.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("generate --watch", () => {
  const dir = makeTempDir("watch");
  afterAll(() => removeDir(dir));

  it("regenerates on edits, keeps the last good output on a broken save, and stops cleanly on Ctrl-C", async () => {
    const spec = path.join(dir, "spec.yaml");
    const out = path.join(dir, "out");
    cpSync(path.join(REPO_ROOT, "spec/openapi.yaml"), spec);
    const child = spawn(
      process.execPath,
      [path.join(REPO_ROOT, "bin/codegen.mjs"), "--watch", "--spec", spec, "--out", out],
      { cwd: REPO_ROOT },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      await until(() => /written/.test(stdout), "the first generation");
      const client = () => readFileSync(path.join(out, "src/client.ts"), "utf8");
      expect(client()).toContain("Update experiment");

      writeFileSync(
        spec,
        readFileSync(spec, "utf8").replace("summary: Update experiment", "summary: Update an experiment (edited)"),
      );
      await until(() => client().includes("Update an experiment (edited)"), "the regeneration after an edit");

      const good = dirContents(out);
      writeFileSync(spec, "openapi: 3.1.0\ninfo: [broken\n");
      await until(() => /cannot parse YAML/.test(stderr), "the problem report of a broken save");
      expect(stderr).toContain("The last good output is kept.");
      expect(dirContents(out)).toEqual(good);

      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(stderr).toContain("stopped watching");
    } finally {
      child.kill("SIGKILL");
    }
  });
});
