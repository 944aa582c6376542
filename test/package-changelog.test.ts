import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Change, ChangeLevel } from "../generator/contract/change.js";
import {
  changeBullet,
  isBelow,
  orderBullets,
  raisedVersion,
  readSections,
} from "../generator/contract/changelog-entries.js";
import { diffSpecs } from "../generator/contract/diff-specs.js";
import { renderSpec } from "../generator/generate.js";
import { loadSpec } from "../generator/load/load-spec.js";
import { dirState } from "./support/dir-state.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/codegen.mjs"), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const change = (
  breaking: boolean,
  location: string,
  message = "changed",
  kind = "kind",
  level?: ChangeLevel,
): Change => ({
  level: level ?? (breaking ? "breaking" : "info"),
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
    // Names come from the document: they can neither format the text nor forge the breaking marker.
    [change(false, "**Breaking**: spoof", "added"), "- \\*\\*Breaking\\*\\*: spoof: added (kind)"],
    [
      change(false, "op body.[x](https://e.example)|`y`<b>_z_ & w", "x\ny"),
      "- op body.\\[x\\](https://e.example)\\|\\`y\\`&lt;b>\\_z\\_ &amp; w: x y (kind)",
    ],
    [change(false, "# heading", "m"), "- \\# heading: m (kind)"],
    [change(false, "1. item", "m"), "- 1\\. item: m (kind)"],
    // A response enum value added: callers' code compiles, but an exhaustive switch needs a case; said apart.
    [
      change(false, "Pet.status", 'enum value "adopted" added', "response-enum-value-added", "warning"),
      '- **Warning**: Pet.status: enum value "adopted" added (response-enum-value-added)',
    ],
    // A component schema's change names what uses it, few by name, many counted.
    [
      {
        ...change(false, "Money.note", "field added", "response-field-added"),
        schema: "Money",
        usage: {
          operations: ["getBalance", "listInvoices"],
          schemas: ["Invoice", "LineItem", "Refund", "Tax"],
          places: [],
        },
      },
      "- Money.note: field added (response-field-added; used by operations getBalance, listInvoices and 4 schemas)",
    ],
  ])("changeBullet(%o)", (input, bullet) => {
    expect(changeBullet(input)).toBe(bullet);
  });

  it("orders breaking first, then warnings, then by text, repeats once", () => {
    expect(orderBullets(["- b", "- **Warning**: y", "- **Breaking**: z", "- a", "- b"])).toEqual([
      "- **Breaking**: z",
      "- **Warning**: y",
      "- a",
      "- b",
    ]);
  });

  it("reads back each section as written, hand-edited lines and a dated heading included", () => {
    const text =
      "# Changelog\n\nProse.\n\n## 1.1.0 (2026-12-01)\n\nSummary.\n\n- a\nA line by hand.\n\n## 1.0.0\n\n- b\n";
    expect(readSections(text)).toEqual([
      { version: "1.1.0", text: "## 1.1.0 (2026-12-01)\n\nSummary.\n\n- a\nA line by hand." },
      { version: "1.0.0", text: "## 1.0.0\n\n- b" },
    ]);
  });

  it.each([
    ["1.2.3", "major", "2.0.0"],
    ["1.2.3", "minor", "1.3.0"],
    ["1.2.3", "patch", "1.2.4"],
    ["0.0.0", "major", "1.0.0"],
    ["1.0.0-beta.1", "major", "1.0.0"],
    ["1.2.0-rc.1+build", "minor", "1.2.0"],
    ["1.2.3-rc.1", "minor", "1.3.0"],
    ["2.0", "major", undefined],
  ] as const)("raisedVersion(%s, %s) is %s", (version, bump, raised) => {
    expect(raisedVersion(version, bump)).toBe(raised);
  });

  it.each([
    ["1.2.0", "2.0.0", true],
    ["1.3.0", "2.0.0", true],
    ["2.0.0", "2.0.0", false],
    ["2.1.0", "2.0.0", false],
    ["2.0.0-rc.1", "2.0.0", true],
    ["2.0", "2.0.0", false],
  ] as const)("isBelow(%s, %s) is %s", (version, other, below) => {
    expect(isBelow(version, other)).toBe(below);
  });
});

describe("the generated package's CHANGELOG.md across regenerations, run as a user would", () => {
  let work: string;
  let spec: string;
  let out: string;
  const original = readFileSync(path.join(REPO_ROOT, "spec/openapi.yaml"), "utf8");
  const changelog = (): string => readFileSync(path.join(out, "CHANGELOG.md"), "utf8");
  const released = path.join("openapi.released.json");
  const REQUIRED_FROM =
    "      required: [kind]\n      properties:\n        kind:\n          type: string\n          const: saveAndStartNewIteration";
  const REQUIRED_TO = REQUIRED_FROM.replace("required: [kind]", "required: [kind, changeJustification]");
  const BREAKING_BULLET =
    "- **Breaking**: SaveAndStartNewIterationInstruction.changeJustification: became required (request-field-made-required; used by operation patchExperiment and schema ExperimentInstruction)";
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
  let first = "";

  it("a first generation writes the document it read and a changelog that says so", () => {
    const run = cli("--spec", spec, "--out", out);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain("CHANGELOG.md");
    first = changelog();
    expect(first).toContain(
      "## 0.0.0\n\nThe first generation of this package.\n\n- First generated from LaunchDarkly Experiments (fragment) 2.0 (2 operations).\n",
    );
    expect(existsSync(path.join(out, released))).toBe(false);
    const manifest = JSON.parse(readFileSync(path.join(out, "package.json"), "utf8")) as { files: string[] };
    expect(manifest.files).toEqual(expect.arrayContaining(["CHANGELOG.md", "openapi.json"]));
  });

  it("a breaking edit stands under Unreleased, and the run names the version that would release it", () => {
    edit(REQUIRED_FROM, REQUIRED_TO);
    const check = cli("--spec", spec, "--out", out, "--check");
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("stale    CHANGELOG.md");
    const run = cli("--spec", spec, "--out", out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      "CHANGELOG.md: 1 breaking and 0 other change(s) for callers, unreleased since 0.0.0; to release them, give the package version 1.0.0 (packageVersion or --package-version)",
    );
    expect(changelog()).toContain(
      `## Unreleased\n\nBreaking changes: code that calls this package may no longer compile or work.\n\n${BREAKING_BULLET}\n\n## 0.0.0\n`,
    );
    // The released version's document, which Unreleased is the diff from, until the next release.
    const base = JSON.parse(readFileSync(path.join(out, released), "utf8")) as {
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(base.components.schemas.SaveAndStartNewIterationInstruction?.required).toEqual(["kind"]);
  });

  it("an unchanged document: --check passes, and a full rerun writes nothing and says nothing of the changelog", () => {
    expect(cli("--spec", spec, "--out", out, "--check").status).toBe(0);
    const before = dirState(out);
    const rerun = cli("--spec", spec, "--out", out, "--no-cache", "--timings");
    expect(rerun.stderr).toMatch(/changelog \d+ ms/); // the full pipeline ran, not the no-op fast path
    expect(rerun.stdout).toContain(" 0 written");
    expect(rerun.stderr).not.toContain("CHANGELOG.md");
    expect(dirState(out)).toEqual(before);
  });

  it("an edit undone leaves nothing behind", () => {
    edit(REQUIRED_TO, REQUIRED_FROM);
    expect(cli("--spec", spec, "--out", out).status).toBe(0);
    expect(changelog()).toBe(first);
    expect(existsSync(path.join(out, released))).toBe(false);
  });

  it("a new version releases what stood under Unreleased; earlier sections stay as written, by hand too", () => {
    edit(REQUIRED_FROM, REQUIRED_TO);
    expect(cli("--spec", spec, "--out", out).status).toBe(0);
    writeFileSync(path.join(out, "CHANGELOG.md"), `${changelog()}A line added by hand.\n`);
    const run = cli("--spec", spec, "--out", out, "--package-version", "1.0.0");
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      "CHANGELOG.md: 1 breaking and 0 other change(s) for callers, released as 1.0.0 (since 0.0.0)",
    );
    expect(run.stderr).not.toContain("call for");
    const text = changelog();
    expect(text).not.toContain("## Unreleased");
    expect(text).toContain(
      `## 1.0.0\n\nBreaking changes: code that calls this package may no longer compile or work.\n\n${BREAKING_BULLET}\n\n## 0.0.0\n`,
    );
    expect(text.endsWith("(2 operations).\nA line added by hand.\n")).toBe(true);
    expect(existsSync(path.join(out, released))).toBe(false);
  });

  it("a version below what the changes call for is said so; a version without a document to diff from is not classified", () => {
    edit(
      "          const: saveAndStartNewIteration\n        changeJustification:",
      "          const: saveAndStartNewIteration\n        changeJustificationRenamed:",
    );
    const run = cli("--spec", spec, "--out", out, "--package-version", "1.1.0");
    expect(run.stderr).toContain("released as 1.1.0 (since 1.0.0); they call for 2.0.0 or above over 1.0.0");
    rmSync(path.join(out, "openapi.json"));
    const blind = cli("--spec", spec, "--out", out, "--package-version", "1.2.0");
    expect(blind.stderr).toContain(
      "CHANGELOG.md: changes that could not be classified, released as 1.2.0 (since 1.1.0)",
    );
    expect(changelog()).toContain(
      "## 1.2.0\n\nChanges that could not be classified.\n\n- The document the last version was generated from is not at hand: the changes are not classified.\n\n## 1.1.0",
    );
  });

  it("`diff` reads the package's openapi.json as the older side", () => {
    const diff = cli("diff", path.join(out, "openapi.json"), path.join(REPO_ROOT, "spec/openapi.yaml"));
    expect(diff.stdout).toContain(".changeJustificationRenamed: field removed");
    expect(diff.status).toBe(1);
  });

  it("a value added to a response enum is released as a warning, apart from breaking and other changes", () => {
    edit("enum: [not_started, running, stopped]", "enum: [not_started, running, stopped, paused]");
    const run = cli("--spec", spec, "--out", out, "--package-version", "1.3.0");
    expect(run.stderr).toContain(
      "CHANGELOG.md: 0 breaking, 1 warning(s) and 0 other change(s) for callers, released as 1.3.0 (since 1.2.0)",
    );
    expect(changelog()).toContain(
      '## 1.3.0\n\nAdditions and changes that keep callers\' code working.\n\n- **Warning**: IterationRep.status: enum value "paused" added (an exhaustive switch needs a case for it) (response-enum-value-added; used by operations createIteration, patchExperiment and schema Experiment)\n\n## 1.2.0',
    );
  });
});

describe("openapi.json reads back as the document it was written from", () => {
  const specs = [
    "petstore-30.yaml",
    "hostile.yaml",
    "hostile-2.yaml",
    "oas32/streams.yaml",
    "oas32/auth.yaml",
    "oas32/self/openapi.yaml",
    "oas32/multi/openapi.yaml",
    "wire/bodies.yaml",
    "browser/app.yaml",
    "lint/swagger-2.yaml",
  ];
  const dir = makeTempDir("document-json");
  afterAll(() => removeDir(dir));
  it.each(specs)("%s: diff finds no change between the document and its openapi.json", async (name) => {
    const source = path.join(REPO_ROOT, "test/specs", name);
    const rendered = await renderSpec({ specPath: source });
    const file = path.join(dir, `${name.replace(/\W/g, "-")}.json`);
    writeFileSync(file, rendered.files.get("openapi.json") ?? "");
    expect(diffSpecs(rendered.spec, await loadSpec(file)).changes).toEqual([]);
    expect(diffSpecs(await loadSpec(file), rendered.spec).changes).toEqual([]);
  });
});
