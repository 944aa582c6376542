// A consumer of the upstream client (348 operations) that calls one operation, type-checked by
// tsc (TypeScript 5.9 and 7, skipLibCheck on and off), beside the same consumer written against
// openapi-typescript's types with openapi-fetch: what an editor and CI pay for the generated types.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const UPSTREAM = path.resolve(root, "../shared/upstream/launchdarkly-openapi.yaml");
const COMPILERS = {
  5.9: path.join(root, "node_modules/typescript/bin/tsc"),
  7: path.join(root, "test/typescript7/node_modules/typescript/bin/tsc"),
};
// Each tsc run is a fresh process on a shared machine: five rounds, interleaved, keep one slow run out of the median.
const ROUNDS = 5;
const CALL = '{ params: { path: { projectKey: "p", featureFlagKey: "f" } } }';

const SOURCES = {
  createClient: `import { createClient } from "upstream-client";\nconst client = createClient({ token: "t" });\nexport async function key(): Promise<string> {\n  const result = await client.getFeatureFlag(${CALL});\n  return result.status === 200 ? result.data.key : "";\n}\n`,
  "<pkg>/operations": `import { createTransport, getFeatureFlag } from "upstream-client/operations";\nconst transport = createTransport({ token: "t" });\nexport async function key(): Promise<string> {\n  const result = await getFeatureFlag(transport, ${CALL});\n  return result.status === 200 ? result.data.key : "";\n}\n`,
  "openapi-typescript + openapi-fetch": `import createClient from "openapi-fetch";\nimport type { paths } from "./schema.js";\nconst client = createClient<paths>({ baseUrl: "https://app.launchdarkly.com", headers: { Authorization: "t" } });\nexport async function key(): Promise<string> {\n  const { data } = await client.GET("/api/v2/flags/{projectKey}/{featureFlagKey}", ${CALL});\n  return data?.key ?? "";\n}\n`,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function tscTime(compiler, dir, file, skipLibCheck) {
  const config = path.join(dir, `tsconfig-${path.basename(file, ".ts")}-${skipLibCheck}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        skipLibCheck,
        types: [],
      },
      files: [file],
    }),
  );
  const started = performance.now();
  const run = spawnSync(process.execPath, [compiler, "-p", config], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`tsc on ${file}: ${run.stdout}${run.stderr}`);
  return performance.now() - started;
}

export async function benchConsumerScale() {
  if (!existsSync(UPSTREAM))
    return {
      title: "Consumer type-check at scale",
      header: ["what"],
      rows: [],
      notes: ["../shared/upstream is absent: skipped"],
    };
  mkdirSync(path.join(root, "test", ".tmp"), { recursive: true });
  const dir = mkdtempSync(path.join(root, "test", ".tmp", "bench-scale-"));
  try {
    const pkg = path.join(dir, "upstream");
    const generate = spawnSync(
      process.execPath,
      ["bin/codegen.mjs", "--spec", UPSTREAM, "--out", pkg, "--quiet", "--name", "upstream-client"],
      { cwd: root, encoding: "utf8" },
    );
    if (generate.status !== 0) throw new Error(generate.stderr);
    const types = spawnSync(
      process.execPath,
      ["node_modules/openapi-typescript/bin/cli.js", UPSTREAM, "-o", path.join(dir, "schema.ts")],
      { cwd: root, encoding: "utf8" },
    );
    if (types.status !== 0) throw new Error(types.stderr);
    mkdirSync(path.join(dir, "node_modules"), { recursive: true });
    symlinkSync(pkg, path.join(dir, "node_modules", "upstream-client"), "dir");
    symlinkSync(
      path.join(root, "node_modules", "openapi-fetch"),
      path.join(dir, "node_modules", "openapi-fetch"),
      "dir",
    );
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
    const files = Object.entries(SOURCES).map(([name, source], index) => {
      const file = path.join(dir, `consumer-${index}.ts`);
      writeFileSync(file, source);
      return [name, file];
    });
    const rows = [];
    for (const [version, compiler] of Object.entries(COMPILERS)) {
      for (const skipLibCheck of [true, false]) {
        const times = Object.fromEntries(files.map(([name]) => [name, []]));
        for (let round = 0; round < ROUNDS; round += 1)
          for (const [name, file] of files) times[name].push(tscTime(compiler, dir, file, skipLibCheck));
        const baseline = median(times["openapi-typescript + openapi-fetch"]);
        for (const [name] of files)
          rows.push([
            `TypeScript ${version}, skipLibCheck ${skipLibCheck ? "on" : "off"}: ${name}`,
            `${median(times[name]).toFixed(0)} ms`,
            `${(median(times[name]) / baseline).toFixed(2)}x`,
            name.startsWith("openapi-typescript") ? "baseline" : "≤ 1.10x",
          ]);
      }
    }
    return {
      title: `Consumer type-check at scale: one call of the upstream client (tsc, median of ${ROUNDS})`,
      header: ["what", "tsc", "ratio", "target"],
      rows,
      notes: ["the baseline is the same call written against openapi-typescript's types with openapi-fetch"],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
