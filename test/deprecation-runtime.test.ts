import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/temp-dirs.js";

/** Each case runs in a fresh process: the warning is once per process by design. */
function runScript(source: string): { stderr: string; stdout: string; status: number | null } {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", source], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return { stderr: result.stderr, stdout: result.stdout, status: result.status };
}

const PRELUDE = `
import http from "node:http";
import { createClient } from "./generated/dist/index.js";
const server = http.createServer((req, res) => { req.resume(); req.on("end", () => { res.writeHead(200, { "content-type": "application/json" }); res.end("{}"); }); });
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = "http://127.0.0.1:" + server.address().port;
const init = { params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { hypothesis: "h", metrics: [], treatments: [], flags: {} } };
`;

describe("deprecation warning at run time", () => {
  it("emits one DeprecationWarning with a stable code on the first deprecated call in a process", () => {
    const { stdout, status } = runScript(`${PRELUDE}
      const warnings = [];
      process.on("warning", (w) => warnings.push({ name: w.name, code: w.code, message: w.message }));
      const client = createClient({ baseUrl, token: "secret-token" });
      await client.createIteration(init);
      await client.createIteration(init);
      await createClient({ baseUrl }).createIteration(init);
      await new Promise((resolve) => setImmediate(resolve));
      server.close();
      console.log(JSON.stringify(warnings));`);
    expect(status).toBe(0);
    const warnings = JSON.parse(stdout) as { name: string; code: string; message: string }[];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.name).toBe("DeprecationWarning");
    expect(warnings[0]?.code).toBe("OPENAPI_DEP_CREATE_ITERATION");
    expect(warnings[0]?.message).toContain("use patchExperiment");
    expect(warnings[0]?.message).toContain("updateExperimentFields or saveAndStartNewIteration");
    expect(warnings[0]?.message).not.toContain("secret-token");
  });

  it("is silenced by deprecationWarnings: false and routed by onWarning", () => {
    const { stdout, stderr, status } = runScript(`${PRELUDE}
      let emitted = 0;
      process.on("warning", () => { emitted += 1; });
      await createClient({ baseUrl, deprecationWarnings: false }).createIteration(init);
      const received = [];
      await createClient({ baseUrl, onWarning: (w) => received.push(w.operation + ":" + w.code) }).createIteration(init);
      await new Promise((resolve) => setImmediate(resolve));
      server.close();
      console.log(JSON.stringify({ emitted, received }));`);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ emitted: 0, received: ["createIteration:OPENAPI_DEP_CREATE_ITERATION"] });
    expect(stderr).not.toContain("DeprecationWarning");
  });
});
