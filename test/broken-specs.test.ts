import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../generator/cli.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

const BROKEN_DIR = "test/specs/broken";
const LINT_DIR = "test/specs/lint";

async function runBroken(specPath: string, ...flags: string[]): Promise<{ code: number; stderr: string }> {
  const stderr: string[] = [];
  const code = await runCli(["--spec", specPath, "--out", "test/.tmp/never-written", ...flags], {
    stdout: () => undefined,
    stderr: (text) => stderr.push(text),
  });
  return { code, stderr: stderr.join("\n") };
}

describe("broken specs", () => {
  it("each exits 2 with every problem, its file, line, column and pointer (messages pinned)", async () => {
    const report: string[] = [];
    const names = [...readdirSync(path.join(REPO_ROOT, BROKEN_DIR)).sort(), "does-not-exist.yaml"];
    for (const name of names) {
      const { code, stderr } = await runBroken(path.join(BROKEN_DIR, name));
      expect(code, name).toBe(2);
      expect(stderr, name).not.toMatch(/\n\s+at /);
      report.push(`$ codegen --spec ${BROKEN_DIR}/${name}\n${stderr}\n`);
    }
    await expect(report.join("\n")).toMatchFileSnapshot("__file_snapshots__/broken-specs.txt");
  });

  it("with only warnings, generate and print them grouped and located; --strict refuses them (messages pinned)", async () => {
    const report: string[] = [];
    const out = makeTempDir("lint-out");
    try {
      for (const name of readdirSync(path.join(REPO_ROOT, LINT_DIR)).sort()) {
        const specPath = path.join(LINT_DIR, name);
        const stderr: string[] = [];
        const code = await runCli(["--spec", specPath, "--out", path.join(out, name)], {
          stdout: () => undefined,
          stderr: (text) => stderr.push(text),
        });
        expect(code, name).toBe(0);
        const quietErr: string[] = [];
        const quiet = await runCli(["--spec", specPath, "--out", path.join(out, name), "--quiet", "--check"], {
          stdout: () => undefined,
          stderr: (text) => quietErr.push(text),
        });
        expect([quiet, ...quietErr], name).toEqual([0]);
        const strict = await runBroken(specPath, "--strict");
        expect(strict.code, name).toBe(2);
        report.push(
          `$ codegen --spec ${LINT_DIR}/${name}\n${stderr.join("\n")}\n\n$ codegen --spec ${LINT_DIR}/${name} --strict\n${strict.stderr}\n`,
        );
      }
    } finally {
      removeDir(out);
    }
    await expect(report.join("\n")).toMatchFileSnapshot("__file_snapshots__/lint-specs.txt");
  });

  it("refuses a 50 MB file before parsing it", async () => {
    const dir = makeTempDir("huge");
    try {
      const file = path.join(dir, "huge.yaml");
      const line = `# ${"x".repeat(1022)}\n`;
      writeFileSync(file, `openapi: 3.1.0\n${line.repeat(50 * 1024)}`);
      const started = Date.now();
      const { code, stderr } = await runBroken(file);
      expect(code).toBe(2);
      expect(stderr).toContain("huge.yaml: file is 50.0 MB, over the 32 MB limit for an OpenAPI document");
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      removeDir(dir);
    }
  });
});
