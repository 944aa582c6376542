// Documents an order of magnitude larger: the upstream document's paths and schemas replicated 1×,
// 2×, 4× and 8× under renamed keys (the 8× copy is about 16 MB of JSON), each generated cold beside
// openapi-typescript's CLI, three pairs per size in alternating order (medians). The ratio should
// not grow with size, and memory should grow linearly: the table prints both per size.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { measure } from "./generation.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const UPSTREAM = path.resolve(root, "../shared/upstream/launchdarkly-openapi.yaml");
const SIZES = [1, 2, 4, 8];
const ROUNDS = 3;

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const summary = (runs) => ({ ms: median(runs.map((run) => run.ms)), mib: median(runs.map((run) => run.mib)) });
const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;

/** A deep copy in which every `$ref` to a component schema names that schema's copy `suffix`. */
function renamed(value, suffix) {
  if (Array.isArray(value)) return value.map((item) => renamed(item, suffix));
  if (typeof value !== "object" || value === null) return value;
  const copy = {};
  for (const [key, item] of Object.entries(value)) {
    const match = key === "$ref" && typeof item === "string" ? SCHEMA_REF.exec(item) : null;
    copy[key] = match !== null ? `#/components/schemas/${match[1]}${suffix}` : renamed(item, suffix);
  }
  return copy;
}

/** The document with its paths and component schemas `times` times, copies under `/rN…` and `…_rN`. */
function replicated(document, times) {
  const paths = { ...document.paths };
  const schemas = { ...document.components.schemas };
  for (let copy = 1; copy < times; copy += 1) {
    const suffix = `_r${copy}`;
    for (const [name, schema] of Object.entries(document.components.schemas))
      schemas[`${name}${suffix}`] = renamed(schema, suffix);
    for (const [route, item] of Object.entries(document.paths)) {
      const moved = renamed(item, suffix);
      for (const operation of Object.values(moved))
        if (typeof operation?.operationId === "string") operation.operationId += suffix;
      paths[`/r${copy}${route}`] = moved;
    }
  }
  return { ...document, paths, components: { ...document.components, schemas } };
}

export async function benchSizeSeries() {
  const header = [
    "size",
    "document",
    "openapi-typescript",
    "generate, cold",
    "ratio",
    "peak memory (ours)",
    "MiB per MB",
  ];
  if (!existsSync(UPSTREAM))
    return { title: "Size series", header, rows: [], notes: [`skipped: ${path.relative(root, UPSTREAM)} is absent`] };
  const document = yaml.load(readFileSync(UPSTREAM, "utf8"));
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-series-"));
  const rows = [];
  try {
    for (const [index, times] of SIZES.entries()) {
      const spec = path.join(dir, `upstream-${times}x.json`);
      writeFileSync(spec, JSON.stringify(replicated(document, times)));
      const mb = statSync(spec).size / 1e6;
      const theirs = () =>
        measure(["node_modules/openapi-typescript/bin/cli.js", spec, "-o", path.join(dir, "schema.ts")], dir);
      const ours = () => {
        rmSync(path.join(dir, "out"), { recursive: true, force: true });
        return measure(
          ["bin/codegen.mjs", "--spec", spec, "--out", path.join(dir, "out"), "--quiet", "--no-cache"],
          dir,
        );
      };
      // Rounds in alternating order, so neither tool always meets a colder (or busier) machine.
      const pairs = Array.from({ length: ROUNDS }, (_, round) => {
        if ((index + round) % 2 === 0) {
          const first = theirs();
          return [first, ours()];
        }
        const first = ours();
        return [theirs(), first];
      });
      const a = summary(pairs.map(([run]) => run));
      const b = summary(pairs.map(([, run]) => run));
      const ratios = pairs.map(([run, mine]) => (mine.ms / run.ms).toFixed(2)).join(", ");
      rows.push([
        `${times}×`,
        `${mb.toFixed(1)} MB`,
        `${a.ms.toFixed(0)} ms, ${a.mib.toFixed(0)} MiB`,
        `${b.ms.toFixed(0)} ms`,
        `${(b.ms / a.ms).toFixed(2)}x (pairs ${ratios}; memory ${(b.mib / a.mib).toFixed(2)}x)`,
        `${b.mib.toFixed(0)} MiB`,
        `${(b.mib / mb).toFixed(0)}`,
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: `Size series (the upstream document replicated under renamed keys, cold, medians of ${ROUNDS} alternating pairs per size)`,
    header,
    rows,
    notes: [
      "the ratio should not grow with size; memory should grow linearly (MiB per MB of document roughly constant, above a fixed start-up cost)",
    ],
  };
}
