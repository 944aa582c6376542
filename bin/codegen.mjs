#!/usr/bin/env node
// Runs the generator's CLI. The TypeScript sources in generator/ are bundled into .build/ by
// esbuild the first time and whenever a source is newer than the bundle (about 50 ms), so
// `npm run generate` never runs stale code and never pays for a TypeScript loader.
import { existsSync, readdirSync, renameSync, statSync } from "node:fs";
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
if (existsSync(sources) && (!existsSync(bundle) || statSync(bundle).mtimeMs < newestMtime(sources))) {
  const { build } = await import("esbuild");
  const staging = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(sources, "main.ts")],
    outfile: staging,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  renameSync(staging, bundle); // atomic, so concurrent runs never import a half-written bundle
}
await import(pathToFileURL(bundle).href);
