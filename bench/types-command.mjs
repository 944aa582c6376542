// `types` beside openapi-typescript's CLI on the same document, both cold (a fresh process each,
// nothing cached), in pairs in the same run with the order alternating, so neither always runs on a
// colder machine. Also checks that both wrote the same bytes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PEAK = path.join(root, "bench", "peak-memory.cjs");
const ROUNDS = 5;

const DOCUMENTS = [
  ["upstream (LaunchDarkly)", path.resolve(root, "../shared/upstream/launchdarkly-openapi.yaml")],
  [
    "GitHub Enterprise 3.6 (diff to api.github.com)",
    path.resolve(root, "../shared/corpus/openapi-typescript/octokit-ghes-3.6-diff-to-api.json"),
  ],
  [
    "DigitalOcean (2,000 files)",
    path.resolve(root, "../shared/corpus/openapi-typescript/digital-ocean-api/DigitalOcean-public.v2.yaml"),
  ],
  ["petstore-30 (small)", path.join(root, "test/specs/petstore-30.yaml")],
];

/** Wall time (ms) and peak resident memory (MiB) of one Node command. */
function measure(args, dir) {
  const peakFile = path.join(dir, "peak");
  const env = { ...process.env, NODE_OPTIONS: `--require ${PEAK}`, BENCH_PEAK_FILE: peakFile };
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", env });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return { ms, mib: Number(readFileSync(peakFile, "utf8")) / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function compare(label, spec) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-types-"));
  const theirsArgs = [path.join(root, "node_modules/openapi-typescript/bin/cli.js"), spec, "-o", "theirs.d.ts"];
  const oursArgs = [path.join(root, "bin/codegen.mjs"), "types", spec, "-o", "ours.d.ts"];
  const runs = { theirs: [], ours: [] };
  try {
    measure(oursArgs, dir); // builds .build/ if a source changed: not part of a user's cold run
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? ["theirs", "ours"] : ["ours", "theirs"];
      for (const who of order) runs[who].push(measure(who === "ours" ? oursArgs : theirsArgs, dir));
    }
    const same =
      readFileSync(path.join(dir, "ours.d.ts"), "utf8") === readFileSync(path.join(dir, "theirs.d.ts"), "utf8");
    const ratios = runs.ours.map((run, index) => run.ms / runs.theirs[index].ms);
    const theirs = { ms: median(runs.theirs.map((run) => run.ms)), mib: median(runs.theirs.map((run) => run.mib)) };
    const ours = { ms: median(runs.ours.map((run) => run.ms)), mib: median(runs.ours.map((run) => run.mib)) };
    return [
      [
        `${label}: openapi-typescript CLI`,
        `${theirs.ms.toFixed(0)} ms`,
        `${theirs.mib.toFixed(0)} MiB`,
        "baseline",
        "",
        "",
      ],
      [
        `${label}: types`,
        `${ours.ms.toFixed(0)} ms`,
        `${ours.mib.toFixed(0)} MiB`,
        `${median(ratios).toFixed(2)}x`,
        `${(ours.mib / theirs.mib).toFixed(2)}x`,
        same ? "yes" : "NO",
      ],
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTypesCommand() {
  const rows = [];
  const notes = [
    `cold: a fresh process per run; ${ROUNDS} pairs per document, the order alternating; ratio: the median of the pairs' ratios (≤ 1.00x is the target)`,
  ];
  for (const [label, spec] of DOCUMENTS) {
    if (existsSync(spec)) rows.push(...compare(label, spec));
    else notes.push(`${label} skipped: ${path.relative(root, spec)} is absent`);
  }
  return {
    title: "types beside openapi-typescript's CLI",
    header: ["what", "wall", "peak memory", "ratio", "memory ratio", "same bytes"],
    rows,
    notes,
  };
}
