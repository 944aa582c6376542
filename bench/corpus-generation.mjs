// Cold generation beside openapi-typescript's CLI on documents we did not write: DigitalOcean's
// (2,000 files joined by $ref, bundled into one file first so both tools read the same bytes) and
// every entry document of ../shared/corpus, each tool run once per document, as a whole process.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = path.resolve(root, "../shared/corpus");
export const DIGITAL_OCEAN = path.join(CORPUS, "openapi-typescript/digital-ocean-api/DigitalOcean-public.v2.yaml");
const PEAK = path.join(root, "bench", "peak-memory.cjs");

/** DigitalOcean's document as one JSON file (Redocly's bundler, every $ref local). */
export async function bundledDigitalOcean(dir) {
  const { bundle, createConfig } = await import("@redocly/openapi-core");
  const result = await bundle({ ref: DIGITAL_OCEAN, config: await createConfig({}), dereference: false });
  const file = path.join(dir, "digital-ocean.json");
  writeFileSync(file, JSON.stringify(result.bundle.parsed));
  return file;
}

/** The corpus's entry documents, as `npm run corpus` finds them (its TypeScript module, bundled). */
async function corpusEntries() {
  const out = await build({
    entryPoints: [path.join(root, "test/corpus/entries.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    write: false,
    logLevel: "error",
  });
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(out.outputFiles[0]?.text ?? "").toString("base64")}`
  );
  return module.findEntries([CORPUS], CORPUS);
}

/** Wall time (ms), peak resident memory (MiB) and exit code of one Node command, run asynchronously. */
function measure(args, dir, tag) {
  const peakFile = path.join(dir, `peak-${tag}`);
  const env = { ...process.env, NODE_OPTIONS: `--require ${PEAK}`, BENCH_PEAK_FILE: peakFile };
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: "ignore" });
    child.on("exit", (code) =>
      resolve({
        ms: performance.now() - started,
        mib: existsSync(peakFile) ? Number(readFileSync(peakFile, "utf8")) / 1024 : 0,
        ok: code === 0,
      }),
    );
  });
}

/**
 * Every OpenAPI 3 entry (Swagger 2.0 is one openapi-typescript refuses, and documents expected to
 * be refused are left out), both tools cold, two documents at a time; totals over the documents
 * both tools generate.
 */
export async function compareCorpus() {
  if (!existsSync(CORPUS)) return { rows: [], note: `corpus skipped: ${path.relative(root, CORPUS)} is absent` };
  const entries = (await corpusEntries()).filter(
    (entry) =>
      entry.expectRefusal === undefined && !/^\s*["']?swagger["']?\s*:/m.test(readFileSync(entry.file, "utf8")),
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-corpus-"));
  const results = [];
  try {
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < entries.length; index = next++) {
        const file = entries[index].file;
        const out = path.join(dir, `out-${index}`);
        const theirs = await measure(
          ["node_modules/openapi-typescript/bin/cli.js", file, "-o", `${out}.ts`],
          dir,
          `t${index}`,
        );
        const ours = await measure(
          ["bin/codegen.mjs", "--spec", file, "--out", out, "--quiet", "--no-cache"],
          dir,
          `o${index}`,
        );
        results.push({ theirs, ours });
        rmSync(out, { recursive: true, force: true });
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const both = results.filter((result) => result.ours.ok && result.theirs.ok);
  const sum = (side) => both.reduce((total, result) => total + result[side].ms, 0);
  const peak = (side) => Math.max(...both.map((result) => result[side].mib));
  const ratios = both.map((result) => result.ours.ms / result.theirs.ms).sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)] ?? Number.NaN;
  const label = `corpus (${both.length} documents)`;
  return {
    rows: [
      [
        `${label}: openapi-typescript CLI, total`,
        `${(sum("theirs") / 1000).toFixed(1)} s`,
        `${peak("theirs").toFixed(0)} MiB max`,
        "baseline",
        "",
      ],
      [
        `${label}: generate, cold, total`,
        `${(sum("ours") / 1000).toFixed(1)} s`,
        `${peak("ours").toFixed(0)} MiB max`,
        `${(sum("ours") / sum("theirs")).toFixed(2)}x`,
        `≤ 1.00x (median per document ${median.toFixed(2)}x)`,
      ],
    ],
    note: `corpus: ${entries.length} OpenAPI 3 entry documents, each tool once per document, two documents at a time; ${entries.length - both.length} left out where either tool exits non-zero (ours: ${results.filter((result) => !result.ours.ok).length}, openapi-typescript: ${results.filter((result) => !result.theirs.ok).length})`,
  };
}
