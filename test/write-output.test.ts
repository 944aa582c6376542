import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recoverInterruptedWrite } from "../generator/write/write-output.js";
import { dirContents } from "./support/dir-state.js";
import { sharedPresent, UPSTREAM } from "./support/shared-files.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

const BIN = path.join(REPO_ROOT, "bin/codegen.mjs");

function cli(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: "utf8" });
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

let work: string;
beforeAll(() => {
  work = makeTempDir("write");
});
afterAll(() => removeDir(work));

describe("recovery from a run killed mid-write", () => {
  // A pid that cannot be alive: above the kernel's limit.
  const DEAD = "4194305";

  it("puts the complete new generation in place when the kill fell between the two renames", () => {
    const parent = path.join(work, "between");
    writeTree(path.join(parent, `.out.ready-${DEAD}-a`), { "a.txt": "new" });
    writeTree(path.join(parent, `.out.old-${DEAD}-a`), { "a.txt": "old" });
    recoverInterruptedWrite(path.join(parent, "out"));
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(spawnSync("cat", [path.join(parent, "out", "a.txt")], { encoding: "utf8" }).stdout).toBe("new");
  });

  it("restores the previous generation when only it is left, and removes stray work directories", () => {
    const parent = path.join(work, "only-old");
    writeTree(path.join(parent, `.out.old-${DEAD}-b`), { "a.txt": "old" });
    writeTree(path.join(parent, `.out.tmp-${DEAD}-c`), { "half.txt": "half" });
    recoverInterruptedWrite(path.join(parent, "out"));
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(readdirSync(path.join(parent, "out"))).toEqual(["a.txt"]);
  });

  it("leaves the work directories of a live run alone", () => {
    const parent = path.join(work, "live");
    writeTree(path.join(parent, "out"), { "a.txt": "current" });
    writeTree(path.join(parent, `.out.tmp-${process.pid}-d`), { "a.txt": "in progress" });
    recoverInterruptedWrite(path.join(parent, "out"));
    expect(readdirSync(parent).sort()).toEqual([`.out.tmp-${process.pid}-d`, "out"]);
  });
});

describe("an unwritable output location", () => {
  it("gives a clear error, exit 2, and no stack trace", () => {
    const file = path.join(work, "a-file");
    writeFileSync(file, "not a directory");
    const result = cli("--out", path.join(file, "out"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("cannot write the output:");
    expect(result.stderr).toMatch(
      /a-file\/out: a file stands where a directory must go \(EEXIST\); the previous output is untouched/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("SIGKILL at random moments", () => {
  it("leaves the output exactly the previous generation or exactly the new one, and no stray files after the next run", async () => {
    const bigSpec = sharedPresent(UPSTREAM, "the upstream document in the SIGKILL test (hostile.yaml stands in)")
      ? UPSTREAM
      : path.join(REPO_ROOT, "test/specs/hostile.yaml");
    const previousSpec = path.join(REPO_ROOT, "test/specs/petstore-30.yaml");
    const previousRef = path.join(work, "ref-previous");
    const nextRef = path.join(work, "ref-next");
    expect(cli("--spec", previousSpec, "--out", previousRef, "--quiet").status).toBe(0);
    // The new generation over the previous one, as the killed runs make it: its CHANGELOG.md carries on the previous one's.
    cpSync(previousRef, nextRef, { recursive: true });
    const started = Date.now();
    expect(cli("--spec", bigSpec, "--out", nextRef, "--quiet").status).toBe(0);
    const duration = Date.now() - started;
    const previous = dirContents(previousRef);
    const next = dirContents(nextRef);
    const out = path.join(work, "killed", "out");
    const outcomes: string[] = [];
    // Half the kills anywhere in the run, half near its end, where the writing happens.
    const delays = [0.2, 0.5, 0.8, 0.9, 0.95, 1.0].map((fraction) =>
      Math.round(duration * fraction * (0.9 + Math.random() * 0.2)),
    );
    for (const delay of delays) {
      removeDir(path.dirname(out));
      cpSync(previousRef, out, { recursive: true });
      const child = spawn(process.execPath, [BIN, "--spec", bigSpec, "--out", out, "--quiet"], {
        cwd: REPO_ROOT,
        stdio: "ignore",
      });
      // Listen from the start: a run faster than the delay has exited before the kill.
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await exited;
      // The next run repairs a swap cut in half before anything else; do the same without generating.
      recoverInterruptedWrite(out);
      const state = dirContents(out);
      const verdict =
        JSON.stringify(state) === JSON.stringify(previous)
          ? "previous"
          : JSON.stringify(state) === JSON.stringify(next)
            ? "new"
            : "MIXED";
      outcomes.push(`${delay}ms:${verdict}`);
    }
    expect(outcomes.filter((outcome) => outcome.endsWith("MIXED"))).toEqual([]);
    expect(cli("--spec", bigSpec, "--out", out, "--quiet").status).toBe(0);
    expect(readdirSync(path.dirname(out))).toEqual(["out"]);
    expect(dirContents(out)).toEqual(next);
  }, 300_000);
});
