#!/usr/bin/env node
// Bundles the corpus runner (TypeScript, importing the generator's sources) with esbuild, then runs it.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bundle = path.join(root, ".build", "corpus.js");
await build({
  entryPoints: [path.join(root, "test", "corpus", "main.ts")],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "error",
});
await import(pathToFileURL(bundle).href);
