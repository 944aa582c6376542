// `npm run bench -- validators`: the compiled validators of `<pkg>/validators` beside ajv (compiled,
// its default options, the same JSON Schema our validator hands out) and Zod 4 (the schema written
// with Zod's API, bench/zod-source.mjs), on the same values: the upstream document's largest
// response bodies, valid (fixtures) and invalid (single-change mutants). Then the gzip size of one
// validator's bundle beside Zod's and zod/mini's for the same schema.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { build } from "esbuild";
import { zodModule } from "./zod-source.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const UPSTREAM = path.resolve(root, "../shared/upstream/launchdarkly-openapi.yaml");
const SCHEMAS = 3;
const VALUES = 40;
const ROUNDS = 7;

async function mutantsModule(dir) {
  const outfile = path.join(dir, "value-mutants.mjs");
  await build({
    entryPoints: [path.join(root, "test", "support", "value-mutants.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    logLevel: "error",
  });
  return import(pathToFileURL(outfile).href);
}

/** The component schemas 2xx responses answer with, by the size of their fixture (largest first). */
function largestResponseSchemas(operations, fixtures, validators, count) {
  const names = new Set();
  for (const operation of operations) {
    for (const response of operation.responses) {
      const ref = response.status >= 200 && response.status < 300 ? response.schema?.$ref : undefined;
      if (typeof ref === "string")
        names.add(decodeURIComponent(ref.split("/").pop()).replace(/~1/g, "/").replace(/~0/g, "~"));
    }
  }
  const sized = [...names].flatMap((name) => {
    const builder = fixtures[`build${name}`];
    if (builder === undefined || validators[name] === undefined) return [];
    try {
      return [{ name, size: JSON.stringify(builder(undefined, { seed: 1 })).length }];
    } catch {
      return [];
    }
  });
  return sized
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map((entry) => entry.name);
}

/** Operations per second of `check` over `values`, the median of ROUNDS rounds of at least 100 ms. */
function throughput(check, values) {
  const rates = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    let count = 0;
    const started = performance.now();
    while (performance.now() - started < 100) {
      for (const value of values) check(value);
      count += values.length;
    }
    rates.push(count / ((performance.now() - started) / 1000));
  }
  return rates.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

async function gzipOf(source, resolveDir) {
  const out = await build({
    stdin: { contents: source, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  return gzipSync(out.outputFiles[0].contents).length;
}

function generate(spec, out) {
  const run = spawnSync(
    process.execPath,
    ["bin/codegen.mjs", ...(spec === undefined ? [] : ["--spec", spec]), "--out", out, "--quiet"],
    { cwd: root, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`generating ${spec ?? "the fragment"}: ${run.stderr}`);
}

export async function benchValidators() {
  mkdirSync(path.join(root, "test", ".tmp"), { recursive: true });
  const dir = mkdtempSync(path.join(root, "test", ".tmp", "bench-validators-"));
  try {
    const notes = [];
    const pkg = path.join(dir, "client");
    const upstream = existsSync(UPSTREAM);
    if (!upstream) notes.push("../shared/upstream is absent: the fragment's schemas are measured instead");
    generate(upstream ? UPSTREAM : undefined, pkg);
    const fixtures = await import(pathToFileURL(path.join(pkg, "dist/fixtures.js")).href);
    const validators = await import(pathToFileURL(path.join(pkg, "dist/validators.js")).href);
    const { mutantsOf } = await mutantsModule(dir);
    const ajv = new Ajv({ strict: false, logger: false });
    addFormatsModule.default(ajv);
    // Ours collects every issue of an invalid value, as ajv does with allErrors.
    const ajvAll = new Ajv({ strict: false, logger: false, allErrors: true });
    addFormatsModule.default(ajvAll);
    const rows = [];
    const agreement = { zod: [0, 0], ajv: [0, 0] };
    const { OPERATION_TABLE } = await import(pathToFileURL(path.join(pkg, "dist/operation-table.js")).href);
    const operations = OPERATION_TABLE.map((line) => (typeof line === "string" ? JSON.parse(line) : line));
    const names = largestResponseSchemas(operations, fixtures, validators, SCHEMAS);
    for (const name of names) {
      const ours = validators[name];
      const jsonSchema = ours["~standard"].jsonSchema.input({ target: "draft-07" });
      const ajvCheck = ajv.compile(jsonSchema);
      const ajvAllCheck = ajvAll.compile(jsonSchema);
      writeFileSync(path.join(dir, `${name}.zod.mjs`), zodModule(jsonSchema, "zod"));
      const { schema: zodSchema } = await import(pathToFileURL(path.join(dir, `${name}.zod.mjs`)).href);
      const valid = Array.from({ length: VALUES }, (_, index) =>
        fixtures[`build${name}`](undefined, { seed: index + 1 }),
      );
      const invalid = valid
        .flatMap((value) => mutantsOf(value, 4).map((mutant) => mutant.value))
        .filter((value) => !ours.is(value))
        .slice(0, VALUES);
      for (const value of [...valid, ...invalid]) {
        const verdict = ours.is(value);
        agreement.ajv[0] += Number(ajvCheck(value) === verdict);
        agreement.zod[0] += Number(zodSchema.safeParse(value).success === verdict);
        agreement.ajv[1] += 1;
        agreement.zod[1] += 1;
      }
      const size = JSON.stringify(valid[0]).length;
      for (const [kind, values] of [
        ["valid", valid],
        ["invalid", invalid],
      ]) {
        const base = throughput((value) => ajvCheck(value), values);
        const allRate = throughput((value) => ajvAllCheck(value), values);
        const oursRate = throughput((value) => ours["~standard"].validate(value), values);
        const isRate = throughput((value) => ours.is(value), values);
        const zodRate = throughput((value) => zodSchema.safeParse(value), values);
        const fmt = (rate) => `${Math.round(rate).toLocaleString("en-US")}/s (${(rate / base).toFixed(2)}×)`;
        rows.push([
          `${name} (${size} B), ${kind}`,
          fmt(base),
          fmt(allRate),
          fmt(oursRate),
          fmt(isRate),
          fmt(zodRate),
          `${(oursRate / zodRate).toFixed(1)}×`,
        ]);
      }
    }
    notes.push(
      `ratios in parentheses are against ajv (compiled, default options: it stops at the first error) in the same run; "ours / Zod" is \`validate\`'s throughput over Zod's \`safeParse\`. Invalid values are single-change mutants our validator refuses: \`validate\` then collects every issue with its path (as ajv's allErrors and Zod do), \`is\` answers at the first`,
    );
    notes.push(
      `verdicts on the same ${agreement.ajv[1]} values: ajv agrees with ours on ${agreement.ajv[0]}, Zod on ${agreement.zod[0]} (Zod's union is not oneOf, its loose objects do not check additional properties, formats are not written)`,
    );
    const largest = names[0];
    if (largest !== undefined) {
      const jsonSchema = validators[largest]["~standard"].jsonSchema.input({ target: "draft-07" });
      writeFileSync(
        path.join(dir, "zod-classic.mjs"),
        `${zodModule(jsonSchema, "zod")}export const r = schema.safeParse(globalThis.v);\n`,
      );
      writeFileSync(
        path.join(dir, "zod-mini.mjs"),
        `${zodModule(jsonSchema, "zod/mini")}export const r = schema.safeParse(globalThis.v);\n`,
      );
      const oursSize = await gzipOf(
        `import { ${largest} } from ${JSON.stringify(path.join(pkg, "dist/validators.js"))};\nexport const r = ${largest}["~standard"].validate(globalThis.v);\n`,
        root,
      );
      const classic = await gzipOf(`export * from ${JSON.stringify(path.join(dir, "zod-classic.mjs"))};`, root);
      const mini = await gzipOf(`export * from ${JSON.stringify(path.join(dir, "zod-mini.mjs"))};`, root);
      notes.push(
        `one validator's bundle (esbuild, minified, gzip) for ${largest}: ours ${oursSize} B (its checks, the rules they name, and its JSON Schema for Standard JSON Schema), zod ${classic} B, zod/mini ${mini} B`,
      );
    }
    return {
      title: `Validators: ${upstream ? "LaunchDarkly's document" : "the fragment"}, its ${names.length} largest response bodies (${VALUES} valid values and up to ${VALUES} invalid each)`,
      header: [
        "schema, values",
        "ajv",
        "ajv, allErrors",
        "ours, validate",
        "ours, is",
        "Zod 4, safeParse",
        "ours / Zod",
      ],
      rows,
      notes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
