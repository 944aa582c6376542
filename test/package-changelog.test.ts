import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addToSections,
  changeBullet,
  orderBullets,
  raisedVersion,
  readChangelogSections,
  sectionBump,
  UNSEEN_CHANGE,
} from "../generator/contract/changelog-entries.js";
import type { Change } from "../generator/contract/compare-schemas.js";
import { dirState } from "./support/dir-state.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/codegen.mjs"), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const change = (breaking: boolean, location: string, message = "changed", kind = "kind"): Change => ({
  breaking,
  kind,
  operation: undefined,
  location,
  message,
});

describe("changelog entries (a table of cases)", () => {
  it.each([
    [change(true, "op request body.a", "became required"), "- **Breaking**: op request body.a: became required (kind)"],
    [change(false, "op", "GET /x added", "operation-added"), "- op: GET /x added (operation-added)"],
    // Names come from the document: a pipe, a tag and a line break cannot reshape the Markdown.
    [change(false, "op body.a|b<script>", "x\ny"), "- op body.a\\|b&lt;script>: x y (kind)"],
  ])("changeBullet(%o)", (input, bullet) => {
    expect(changeBullet(input)).toBe(bullet);
  });

  it("orders breaking first, then by text, the first generation last, repeats once", () => {
    const first = "- First generated from API 1.0 (1 operation).";
    expect(orderBullets(["- b", first, "- **Breaking**: z", "- a", "- b", UNSEEN_CHANGE])).toEqual([
      "- **Breaking**: z",
      "- a",
      "- b",
      UNSEEN_CHANGE,
      first,
    ]);
  });

  it("reads back the sections it writes, and adds to the newest while the version stays", () => {
    const text = "# Changelog\n\nProse.\n\n## 1.1.0\n\nSummary.\n\n- a\n\n## 1.0.0\n\n- **Breaking**: b\n- c\n";
    const sections = readChangelogSections(text);
    expect(sections).toEqual([
      { version: "1.1.0", bullets: ["- a"] },
      { version: "1.0.0", bullets: ["- **Breaking**: b", "- c"] },
    ]);
    expect(addToSections(sections, "1.1.0", ["- **Breaking**: d", UNSEEN_CHANGE])[0]).toEqual({
      version: "1.1.0",
      bullets: ["- **Breaking**: d", "- a"],
    });
    expect(addToSections(sections, "2.0.0", [UNSEEN_CHANGE]).map((section) => section.version)).toEqual([
      "2.0.0",
      "1.1.0",
      "1.0.0",
    ]);
  });

  it.each([
    [["- **Breaking**: a", "- b"], "major"],
    [["- b"], "minor"],
    [[UNSEEN_CHANGE], "patch"],
    [["- First generated from A 1 (1 operation)."], "patch"],
  ] as const)("sectionBump(%o) is %s", (bullets, bump) => {
    expect(sectionBump({ version: "1.0.0", bullets })).toBe(bump);
  });

  it.each([
    ["1.2.3", "major", "2.0.0"],
    ["1.2.3", "minor", "1.3.0"],
    ["1.2.3", "patch", "1.2.4"],
    ["0.0.0", "major", "1.0.0"],
    ["1.2.3-beta.1+build", "minor", "1.3.0"],
    ["2.0", "major", undefined],
  ] as const)("raisedVersion(%s, %s) is %s", (version, bump, raised) => {
    expect(raisedVersion(version, bump)).toBe(raised);
  });
});

describe("the generated package's CHANGELOG.md across regenerations, run as a user would", () => {
  let work: string;
  let spec: string;
  let out: string;
  const original = readFileSync(path.join(REPO_ROOT, "spec/openapi.yaml"), "utf8");
  const changelog = (): string => readFileSync(path.join(out, "CHANGELOG.md"), "utf8");
  const edit = (from: string, to: string): void => {
    const text = readFileSync(spec, "utf8");
    expect(text).toContain(from);
    writeFileSync(spec, text.replace(from, to));
  };
  beforeAll(() => {
    work = makeTempDir("changelog");
    spec = path.join(work, "openapi.yaml");
    out = path.join(work, "client");
    writeFileSync(spec, original);
  });
  afterAll(() => removeDir(work));

  it("a first generation writes the document it read and a changelog that says so", () => {
    const first = cli("--spec", spec, "--out", out);
    expect(first.status).toBe(0);
    expect(first.stderr).not.toContain("CHANGELOG.md");
    expect(changelog()).toContain(
      "## 0.0.0\n\nThe first generation of this package.\n\n- First generated from LaunchDarkly Experiments (fragment) 2.0 (2 operations).\n",
    );
    const document = JSON.parse(readFileSync(path.join(out, "openapi.json"), "utf8")) as { paths: object };
    expect(Object.keys(document.paths).length).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(path.join(out, "package.json"), "utf8")) as { files: string[] };
    expect(manifest.files).toEqual(expect.arrayContaining(["CHANGELOG.md", "openapi.json"]));
  });

  it("a breaking edit: --check names CHANGELOG.md stale; generation lists the change and the version it calls for", () => {
    edit(
      "      required: [kind]\n      properties:\n        kind:\n          type: string\n          const: saveAndStartNewIteration",
      "      required: [kind, changeJustification]\n      properties:\n        kind:\n          type: string\n          const: saveAndStartNewIteration",
    );
    const check = cli("--spec", spec, "--out", out, "--check");
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("stale    CHANGELOG.md");
    const run = cli("--spec", spec, "--out", out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      "CHANGELOG.md: 1 breaking and 0 other change(s) for callers, under 0.0.0; if 0.0.0 is published already, they call for 1.0.0",
    );
    expect(changelog()).toContain(
      "## 0.0.0\n\nBreaking changes: code that calls this package may no longer compile or work.\n\n" +
        "- **Breaking**: patchExperiment request body.instructions[]&lt;SaveAndStartNewIterationInstruction>.changeJustification: became required (request-field-made-required)\n" +
        "- First generated from",
    );
  });

  it("an unchanged rerun writes nothing and says nothing of the changelog", () => {
    const before = dirState(out);
    const rerun = cli("--spec", spec, "--out", out);
    expect(rerun.stdout).toContain(" 0 written");
    expect(rerun.stderr).not.toContain("CHANGELOG.md");
    expect(dirState(out)).toEqual(before);
  });

  it("a raised version opens a new section on top; the older ones stay as they were", () => {
    const older = changelog().slice(changelog().indexOf("## 0.0.0"));
    edit(
      "    ExperimentPatchInput:\n",
      "    ExperimentPatchInputAdded:\n      type: string\n    ExperimentPatchInput:\n",
    );
    const run = cli("--spec", spec, "--out", out, "--package-version", "1.0.0");
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("CHANGELOG.md: the document changed in nothing callers see, under 1.0.0");
    expect(run.stderr).not.toContain("call for");
    const text = changelog();
    expect(text).toContain(`## 1.0.0\n\nNothing that callers' code can see changed.\n\n${UNSEEN_CHANGE}\n\n## 0.0.0`);
    expect(text.endsWith(older)).toBe(true);
  });

  it("`diff` reads the package's openapi.json as the previous side", () => {
    const diff = cli("diff", path.join(out, "openapi.json"), path.join(REPO_ROOT, "spec/openapi.yaml"));
    expect(diff.stdout).toContain("became optional");
  });
});
