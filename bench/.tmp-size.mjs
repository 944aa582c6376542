import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const cases = {
  fragmentOps: [`/work/main/generated/dist/operations.js`, `import { createTransport, patchExperiment } from "./ENTRY";\nconst t = createTransport({ token: "t" });\nexport const r = patchExperiment(t, { params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { instructions: [] } });\n`],
  fragmentClient: [`/work/main/generated/dist/index.js`, `import { createClient } from "./ENTRY";\nconst c = createClient({ token: "t" });\nexport const r = c.patchExperiment({ params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { instructions: [] } });\n`],
  upstreamOps: [`/tmp/ldup/dist/operations.js`, `import { createTransport, getFeatureFlag } from "./ENTRY";\nconst t = createTransport({ token: "t" });\nexport const r = getFeatureFlag(t, { params: { path: { projectKey: "p", featureFlagKey: "f" } } });\n`],
  upstreamClient: [`/tmp/ldup/dist/index.js`, `import { createClient } from "./ENTRY";\nconst c = createClient({ token: "t" });\nexport const r = c.getFeatureFlag({ params: { path: { projectKey: "p", featureFlagKey: "f" } } });\n`],
  bare: [`/work/main/node_modules/openapi-fetch/dist/index.mjs`, `import createClient from "./ENTRY";\nconst c = createClient({ baseUrl: "https://app.launchdarkly.com", headers: { Authorization: "t" } });\nexport const r = c.GET("/api/v2/flags/{projectKey}/{featureFlagKey}", { params: { path: { projectKey: "p", featureFlagKey: "f" } } });\n`],
};
for (const [name, [entry, src]] of Object.entries(cases)) {
  const out = await build({ stdin: { contents: src.replace("./ENTRY", entry), resolveDir: "/work/main", loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], write: false, metafile: true, logLevel: "silent" });
  const code = out.outputFiles[0].contents;
  console.log(name.padEnd(16), code.length, gzipSync(code).length);
  if (process.argv[2] === name) { const inputs = out.metafile.outputs[Object.keys(out.metafile.outputs)[0]].inputs; for (const [f, v] of Object.entries(inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log("  ", v.bytesInOutput, f); }
}
