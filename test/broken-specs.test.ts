import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../generator/cli.js";
import { REPO_ROOT } from "./support/temp-dirs.js";

const BROKEN_DIR = "test/specs/broken";

describe("broken specs", () => {
  it("each exits 2 with every problem, its file, line, column and pointer (messages pinned)", async () => {
    const report: string[] = [];
    for (const name of readdirSync(path.join(REPO_ROOT, BROKEN_DIR)).sort()) {
      const stderr: string[] = [];
      const code = await runCli(["--spec", path.join(BROKEN_DIR, name), "--out", "test/.tmp/never-written"], {
        stdout: () => undefined,
        stderr: (text) => stderr.push(text),
      });
      expect(code, name).toBe(2);
      report.push(`$ codegen --spec ${BROKEN_DIR}/${name}\n${stderr.join("\n")}\n`);
    }
    await expect(report.join("\n")).toMatchFileSnapshot("__file_snapshots__/broken-specs.txt");
  });
});
