import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatePackage } from "./support/generated-package.js";
import { quickInfoAt } from "./support/quick-info.js";
import { DIGITALOCEAN, sharedPresent } from "./support/shared-files.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { typecheck } from "./support/typecheck.js";

/** A consumer project with `packageDir` installed (linked) under `name`. */
function consumer(name: string, packageDir: string): string {
  const dir = makeTempDir("consumer-types");
  writeFileSync(path.join(dir, "package.json"), '{ "name": "consumer", "private": true, "type": "module" }\n');
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(packageDir, path.join(dir, "node_modules", name), "dir");
  return dir;
}

function compile(dir: string, source: string): string[] {
  const file = path.join(dir, "consumer.ts");
  writeFileSync(file, source);
  return typecheck([file]);
}

const FRAGMENT_CONSUMER = `import { createClient, type PatchExperimentResult } from "launchdarkly-experiments-client";
import { buildExperimentPatchInput } from "launchdarkly-experiments-client/fixtures";

const client = createClient({ token: process.env.LD_API_TOKEN });
const path = { projectKey: "web", environmentKey: "production", experimentKey: "checkout" };

export async function outcome(): Promise<string> {
  const result = await client.patchExperiment({ params: { path }, body: buildExperimentPatchInput() });
  switch (result.status) {
    case 200:
      return result.data.key;
    case 409: {
      const conflict = result.error;
      return conflict.code;
    }
    case 429:
      return result.error.message;
    case 0:
      return \`malformed \${result.error.status}\`;
    default:
      return result.error.message;
  }
}

export async function firstError(): Promise<string> {
  const result: PatchExperimentResult = await client.patchExperiment({ params: { path }, body: buildExperimentPatchInput() });
  if (result.error) return \`\${result.error.code}: \${result.error.message}\`;
  return result.data.key;
}
`;

describe("what a downstream developer's editor and compiler see", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  it("results narrow by status alone (malformed included), and an error's common fields read on the whole union", () => {
    const dir = consumer("launchdarkly-experiments-client", path.join(REPO_ROOT, "generated"));
    dirs.push(dir);
    expect(compile(dir, FRAGMENT_CONSUMER)).toEqual([]);
    // The same code fails when a case reads a body its status does not have: the narrowing is real.
    const wrong = FRAGMENT_CONSUMER.replace("      return conflict.code;", "      return result.data.key;");
    expect(compile(dir, wrong).join("\n")).toContain("'result.data' is possibly 'undefined'");
  });

  it("hover: a method shows one signature line of named types, then its documentation; error bodies keep the spec's names", () => {
    const dir = consumer("launchdarkly-experiments-client", path.join(REPO_ROOT, "generated"));
    dirs.push(dir);
    const method = quickInfoAt(dir, FRAGMENT_CONSUMER, "patchExperiment({ params");
    expect(method.signature).toBe(
      "(property) Client.patchExperiment: (init: PatchExperimentRequest) => Promise<PatchExperimentResult>",
    );
    expect(method.documentation.startsWith("Update experiment")).toBe(true);
    expect(method.text.split("\n").length).toBeLessThanOrEqual(20);
    expect(quickInfoAt(dir, FRAGMENT_CONSUMER, "conflict = ").signature).toBe("const conflict: StatusConflictErrorRep");
    expect(quickInfoAt(dir, FRAGMENT_CONSUMER, "result = await").signature).toBe("const result: PatchExperimentResult");
  });

  it("hover: a function of /operations shows one signature line too, its errors name the request type", () => {
    const dir = consumer("launchdarkly-experiments-client", path.join(REPO_ROOT, "generated"));
    dirs.push(dir);
    const source = `import { createTransport, patchExperiment } from "launchdarkly-experiments-client/operations";

const transport = createTransport({ token: process.env.LD_API_TOKEN });
export const result = patchExperiment(transport, { params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { instructions: [] } });
// @ts-expect-error the request is required
export const missing = patchExperiment(transport);
`;
    expect(compile(dir, source)).toEqual([]);
    const hover = quickInfoAt(dir, source, "patchExperiment(transport, {");
    // Was 38 lines with a parameter named `init_0` (a rest parameter of a conditional tuple).
    expect(hover.signature).toBe(
      "(alias) patchExperiment(transport: Transport, init: PatchExperimentRequest): Promise<PatchExperimentResult>\nimport patchExperiment",
    );
    expect(hover.documentation.startsWith("Update experiment")).toBe(true);
    const wrong = compile(dir, source.replace("// @ts-expect-error the request is required\n", ""));
    expect(wrong).toEqual([expect.stringMatching(/consumer\.ts:5:24 Expected 2 arguments, but got 1\.$/)]);
    const typo = compile(dir, source.replace("body: { instructions: [] }", "body: { instruction: [] }")).join("\n");
    expect(typo).toMatch(/'instruction' does not exist/);
    expect(typo).not.toMatch(/& \{\}/);
  });

  it("a discriminated union's builder returns the branch its override's tag names, in its type as well as its value", async () => {
    const dir = consumer("launchdarkly-experiments-client", path.join(REPO_ROOT, "generated"));
    dirs.push(dir);
    const source = `import { buildExperimentInstruction } from "launchdarkly-experiments-client/fixtures";
import type { ExperimentInstruction, StopIterationInstruction } from "launchdarkly-experiments-client";

export const stop: StopIterationInstruction = buildExperimentInstruction({ kind: "stopIteration" });
export const winner: string = buildExperimentInstruction({ kind: "stopIteration", winningReason: "clear" }).winningTreatmentId;
export const any: ExperimentInstruction = buildExperimentInstruction();
// @ts-expect-error the stopIteration branch has no \`value\`
buildExperimentInstruction({ kind: "stopIteration" }).value;
`;
    expect(compile(dir, source)).toEqual([]);
    expect(quickInfoAt(dir, source, "stop:").signature).toBe("const stop: StopIterationInstruction");
    const { buildExperimentInstruction } = await import("../generated/dist/fixtures.js");
    expect(buildExperimentInstruction({ kind: "stopIteration" })).toMatchObject({
      kind: "stopIteration",
      winningTreatmentId: expect.any(String),
    });
  });

  it.skipIf(!sharedPresent(DIGITALOCEAN, "consumer types on DigitalOcean's client"))(
    "the same on DigitalOcean's client: default responses do not stop the narrowing",
    async () => {
      const generated = await generatePackage(DIGITALOCEAN, "consumer-do");
      dirs.push(generated.dir);
      const name = (JSON.parse(readFileSync(path.join(generated.dir, "package.json"), "utf8")) as { name: string })
        .name;
      const dir = consumer(name, generated.dir);
      dirs.push(dir);
      const source = `import { createClient } from ${JSON.stringify(name)};

const client = createClient({ token: process.env.DIGITALOCEAN_TOKEN });

export async function dropletName(id: number): Promise<string> {
  const result = await client.dropletsGet({ params: { path: { droplet_id: id } } });
  switch (result.status) {
    case 200:
      return result.data.droplet?.name ?? "";
    case 404:
      return result.error.message;
    case 0:
      return "malformed";
    default:
      return \`\${result.error.id}: \${result.error.message}\`;
  }
}
`;
      expect(compile(dir, source)).toEqual([]);
      expect(quickInfoAt(dir, source, "dropletsGet(").signature).toBe(
        "(property) Client.dropletsGet: (init: DropletsGetRequest) => Promise<DropletsGetResult>",
      );
    },
  );
});
