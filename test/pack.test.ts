import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dirContents } from "./support/dir-state.js";
import { REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { typecheckProject } from "./support/typecheck.js";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const FIXTURE = path.join(REPO_ROOT, "test/downstream/experiments-app");

function run(command: string, args: readonly string[], cwd: string, options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false" },
    ...options,
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const PUBLINT = path.join(REPO_ROOT, "node_modules", "publint", "src", "cli.js");
const ATTW = path.join(REPO_ROOT, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");

interface AttwReport {
  readonly status: number | null;
  readonly output: string;
  readonly entrypoints: Record<string, Record<string, { types: string | undefined; js: string | undefined }>>;
  readonly problems: readonly { kind: string; entrypoint: string; resolutionKind: string }[];
}

/** `attw <tarball> --profile esm-only -f json`, read into each entry's resolutions and the problems found. */
function arethetypeswrong(tarball: string): AttwReport {
  const result = run(process.execPath, [ATTW, tarball, "--profile", "esm-only", "--format", "json"], REPO_ROOT);
  const json = JSON.parse(result.stdout) as {
    analysis: {
      entrypoints: Record<
        string,
        {
          resolutions: Record<
            string,
            { resolution?: { fileName: string }; implementationResolution?: { fileName: string } }
          >;
        }
      >;
    };
    problems: Record<string, AttwReport["problems"]> | AttwReport["problems"];
  };
  const entrypoints = Object.fromEntries(
    Object.entries(json.analysis.entrypoints).map(([entry, { resolutions }]) => [
      entry,
      Object.fromEntries(
        Object.entries(resolutions).map(([kind, found]) => [
          kind,
          { types: found.resolution?.fileName, js: found.implementationResolution?.fileName },
        ]),
      ),
    ]),
  );
  const problems = Array.isArray(json.problems) ? json.problems : Object.values(json.problems).flat();
  return { status: result.status, output: result.stderr, entrypoints, problems };
}

/** The entries a packed package declares in `exports`. */
function declaredEntries(tarball: string): string[] {
  const listed = run("tar", ["-xOzf", tarball, "package/package.json"], REPO_ROOT);
  const manifest = JSON.parse(listed.stdout) as { exports: Record<string, unknown> };
  return Object.keys(manifest.exports);
}

/** `npm pack` of a package directory into `into`; the tarball's path. */
function pack(dir: string, into: string): string {
  const packed = run(NPM, ["pack", "--pack-destination", into, "--json"], dir);
  if (packed.status !== 0) throw new Error(`npm pack failed in ${dir}: ${packed.stderr}`);
  const [entry] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (entry === undefined) throw new Error("npm pack printed no tarball");
  return path.join(into, entry.filename);
}

/**
 * The generator as a consumer gets it: packed, installed from the tarball beside the packed
 * generated client into a fresh project (dependencies from the registry, or npm's cache), and run
 * with `npx` from that project's directory.
 */
describe("the generator as an installed package", () => {
  let work: string;
  let consumer: string;
  let generatorTarball: string;
  let clientTarball: string;

  beforeAll(() => {
    // Outside the repository: nothing may resolve from its node_modules by walking up.
    work = mkdtempSync(path.join(os.tmpdir(), "codegen-pack-"));
    generatorTarball = pack(REPO_ROOT, work);
    clientTarball = pack(path.join(REPO_ROOT, "generated"), work);
    consumer = path.join(work, "consumer");
    mkdirSync(consumer);
    cpSync(path.join(FIXTURE, "src"), path.join(consumer, "src"), { recursive: true });
    writeFileSync(
      path.join(consumer, "package.json"),
      `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`,
    );
    // The consumer's own compiler settings: a path alias the codemod can only follow through them.
    const tsconfig = JSON.parse(readFileSync(path.join(FIXTURE, "tsconfig.json"), "utf8")) as {
      compilerOptions: Record<string, unknown>;
    };
    tsconfig.compilerOptions.paths = { "@app/*": ["./src/*"] };
    writeFileSync(path.join(consumer, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
    writeFileSync(
      path.join(consumer, "src", "aliased.ts"),
      'import { client, iteration, path } from "@app/shared.js";\n\nexport async function throughAlias(): Promise<string | undefined> {\n  return (await client.createIteration({ params: { path }, body: iteration })).data?._id;\n}\n',
    );
    const installed = run(
      NPM,
      ["install", generatorTarball, clientTarball, "--prefer-offline", "--no-audit", "--no-fund"],
      consumer,
    );
    if (installed.status !== 0) throw new Error(`npm install failed: ${installed.stderr}`);
    symlinkSync(path.join(REPO_ROOT, "node_modules", "@types"), path.join(consumer, "node_modules", "@types"), "dir");
  }, 240_000);
  afterAll(() => removeDir(work));

  it("ships the bundled CLI, its templates and the default spec, not the TypeScript sources", () => {
    const installedDir = path.join(consumer, "node_modules", "openapi-client-codegen");
    const files = Object.keys(dirContents(installedDir)).sort();
    expect(files).toContain(".build/codegen.js");
    expect(files).toContain("bin/codegen.mjs");
    expect(files).toContain("templates/runtime/client-runtime.ts");
    expect(files).toContain("spec/openapi.yaml");
    expect(files.filter((file) => file.startsWith("generator/") || file.startsWith("test/"))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(installedDir, "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ "openapi-client-codegen": "bin/codegen.mjs" });
  });

  describe("package checks of both packages: publint --strict and attw (arethetypeswrong)", () => {
    const tarballs = (): Record<string, string> => ({ generator: generatorTarball, client: clientTarball });
    for (const label of ["generator", "client"] as const) {
      it(`the ${label}: publint finds nothing, and every declared entry resolves to types and JavaScript`, () => {
        const tarball = tarballs()[label] ?? "";
        const lint = run(process.execPath, [PUBLINT, "run", tarball, "--strict"], REPO_ROOT);
        expect(`${lint.stdout}${lint.stderr}`).toContain("All good!");
        expect(lint.status).toBe(0);
        const report = arethetypeswrong(tarball);
        expect(report.status, report.output).toBe(0);
        expect(Object.keys(report.entrypoints).sort()).toEqual(declaredEntries(tarball).sort());
        for (const [entry, resolutions] of Object.entries(report.entrypoints)) {
          if (entry === "./package.json") continue;
          // Both packages are ESM only ("type": "module", no "require" condition), as their READMEs say:
          // TypeScript's node16 (from ESM) and bundler resolutions must find declarations and code.
          for (const kind of ["node16-esm", "bundler"] as const) {
            const found = resolutions[kind];
            expect(found?.types, `${entry} (${kind})`).toMatch(/\.d\.(m?ts)$/);
            expect(found?.js, `${entry} (${kind})`).toMatch(/\.(m?js)$/);
          }
        }
        // The only problems attw names are those of an ESM-only package seen from CommonJS or node10.
        expect(report.problems.filter((problem) => !["node10", "node16-cjs"].includes(problem.resolutionKind))).toEqual(
          [],
        );
      });
    }

    it("the client: a CommonJS module require()s every entry (Node 20.19+ loads ESM synchronously)", () => {
      const installed = path.join(consumer, "node_modules", "launchdarkly-experiments-client");
      const manifest = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8")) as {
        exports: Record<string, unknown>;
      };
      const entries = Object.keys(manifest.exports).filter((entry) => entry !== "./package.json");
      // `./msw` needs msw, the consumer's own (an optional peer): installed as a user of it would have it.
      if (!existsSync(path.join(consumer, "node_modules", "msw")))
        symlinkSync(path.join(REPO_ROOT, "node_modules", "msw"), path.join(consumer, "node_modules", "msw"), "dir");
      const script = entries
        .map((entry) => `require(${JSON.stringify(path.posix.join("launchdarkly-experiments-client", entry))});`)
        .join("\n");
      writeFileSync(path.join(consumer, "require-all.cjs"), `${script}\nconsole.log("required ${entries.length}");\n`);
      const required = run(process.execPath, ["--disable-warning=ExperimentalWarning", "require-all.cjs"], consumer);
      expect(required.stderr).toBe("");
      expect(required.stdout.trim()).toBe(`required ${entries.length}`);
    });
  });

  it("runs `npx openapi-client-codegen migrate src` in the consumer: paths relative to it, its tsconfig.json used", () => {
    const before = dirContents(path.join(consumer, "src"));
    const dry = run("npx", ["openapi-client-codegen", "migrate", "src"], consumer);
    expect(dry.stderr).toContain("migrate: would rewrite 16 call(s) in 5 file(s); 5 left with a reason");
    expect(dry.stdout).toContain("--- a/src/aliased.ts\n+++ b/src/aliased.ts");
    expect(dry.stderr).toContain(
      "src/refused.ts:10:24: cannot rewrite this createIteration call: its argument is spread",
    );
    expect(dirContents(path.join(consumer, "src"))).toEqual(before);

    const written = run("npx", ["openapi-client-codegen", "migrate", "src", "--write"], consumer);
    expect(written.status).toBe(1);
    expect(written.stderr).toContain("migrate: rewrote 16 call(s) in 5 file(s); 5 left with a reason");
    expect(readFileSync(path.join(consumer, "src", "aliased.ts"), "utf8")).toContain(
      "(await createIterationViaPatchExperiment(client, { params: { path }, body: iteration })).data?._id",
    );
    expect(typecheckProject(consumer)).toEqual([]);

    const again = run("npx", ["openapi-client-codegen", "migrate", "src", "--write"], consumer);
    expect(again.stderr).toContain("migrate: rewrote 0 call(s) in 0 file(s); 5 left with a reason");
  });

  it("nothing was written into the installed package (no build at run time)", () => {
    const installedDir = path.join(consumer, "node_modules", "openapi-client-codegen");
    expect(readdirSync(path.join(installedDir, ".build")).sort()).toEqual(["codegen.js", "noop-check.js"]);
  });
});
