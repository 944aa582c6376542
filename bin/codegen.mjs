#!/usr/bin/env node
// Runs the generator's CLI. The TypeScript sources in generator/ are bundled into .build/ by
// esbuild the first time and whenever a source is newer than the bundle (about 50 ms), so
// `npm run generate` never runs stale code and never pays for a TypeScript loader. A second, small
// bundle answers "has anything changed since the last run?" before the generator is loaded.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, ".build", "codegen.js");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sources = path.join(root, "generator");
const noopCheck = path.join(root, ".build", "noop-check.js");
const isStale = (file) => !existsSync(file) || statSync(file).mtimeMs < newestMtime(sources);
if (existsSync(sources) && (isStale(bundle) || isStale(noopCheck))) {
  const { build } = await import("esbuild");
  const staging = path.join(root, ".build", `.staging-${process.pid}`);
  await build({
    entryPoints: { codegen: path.join(sources, "main.ts"), "noop-check": path.join(sources, "noop-check.ts") },
    outdir: staging,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  // Renamed one by one, each atomically, so concurrent runs never import a half-written bundle.
  renameSync(path.join(staging, "noop-check.js"), noopCheck);
  renameSync(path.join(staging, "codegen.js"), bundle);
  rmSync(staging, { recursive: true, force: true });
}
// Nothing changed since the last run with these arguments: done, without loading the generator.
const { skipUnchangedRun } = await import(pathToFileURL(noopCheck).href);
if (!skipUnchangedRun(process.argv.slice(2), process.cwd())) await import(pathToFileURL(bundle).href);
