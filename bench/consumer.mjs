// What a downstream consumer pays: bundle size, type-check time and per-call overhead of the
// generated client, each beside bare openapi-fetch measured in the same run.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import createFetchClient from "openapi-fetch";
import { createClient } from "../generated/dist/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ITERATION_PATH =
  "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations";
const PARAMS =
  '{ params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { hypothesis: "h", metrics: [], treatments: [], flags: {} } }';

const CONSUMERS = {
  generated: `import { createClient } from "../../generated/dist/index.js";\nconst client = createClient({ token: "t", deprecationWarnings: false });\nexport const result = client.createIteration(${PARAMS});\n`,
  bare: `import createClient from "openapi-fetch";\nimport type { paths } from "../../generated/dist/schema.js";\nconst client = createClient<paths>({ baseUrl: "https://app.launchdarkly.com", headers: { Authorization: "t" } });\nexport const result = client.POST("${ITERATION_PATH}", ${PARAMS});\n`,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The consumers' sources, their imports pointed from `dir` at this repository. */
function consumersIn(dir) {
  return Object.entries(CONSUMERS).map(([name, source]) => [
    name,
    source.replaceAll("../../", `${path.relative(dir, root)}/`),
  ]);
}

async function bundleSizes(dir) {
  const sizes = {};
  for (const [name, source] of consumersIn(dir)) {
    const out = await build({
      stdin: { contents: source, resolveDir: dir, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      write: false,
      logLevel: "silent",
    });
    const code = out.outputFiles[0]?.contents ?? new Uint8Array();
    sizes[name] = { min: code.length, gzip: gzipSync(code).length };
  }
  return sizes;
}

function typecheckTimes(dir) {
  const times = { generated: [], bare: [] };
  for (let run = 0; run < 5; run += 1) {
    for (const name of Object.keys(CONSUMERS)) {
      const started = performance.now();
      const result = spawnSync(
        process.execPath,
        [
          path.join(root, "node_modules/typescript/bin/tsc"),
          "--noEmit",
          "--strict",
          "--skipLibCheck",
          "--module",
          "nodenext",
          "--moduleResolution",
          "nodenext",
          "--target",
          "es2022",
          "--types",
          "node",
          path.join(dir, `${name}.ts`),
        ],
        { encoding: "utf8" },
      );
      if (result.status !== 0) throw new Error(`tsc ${name}: ${result.stdout}`);
      times[name].push(performance.now() - started);
    }
  }
  return { generated: median(times.generated), bare: median(times.bare) };
}

async function perCall() {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"hypothesis":"h","status":"not_started","createdAt":1}');
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const generated = createClient({ baseUrl, token: "t", deprecationWarnings: false, retry: false });
  const bare = createFetchClient({ baseUrl, headers: { Authorization: "t" } });
  const init = {
    params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } },
    body: { hypothesis: "h", metrics: [], treatments: [], flags: {} },
  };
  const time = async (call) => {
    const started = performance.now();
    for (let i = 0; i < 1000; i += 1) await call();
    return (performance.now() - started) / 1000;
  };
  const rounds = { generated: [], bare: [] };
  for (let round = 0; round < 5; round += 1) {
    rounds.bare.push(await time(() => bare.POST(ITERATION_PATH, init)));
    rounds.generated.push(await time(() => generated.createIteration(init)));
  }
  server.close();
  return { generated: median(rounds.generated), bare: median(rounds.bare) };
}

export async function benchConsumer() {
  // Inside the repository, so the consumers resolve openapi-fetch from its node_modules.
  mkdirSync(path.join(root, "test", ".tmp"), { recursive: true });
  const dir = mkdtempSync(path.join(root, "test", ".tmp", "bench-"));
  try {
    for (const [name, source] of consumersIn(dir)) writeFileSync(path.join(dir, `${name}.ts`), source);
    const sizes = await bundleSizes(dir);
    const tsc = typecheckTimes(dir);
    const calls = await perCall();
    return {
      title:
        "Consumer costs: a consumer that creates a client and calls createIteration, vs the same on bare openapi-fetch",
      header: ["what", "generated client", "bare openapi-fetch", "ratio", "target"],
      rows: [
        [
          "bundle (esbuild), minified",
          `${sizes.generated.min} B`,
          `${sizes.bare.min} B`,
          `${(sizes.generated.min / sizes.bare.min).toFixed(2)}x`,
          "",
        ],
        [
          "bundle (esbuild), minified + gzip",
          `${sizes.generated.gzip} B`,
          `${sizes.bare.gzip} B`,
          `${(sizes.generated.gzip / sizes.bare.gzip).toFixed(2)}x`,
          "≤ 1.50x",
        ],
        [
          "type-check (tsc --noEmit, median of 5)",
          `${tsc.generated.toFixed(0)} ms`,
          `${tsc.bare.toFixed(0)} ms`,
          `${(tsc.generated / tsc.bare).toFixed(2)}x`,
          "≤ 1.10x",
        ],
        [
          "per call on loopback (1,000 sequential, median of 5)",
          `${calls.generated.toFixed(3)} ms`,
          `${calls.bare.toFixed(3)} ms`,
          `${(calls.generated / calls.bare).toFixed(2)}x`,
          "≤ 1.05x",
        ],
      ],
      notes: [],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
