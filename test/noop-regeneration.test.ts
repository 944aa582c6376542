import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dirContents, dirState } from "./support/dir-state.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

const HEAVY = /^(typescript|ts-morph|handlebars|openapi-typescript|yaml|@redocly\/)/;

let work: string;
beforeAll(() => {
  work = makeTempDir("noop");
});
afterAll(() => removeDir(work));

/** Runs the CLI as a user would, and lists the bare package specifiers it imported. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string; packages: string[] } {
  const log = path.join(work, `imports-${Math.random().toString(36).slice(2)}.txt`);
  const hook = path.join(REPO_ROOT, "test/support/record-imports.mjs");
  const result = spawnSync(process.execPath, ["--import", hook, path.join(REPO_ROOT, "bin/codegen.mjs"), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, RECORD_IMPORTS: log },
  });
  let specifiers: string[] = [];
  try {
    specifiers = readFileSync(log, "utf8").split("\n");
  } catch {
    // nothing imported
  }
  const packages = specifiers.filter(
    (specifier) =>
      /^[@a-z]/.test(specifier) &&
      !specifier.startsWith("node:") &&
      !specifier.startsWith("data:") &&
      !specifier.startsWith("file:"),
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, packages };
}

describe("a regeneration with nothing changed", () => {
  const spec = () => path.join(work, "openapi.yaml");
  const out = () => path.join(work, "out");
  beforeAll(() => {
    cpSync(path.join(REPO_ROOT, "spec/openapi.yaml"), spec());
  });

  it("writes nothing and loads none of TypeScript, ts-morph, Handlebars, openapi-typescript or yaml", () => {
    const first = cli("--spec", spec(), "--out", out());
    expect(first.status).toBe(0);
    expect(first.packages.some((name) => HEAVY.test(name))).toBe(true); // the hook sees them when they load
    const before = dirState(out());
    const again = cli("--spec", spec(), "--out", out());
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/: 0 written, \d+ unchanged, 0 removed in \d+ ms/);
    expect(again.packages.filter((name) => HEAVY.test(name))).toEqual([]);
    expect(dirState(out())).toEqual(before);
  });

  it("takes the same fast path with --quiet, --timings and --debug, which change only what is printed", () => {
    expect(cli("--spec", spec(), "--out", out()).status).toBe(0);
    const before = dirState(out());
    const quiet = cli("--spec", spec(), "--out", out(), "--quiet");
    expect(quiet).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(quiet.packages.filter((name) => HEAVY.test(name))).toEqual([]);
    const timed = cli("--timings", "--spec", spec(), "--out", out(), "--debug");
    expect(timed.status).toBe(0);
    expect(timed.stdout).toMatch(/: 0 written, \d+ unchanged, 0 removed in \d+ ms/);
    expect(timed.stderr).toMatch(/^timings: no-op check \d+ ms \(nothing changed; generator not loaded\)\n$/);
    expect(timed.packages.filter((name) => HEAVY.test(name))).toEqual([]);
    const both = cli("--spec", spec(), "--out", out(), "--quiet", "--timings");
    expect(both.stdout).toBe("");
    expect(both.stderr).toMatch(/^timings: no-op check \d+ ms/);
    expect(both.packages.filter((name) => HEAVY.test(name))).toEqual([]);
    expect(dirState(out())).toEqual(before);
  });

  it("still regenerates when the spec, the output or the arguments changed", () => {
    appendFileSync(spec(), "\n# an edit\n");
    expect(cli("--spec", spec(), "--out", out()).packages.some((name) => HEAVY.test(name))).toBe(true);

    appendFileSync(path.join(out(), "src/client.ts"), "// edited by hand\n");
    const repaired = cli("--spec", spec(), "--out", out());
    expect(repaired.stdout).toMatch(/: 1 written, \d+ unchanged, 0 removed/);

    rmSync(path.join(out(), "README.md"));
    expect(cli("--spec", spec(), "--out", out()).stdout).toMatch(/: 1 written, \d+ unchanged, 0 removed/);

    const renamed = cli("--spec", spec(), "--out", out(), "--name", "other-name");
    expect(renamed.packages.some((name) => HEAVY.test(name))).toBe(true);
    expect(readFileSync(path.join(out(), "package.json"), "utf8")).toContain('"other-name"');
  });
});

describe("a generation whose every step is cached", () => {
  it("prints the same bytes as one that computes everything, without loading TypeScript", () => {
    const spec = path.join(REPO_ROOT, "test/specs/petstore-30.yaml");
    const computed = cli("--spec", spec, "--out", path.join(work, "computed"), "--no-cache");
    expect(computed.packages).toContain("typescript");
    expect(cli("--spec", spec, "--out", path.join(work, "warm-up")).status).toBe(0);
    const cached = cli("--spec", spec, "--out", path.join(work, "cached"));
    expect(cached.status).toBe(0);
    // Redocly's loader reads the document on every run that gets past the no-op check; what the
    // step cache spares is TypeScript and openapi-typescript's printer.
    expect(cached.packages.filter((name) => /^(typescript|ts-morph|openapi-typescript)/.test(name))).toEqual([]);
    expect(dirContents(path.join(work, "cached"))).toEqual(dirContents(path.join(work, "computed")));
  });
});
