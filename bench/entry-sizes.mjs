// What each runtime entry of the generated package costs a consumer's bundle: esbuild (the version
// the lock file pins), minified, then gzip at zlib's default level. Both are deterministic, so the
// figures are bytes a test can gate on (test/size-budget.test.ts reads size-budget.json), unlike
// wall-clock time. Measured on the fragment's package (`generated/`), which is committed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BUDGET_FILE = path.join(root, "size-budget.json");

const FRAGMENT_CALL =
  '{ params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { instructions: [] } }';

/** The consumers measured: one per entry that imports all of it, and the one-thing cases people write. */
function consumers(pkg) {
  const dist = (entry) => `${pkg}/dist/${entry}.js`;
  return {
    ". (everything)": { source: `export * from "${dist("index")}";\n` },
    ". (createClient, one call)": {
      source: `import { createClient } from "${dist("index")}";\nexport const r = createClient({ token: "t" }).patchExperiment(${FRAGMENT_CALL});\n`,
    },
    "./operations (everything)": { source: `export * from "${dist("operations")}";\n` },
    "./operations (one call)": {
      source: `import { createTransport, patchExperiment } from "${dist("operations")}";\nexport const r = patchExperiment(createTransport({ token: "t" }), ${FRAGMENT_CALL});\n`,
    },
    "./validators (everything)": { source: `export * from "${dist("validators")}";\n` },
    "./validators (one schema)": { source: `export { Experiment } from "${dist("validators")}";\n` },
    "./query (one mutation's options, with its transport)": {
      source: `import { createTransport, patchExperimentMutationOptions } from "${dist("query")}";\nexport const options = patchExperimentMutationOptions(createTransport({ token: "t" }));\n`,
    },
    "./fixtures (everything)": { source: `export * from "${dist("fixtures")}";\n` },
    "./fixtures (one builder)": { source: `export { buildExperiment } from "${dist("fixtures")}";\n` },
    // msw is the consumer's own dependency (a peer): not counted.
    "./msw (everything)": { source: `export * from "${dist("msw")}";\n`, external: ["msw", "msw/*"] },
    // The mock server runs in Node: node's modules are not bundled.
    "./testing (everything)": { source: `export * from "${dist("testing")}";\n`, platform: "node" },
  };
}

async function size({ source, external = [], platform = "neutral" }) {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    mainFields: ["module", "main"],
    external,
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.length, gzip: gzipSync(code).length };
}

/** Each consumer's minified and gzip bytes, for the package in `packageDir` (its `dist/` built). */
export async function measureEntrySizes(packageDir = path.join(root, "generated")) {
  const sizes = {};
  for (const [name, consumer] of Object.entries(consumers(packageDir))) sizes[name] = await size(consumer);
  return sizes;
}

/** `size-budget.json`: the most gzip bytes each consumer may cost. */
export function readBudget() {
  return JSON.parse(readFileSync(BUDGET_FILE, "utf8")).gzip;
}

export async function benchEntrySizes() {
  const sizes = await measureEntrySizes();
  const budget = readBudget();
  const rows = Object.entries(sizes).map(([name, { min, gzip }]) => [
    name,
    `${min} B`,
    `${gzip} B`,
    budget[name] === undefined ? "none" : `${budget[name]} B`,
    budget[name] === undefined ? "" : `${((gzip / budget[name]) * 100).toFixed(1)}%`,
  ]);
  return {
    title:
      "The generated package's entries in a bundle (the fragment; esbuild minified, gzip), against size-budget.json",
    header: ["consumer", "minified", "gzip", "budget (gzip)", "of budget"],
    rows,
    notes: [
      "bytes, not time: deterministic for the locked esbuild, so `npm test` gates on the budget (test/size-budget.test.ts)",
    ],
  };
}
