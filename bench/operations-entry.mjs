// What one operation costs a bundle: a consumer that calls one operation, through `createClient`
// (the whole operation table comes along, sent by openapi-fetch) and through `<pkg>/operations` (the
// function it calls and the runtime parts that function names, sent by runtime/send.ts; and with the
// `middleware` feature), for the fragment and for LaunchDarkly's 348-operation document, beside bare
// openapi-fetch making the same call. Both packages are generated from the current templates.
// esbuild, minified, then gzip.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const UPSTREAM = path.resolve(root, "../shared/upstream/launchdarkly-openapi.yaml");
const FRAGMENT_CALL =
  '{ params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { instructions: [] } }';
const UPSTREAM_CALL = '{ params: { path: { projectKey: "p", featureFlagKey: "f" } } }';

function consumers(fragment, upstream) {
  const list = {
    "fragment, createClient": `import { createClient } from "${fragment}/dist/index.js";\nexport const r = createClient({ token: "t" }).patchExperiment(${FRAGMENT_CALL});\n`,
    "fragment, <pkg>/operations": `import { createTransport, patchExperiment } from "${fragment}/dist/operations.js";\nexport const r = patchExperiment(createTransport({ token: "t" }), ${FRAGMENT_CALL});\n`,
    "fragment, <pkg>/operations + middleware": `import { createTransport, middleware, patchExperiment } from "${fragment}/dist/operations.js";\nexport const r = patchExperiment(createTransport({ token: "t", middleware: [{ onRequest: () => undefined }] }, middleware), ${FRAGMENT_CALL});\n`,
    "bare openapi-fetch, the fragment's call": `import createClient from "openapi-fetch";\nexport const r = createClient({ baseUrl: "https://app.launchdarkly.com", headers: { Authorization: "t" } }).PATCH("/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}", ${FRAGMENT_CALL});\n`,
  };
  if (upstream === undefined) return list;
  return {
    ...list,
    "upstream, createClient": `import { createClient } from "${upstream}/dist/index.js";\nexport const r = createClient({ token: "t" }).getFeatureFlag(${UPSTREAM_CALL});\n`,
    "upstream, <pkg>/operations": `import { createTransport, getFeatureFlag } from "${upstream}/dist/operations.js";\nexport const r = getFeatureFlag(createTransport({ token: "t" }), ${UPSTREAM_CALL});\n`,
    "upstream, <pkg>/operations + middleware": `import { createTransport, getFeatureFlag, middleware } from "${upstream}/dist/operations.js";\nexport const r = getFeatureFlag(createTransport({ token: "t", middleware: [{ onRequest: () => undefined }] }, middleware), ${UPSTREAM_CALL});\n`,
    "bare openapi-fetch, the upstream call": `import createClient from "openapi-fetch";\nexport const r = createClient({ baseUrl: "https://app.launchdarkly.com", headers: { Authorization: "t" } }).GET("/api/v2/flags/{projectKey}/{featureFlagKey}", ${UPSTREAM_CALL});\n`,
  };
}

/** The package of `spec`, generated into `out` from the current templates. */
function generate(spec, out) {
  const run = spawnSync(process.execPath, ["bin/codegen.mjs", "--spec", spec, "--out", out, "--quiet"], {
    cwd: root,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`generating ${spec}: ${run.stderr}`);
  return out;
}

async function size(source) {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.length, gzip: gzipSync(code).length };
}

export async function benchOperationsEntry() {
  mkdirSync(path.join(root, "test", ".tmp"), { recursive: true });
  const dir = mkdtempSync(path.join(root, "test", ".tmp", "bench-ops-"));
  try {
    let upstream;
    const notes = [];
    const fragment = generate(path.join(root, "spec", "openapi.yaml"), path.join(dir, "fragment"));
    if (existsSync(UPSTREAM)) upstream = generate(UPSTREAM, path.join(dir, "upstream"));
    else notes.push("../shared/upstream is absent: the upstream rows are skipped");
    const sizes = {};
    for (const [name, source] of Object.entries(consumers(fragment, upstream))) sizes[name] = await size(source);
    const baseline = sizes["fragment, <pkg>/operations"];
    const rows = Object.entries(sizes).map(([name, { min, gzip }]) => {
      const bare = name.startsWith("upstream")
        ? sizes["bare openapi-fetch, the upstream call"]
        : sizes["bare openapi-fetch, the fragment's call"];
      return [
        name,
        `${min} B`,
        `${gzip} B`,
        `${(gzip / baseline.gzip).toFixed(2)}x`,
        name.startsWith("bare") ? "" : `${(gzip / bare.gzip).toFixed(2)}x`,
      ];
    });
    notes.push(
      "goals (#30): upstream via <pkg>/operations ≤ 1.00x bare openapi-fetch, the fragment's ≤ 1.10x; with the middleware feature, openapi-fetch's middleware runs as in createClient",
    );
    return {
      title: "One operation's bundle: createClient vs <pkg>/operations vs bare openapi-fetch",
      header: ["consumer", "minified", "gzip", "vs fragment <pkg>/operations", "vs bare openapi-fetch"],
      rows,
      notes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
