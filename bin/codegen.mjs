#!/usr/bin/env node
// Runs the generator's CLI. In this repository the TypeScript sources in generator/ are bundled
// into .build/ by esbuild the first time and whenever a source is newer than the bundle (about
// 50 ms), so `npm run generate` never runs stale code and never pays for a TypeScript loader. An
// installed package has no sources and runs the bundles it was packed with. A second, small
// bundle answers "has anything changed since the last run?" before the generator is loaded.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BUNDLED_SOURCES, BUNDLES, buildGenerator, SOURCES } from "./build-generator.mjs";

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

// The template modules the generator imports count too: a change there (the fixture engine's feasibility) is a change of the generator.
const newestSource = () => Math.max(...BUNDLED_SOURCES.filter((dir) => existsSync(dir)).map(newestMtime));
const isStale = (file) => !existsSync(file) || statSync(file).mtimeMs < newestSource();
if (existsSync(SOURCES) && (isStale(BUNDLES.codegen) || isStale(BUNDLES.noopCheck))) await buildGenerator();
// Nothing changed since the last run with these arguments: done, without loading the generator.
const { skipUnchangedRun } = await import(pathToFileURL(BUNDLES.noopCheck).href);
if (!skipUnchangedRun(process.argv.slice(2), process.cwd())) await import(pathToFileURL(BUNDLES.codegen).href);
