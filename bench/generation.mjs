// Generation beside openapi-typescript's CLI on the same input, in the same run, alternating so
// neither always runs on a colder machine: a cold run (--no-cache: every step computed), a run
// with the step cache warm into a fresh output directory, and a no-op regeneration.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundledDigitalOcean, compareCorpus, DIGITAL_OCEAN } from "./corpus-generation.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PEAK = path.join(root, "bench", "peak-memory.cjs");

/** Wall time (ms) and peak resident memory (MiB) of one Node command. */
export function measure(args, dir) {
  const peakFile = path.join(dir, "peak");
  const env = { ...process.env, NODE_OPTIONS: `--require ${PEAK}`, BENCH_PEAK_FILE: peakFile };
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return { ms, mib: Number(readFileSync(peakFile, "utf8")) / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (runs) => ({ ms: median(runs.map((run) => run.ms)), mib: median(runs.map((run) => run.mib)) });

function compare(label, spec, rounds) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-gen-"));
  const ours = (out, ...flags) => [
    "bin/codegen.mjs",
    "--spec",
    spec,
    "--out",
    path.join(dir, out),
    "--quiet",
    ...flags,
  ];
  const runs = { cold: [], warm: [], theirs: [], noop: [] };
  try {
    measure(ours("warm-up"), dir); // fills the step cache (and builds .build/ if needed)
    for (let round = 0; round < rounds; round += 1) {
      rmSync(path.join(dir, "cold"), { recursive: true, force: true });
      rmSync(path.join(dir, "warm"), { recursive: true, force: true });
      runs.theirs.push(
        measure(["node_modules/openapi-typescript/bin/cli.js", spec, "-o", path.join(dir, "schema.ts")], dir),
      );
      runs.cold.push(measure(ours("cold", "--no-cache"), dir));
      runs.warm.push(measure(ours("warm"), dir));
      runs.noop.push(measure(ours("warm"), dir));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const theirs = summary(runs.theirs);
  const row = (what, runsOf, target) => {
    const { ms, mib } = summary(runsOf);
    return [
      `${label}: ${what}`,
      `${ms.toFixed(0)} ms`,
      `${mib.toFixed(0)} MiB`,
      `${(ms / theirs.ms).toFixed(2)}x`,
      `${(mib / theirs.mib).toFixed(2)}x`,
      target,
    ];
  };
  const fragment = label === "fragment";
  return [
    row("openapi-typescript CLI (types only)", runs.theirs, "baseline"),
    row("generate, cold (--no-cache)", runs.cold, `${fragment ? "≤ 0.90x" : "≤ 1.00x"}, memory ≤ 1.20x`),
    row("generate, step cache warm, fresh output", runs.warm, fragment ? "≤ 0.60x" : "≤ 1.00x"),
    row("no-op regeneration (0 files written)", runs.noop, "< 250 ms"),
  ];
}

export async function benchGeneration() {
  const upstream = path.resolve(root, "../shared/upstream/launchdarkly-openapi.yaml");
  const rows = compare("fragment", "spec/openapi.yaml", 5);
  const notes = [
    "generate writes types, client, fixtures, mock server, migrations and the API surface; openapi-typescript writes types only",
    "ratio and memory ratio: against openapi-typescript's CLI on the same file in the same run; medians of 5 (fragment) and 3 (upstream, DigitalOcean, the largest documents)",
  ];
  if (existsSync(upstream)) rows.push(...compare("upstream", upstream, 3));
  else notes.push(`upstream skipped: ${path.relative(root, upstream)} is absent`);
  if (existsSync(DIGITAL_OCEAN)) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-do-"));
    try {
      rows.push(...compare("DigitalOcean (bundled)", await bundledDigitalOcean(dir), 3).slice(0, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else notes.push(`DigitalOcean skipped: ${path.relative(root, DIGITAL_OCEAN)} is absent`);
  rows.push(...largestDocuments(notes));
  const corpus = await compareCorpus();
  rows.push(...corpus.rows.map((row) => [...row.slice(0, 3), row[3], "", row[4]]));
  notes.push(corpus.note);
  return {
    title: "Generation",
    header: ["what", "wall", "peak memory", "ratio", "memory ratio", "target"],
    rows,
    notes,
  };
}

/** The largest documents of the corpus (OpenAI, GitHub Enterprise, Clerk), cold beside openapi-typescript's CLI, and how time and memory grow with size. */
const LARGEST = [
  ["OpenAI", "heyapi/3.1.x/openai.yaml"],
  ["GitHub Enterprise 3.6 (diff to api.github.com)", "openapi-typescript/octokit-ghes-3.6-diff-to-api.json"],
  ["Clerk", "heyapi/3.0.x/clerk-2025-11-10.yaml"],
];

function largestDocuments(notes) {
  const rows = [];
  const growth = [];
  for (const [label, file] of LARGEST) {
    const spec = path.resolve(root, "../shared/corpus", file);
    if (!existsSync(spec)) {
      notes.push(`${label} skipped: ${path.relative(root, spec)} is absent`);
      continue;
    }
    const [theirs, cold] = compare(label, spec, 3);
    rows.push(theirs, cold);
    const mb = readFileSync(spec).length / 1e6;
    growth.push(
      `${mb.toFixed(2)} MB: ${(Number.parseFloat(cold[1]) / 1000).toFixed(1)} s, ${cold[2]} (theirs ${(Number.parseFloat(theirs[1]) / 1000).toFixed(1)} s, ${theirs[2]})`,
    );
  }
  if (growth.length > 0) notes.push(`cold generation by document size, medians of 3: ${growth.join("; ")}`);
  return rows;
}
