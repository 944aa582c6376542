import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { STRICT_OPTIONS, typecheck } from "./support/typecheck.js";

// The README's "a path" install, run as a user runs it: the generated package in a folder beside
// the consumer, the command the docs give, then Node and tsc in the consumer. A plain
// `npm install ../client` links the folder and installs none of its dependencies, so the docs give
// `--install-links`, which installs it as npm would install its tarball.

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const DOCUMENTED = "npm install --install-links ../client";

describe("installing the generated package by path, as the docs say", () => {
  const root = makeTempDir("install-by-path");
  afterAll(() => removeDir(root));

  it("gives the command in the README and the client docs", () => {
    expect(readFileSync(path.join(REPO_ROOT, "README.md"), "utf8")).toContain(DOCUMENTED);
    expect(readFileSync(path.join(REPO_ROOT, "docs", "client.md"), "utf8")).toContain(DOCUMENTED);
  });

  it("installs a copy with its dependencies, which Node imports and tsc type-checks", () => {
    cpSync(path.join(REPO_ROOT, "generated"), path.join(root, "client"), { recursive: true });
    const consumer = path.join(root, "consumer");
    mkdirSync(consumer);
    writeFileSync(path.join(consumer, "package.json"), '{ "name": "consumer", "private": true, "type": "module" }\n');
    const [command, ...args] = DOCUMENTED.split(" ");
    expect(command).toBe("npm");
    execFileSync(NPM, [...args, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], {
      cwd: consumer,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    });
    const installed = path.join(consumer, "node_modules", "launchdarkly-experiments-client");
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(existsSync(path.join(consumer, "node_modules", "openapi-fetch", "package.json"))).toBe(true);
    const run = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { createClient } from "launchdarkly-experiments-client"; console.log(typeof createClient({}).patchExperiment);',
      ],
      { cwd: consumer, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("function");
    const file = path.join(consumer, "consumer.ts");
    writeFileSync(
      file,
      'import { createClient } from "launchdarkly-experiments-client";\nexport const client = createClient({ token: "t" });\n',
    );
    expect(typecheck([file], { ...STRICT_OPTIONS, skipLibCheck: false, types: [] })).toEqual([]);
  });
});
