import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dirContents, dirState } from "./support/dir-state.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cliIn(cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/codegen.mjs"), ...args], {
    cwd,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cli = (...args: string[]): Run => cliIn(REPO_ROOT, ...args);

/** The command `--check` says to run, from its last line. */
function hintedCommand(stderr: string): string | undefined {
  return /\nRun `([^`]+)` and commit the result\.$/.exec(stderr.trimEnd())?.[1];
}

const FRAGMENT = path.join(REPO_ROOT, "spec/openapi.yaml");
let work: string;
beforeAll(() => {
  work = makeTempDir("cli");
});
afterAll(() => removeDir(work));

describe("codegen CLI, run as a user would", () => {
  it("generates, then writes nothing on an unchanged rerun, and --check agrees", () => {
    const out = path.join(work, "out");
    const first = cli("--spec", FRAGMENT, "--out", out);
    expect(first.status).toBe(0);
    const count = Object.keys(dirState(out)).length;
    expect(count).toBeGreaterThan(10);
    expect(first.stdout.trim()).toMatch(new RegExp(`^\\S+out: ${count} written, 0 unchanged, 0 removed in \\d+ ms$`));
    const before = dirState(out);

    const second = cli("--spec", FRAGMENT, "--out", out);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`0 written, ${count} unchanged, 0 removed`);
    expect(dirState(out)).toEqual(before);

    const check = cli("--spec", FRAGMENT, "--out", out, "--check");
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`up to date (${count} files)`);
    expect(cli("--spec", FRAGMENT, "--out", out, "--quiet").stdout).toBe("");
  });

  it("--timings prints each step's wall time, and on a rerun with nothing changed the no-op check's", () => {
    const out = path.join(work, "timed");
    const timed = cli("--spec", FRAGMENT, "--out", out, "--quiet", "--timings");
    expect(timed.status).toBe(0);
    expect(timed.stderr.trim()).toMatch(
      /^timings: read, bundle and check \d+ ms, model \d+ ms, types \(openapi-typescript\) \d+ ms, templates \d+ ms, compile to dist\/ \d+ ms, API surface \d+ ms, changelog \d+ ms, compare and write \d+ ms$/,
    );
    const again = cli("--spec", FRAGMENT, "--out", out, "--quiet", "--timings");
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/^timings: no-op check \d+ ms \(nothing changed; generator not loaded\)\n$/);
  });

  it("gives identical bytes for two generations into empty directories", () => {
    const a = path.join(work, "a");
    const b = path.join(work, "b");
    expect(cli("--spec", FRAGMENT, "--out", a, "--quiet").status).toBe(0);
    expect(cli("--spec", FRAGMENT, "--out", b, "--quiet").status).toBe(0);
    expect(dirContents(a)).toEqual(dirContents(b));
  });

  it("--check lists stale, missing and extra files, exits 1, and writes nothing", () => {
    const out = path.join(work, "check");
    expect(cli("--spec", FRAGMENT, "--out", out, "--quiet").status).toBe(0);
    const count = Object.keys(dirState(out)).length;
    appendFileSync(path.join(out, "src/client.ts"), "// edited by hand\n");
    rmSync(path.join(out, "README.md"));
    writeFileSync(path.join(out, "dist/stray.js"), "");
    const before = dirState(out);
    const check = cli("--spec", FRAGMENT, "--out", out, "--check");
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("stale    src/client.ts");
    expect(check.stderr).toContain("missing  README.md");
    expect(check.stderr).toContain("extra    dist/stray.js");
    expect(dirState(out)).toEqual(before);

    const fixed = cli("--spec", FRAGMENT, "--out", out);
    expect(fixed.stdout).toContain(`2 written, ${count - 2} unchanged, 1 removed`);
    expect(cli("--spec", FRAGMENT, "--out", out, "--check").status).toBe(0);
  });

  it("--check's hint is the command that fixes it: the same arguments without --check, quoted for a shell", () => {
    const out = path.join(work, "hint it's here");
    const args = ["--spec", FRAGMENT, "--out", out, "--name", "@acme/hinted client"];
    const check = cli(...args, "--check");
    expect(check.status).toBe(1);
    const hint = hintedCommand(check.stderr);
    expect(hint).toBe(
      `npm run generate -- --spec ${FRAGMENT} --out '${work}/hint it'\\''s here' --name '@acme/hinted client'`,
    );
    // Run as a user would paste it: afterwards the same check passes.
    const fixed = spawnSync("sh", ["-c", hint ?? "false"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(fixed.status).toBe(0);
    expect(cli(...args, "--check").status).toBe(0);
    expect(readFileSync(path.join(out, "package.json"), "utf8")).toContain('"name": "@acme/hinted client"');

    // Outside this repository the installed binary is the command; relative paths stay as given.
    const elsewhere = cliIn(work, "--spec", FRAGMENT, "--check", "--out", "other");
    expect(hintedCommand(elsewhere.stderr)).toBe(`npx openapi-client-codegen --spec ${FRAGMENT} --out other`);
  });

  it("--check fails after a change to the spec or to a template", () => {
    const out = path.join(work, "drift");
    const spec = path.join(work, "drift.yaml");
    const templates = path.join(work, "templates");
    cpSync(FRAGMENT, spec);
    cpSync(path.join(REPO_ROOT, "templates"), templates, { recursive: true });
    expect(cli("--spec", spec, "--out", out, "--templates", templates, "--quiet").status).toBe(0);
    expect(cli("--spec", spec, "--out", out, "--templates", templates, "--check").status).toBe(0);

    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace("summary: Update experiment", "summary: Update an experiment"),
    );
    const specCheck = cli("--spec", spec, "--out", out, "--templates", templates, "--check");
    expect(specCheck.status).toBe(1);
    expect(specCheck.stderr).toContain("stale    src/client.ts");

    cpSync(FRAGMENT, spec);
    appendFileSync(path.join(templates, "README.md.hbs"), "\nA line added to the template.\n");
    const templateCheck = cli("--spec", spec, "--out", out, "--templates", templates, "--check");
    expect(templateCheck.status).toBe(1);
    expect(templateCheck.stderr).toContain("stale    README.md");
  });

  it("exits 2 on bad input, names the file and place, and leaves the previous output byte for byte", () => {
    const out = path.join(work, "kept");
    expect(cli("--spec", FRAGMENT, "--out", out, "--quiet").status).toBe(0);
    const before = dirState(out);
    const broken = path.join(REPO_ROOT, "test/specs/broken/unresolved-ref.yaml");
    const result = cli("--spec", broken, "--out", out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'test/specs/broken/unresolved-ref.yaml:15:23 (#/paths/~1a/get/responses/200/content/application~1json/schema/$ref): unresolved $ref "#/components/schemas/Missing"',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(dirState(out)).toEqual(before);
  });

  it("refuses --check with --watch, and a --templates directory without the whole set, as bad input (exit 2)", () => {
    const both = cli("--check", "--watch", "--out", path.join(work, "both"));
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--check writes nothing and --watch writes on every change: give one");
    const partial = path.join(work, "partial-templates");
    mkdirSync(path.join(partial, "partials"), { recursive: true });
    writeFileSync(path.join(partial, "partials", "header.hbs"), "// header\n");
    const result = cli("--templates", partial, "--out", path.join(work, "partial-out"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${partial}: no template for `);
    expect(result.stderr).toContain("--templates replaces the whole set");
    expect(result.stderr).not.toContain("internal error");
  });

  it("refuses to replace a directory it did not generate", () => {
    const foreign = path.join(work, "foreign");
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, "notes.txt"), "mine");
    const result = cli("--spec", FRAGMENT, "--out", foreign);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("refusing to replace a directory that was not generated");
    expect(readFileSync(path.join(foreign, "notes.txt"), "utf8")).toBe("mine");
  });

  it("names an unknown flag with the nearest known one, and the usage with the program's installed name", () => {
    const result = cli("--sepc", "x");
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("unknown option --sepc (did you mean --spec?)");
    expect(result.stderr).toContain("openapi-client-codegen migrate <dir>");
    expect(cli("--zzzzzz").stderr.split("\n")[0]).toBe("unknown option --zzzzzz");
  });
});
