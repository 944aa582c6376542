import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import parseChangeset from "@changesets/parse";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

const CHANGESETS = path.join(REPO_ROOT, ".changeset");
const notes = readdirSync(CHANGESETS).filter((name) => name.endsWith(".md") && name !== "README.md");

/** The generator's CHANGELOG.md is written from one note per change (changesets), each with its semver bump. */
describe("changesets: one note per change, turned into CHANGELOG.md and a version at release", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  it("every pending note names this package and a bump, and says something", () => {
    for (const note of notes) {
      const parsed = parseChangeset(readFileSync(path.join(CHANGESETS, note), "utf8"));
      expect(parsed.releases, note).toEqual([
        { name: "openapi-client-codegen", type: expect.stringMatching(/^(major|minor|patch)$/) },
      ]);
      expect(parsed.summary.length, note).toBeGreaterThan(20);
    }
  });

  it("`changeset version` on a copy raises the version by the largest bump and writes each note into CHANGELOG.md", () => {
    const dir = makeTempDir("changesets");
    dirs.push(dir);
    for (const file of ["package.json", "CHANGELOG.md", ".changeset"])
      cpSync(path.join(REPO_ROOT, file), path.join(dir, file), { recursive: true });
    symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    const before = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules/@changesets/cli/bin.js"), "version"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const after = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
    const bumps = notes.map(
      (note) => parseChangeset(readFileSync(path.join(CHANGESETS, note), "utf8")).releases[0]?.type,
    );
    const [major = 0, minor = 0, patch = 0] = before.version.split(".").map(Number);
    const expected = bumps.includes("major")
      ? `${major + 1}.0.0`
      : bumps.includes("minor")
        ? `${major}.${minor + 1}.0`
        : bumps.includes("patch")
          ? `${major}.${minor}.${patch + 1}`
          : before.version;
    expect(after.version).toBe(expected);
    const changelog = readFileSync(path.join(dir, "CHANGELOG.md"), "utf8");
    if (notes.length > 0) expect(changelog).toContain(`## ${expected}\n`);
    for (const note of notes)
      expect(changelog).toContain(
        parseChangeset(readFileSync(path.join(CHANGESETS, note), "utf8")).summary.split("\n")[0],
      );
    expect(readdirSync(path.join(dir, ".changeset")).filter((name) => notes.includes(name))).toEqual([]);
  });
});
