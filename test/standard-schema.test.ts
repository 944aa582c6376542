import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { sValidator } from "@hono/standard-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";
import { buildExperiment, buildExperimentPatchInput } from "../generated/dist/fixtures.js";
import { Experiment, ExperimentPatchInput, patchExperimentValidators } from "../generated/dist/validators.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { typecheck } from "./support/typecheck.js";

// The generated validators where users already have Standard Schema: the specification's own
// types (@standard-schema/spec), a kept library that accepts any Standard Schema (Hono's standard
// validator, on a real server on loopback), and the JSON Schema they hand out, read by ajv.

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function consumer(): string {
  const dir = makeTempDir("standard-schema");
  dirs.push(dir);
  writeFileSync(path.join(dir, "package.json"), '{ "name": "consumer", "private": true, "type": "module" }\n');
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(
    path.join(REPO_ROOT, "generated"),
    path.join(dir, "node_modules", "launchdarkly-experiments-client"),
    "dir",
  );
  symlinkSync(
    path.join(REPO_ROOT, "node_modules", "@standard-schema"),
    path.join(dir, "node_modules", "@standard-schema"),
    "dir",
  );
  return dir;
}

const TYPES_CONSUMER = `import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import type { Experiment as ExperimentType } from "launchdarkly-experiments-client";
import { Experiment, patchExperimentValidators } from "launchdarkly-experiments-client/validators";

// The specification's own interfaces accept the validators as they are.
export const standard: StandardSchemaV1<ExperimentType> = Experiment;
export const jsonSchema: StandardJSONSchemaV1<ExperimentType> = Experiment;
// What a library infers from them is the generated type.
type Inferred = StandardSchemaV1.InferOutput<typeof Experiment>;
export const same: ExperimentType = null as unknown as Inferred;
export const back: Inferred = null as unknown as ExperimentType;
// @ts-expect-error the output type is not any
export const wrong: Inferred = { key: 1 };

export function keyOf(value: unknown): string | undefined {
  const result = Experiment["~standard"].validate(value);
  if (result.issues) return result.issues.map((issue) => \`\${issue.path.join("/")}: \${issue.message}\`).join("; ");
  return result.value.key;
}

export function guard(value: unknown): string {
  return Experiment.is(value) ? value.environmentKey : "not an experiment";
}

export const body = patchExperimentValidators.body["application/json; domain-model=launchdarkly.semanticpatch"];
export const ok = patchExperimentValidators.responses["200"]["application/json"];
export type OkBody = StandardSchemaV1.InferOutput<typeof ok>;
export const okKey = (value: OkBody): string => value.key;
`;

describe("Standard Schema v1 and Standard JSON Schema v1", () => {
  it("the specification's interfaces accept the validators, and infer the generated types", () => {
    const dir = consumer();
    const file = path.join(dir, "consumer.ts");
    writeFileSync(file, TYPES_CONSUMER);
    expect(typecheck([file])).toEqual([]);
    writeFileSync(file, TYPES_CONSUMER.replace("// @ts-expect-error the output type is not any\n", ""));
    expect(typecheck([file]).join("\n")).toContain("Type 'number' is not assignable to type 'string'");
  });

  it("~standard says version 1 and the vendor; validate gives the value or every issue", () => {
    expect(Experiment["~standard"]).toMatchObject({ version: 1, vendor: "openapi-client-codegen" });
    const value = buildExperiment();
    expect(Experiment["~standard"].validate(value)).toEqual({ value });
    const result = Experiment["~standard"].validate({ ...value, environmentKey: ["production"], _links: undefined });
    expect(result.issues).toEqual([
      { message: "must be string, not array", path: ["environmentKey"] },
      { message: "is required", path: ["_links"] },
    ]);
  });

  it("jsonSchema.input/output give the schema checked, which ajv compiles and reads to the same verdicts", () => {
    const schema = Experiment["~standard"].jsonSchema.input({ target: "draft-2020-12" });
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      required: expect.arrayContaining(["key", "_links"]),
    });
    expect(Experiment["~standard"].jsonSchema.output({ target: "draft-2020-12" })).toEqual(schema);
    const ajv = new Ajv2020({ strict: false });
    const check = ajv.compile(schema);
    const valid = buildExperiment();
    const invalid = { ...valid, currentIteration: { ...valid.currentIteration, status: "paused" } };
    expect([check(valid), check(invalid)]).toEqual([true, false]);
    expect([Experiment.is(valid), Experiment.is(invalid)]).toEqual([true, false]);
    // OpenAPI 3.0 has no $defs: references are written in place; an unknown target is refused, as the specification asks.
    const openapi = ExperimentPatchInput["~standard"].jsonSchema.input({ target: "openapi-3.0" });
    expect(JSON.stringify(openapi)).not.toContain("$ref");
    expect(() => Experiment["~standard"].jsonSchema.input({ target: "draft-04" })).toThrow(
      /unsupported JSON Schema target/,
    );
  });
});

describe("a kept library that accepts any Standard Schema: Hono's standard validator", () => {
  it("validates request bodies with the generated validators on a real server, issues and all", async () => {
    const app = new Hono().patch("/experiments/:key", sValidator("json", ExperimentPatchInput), (c) =>
      c.json({ instructions: c.req.valid("json").instructions.length }),
    );
    const server: ServerType = await new Promise((resolve) => {
      const started = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
    });
    try {
      const { port } = server.address() as AddressInfo;
      const send = (body: unknown) =>
        fetch(`http://127.0.0.1:${port}/experiments/checkout`, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      const accepted = await send(buildExperimentPatchInput());
      expect(accepted.status).toBe(200);
      expect(await accepted.json()).toEqual({ instructions: 1 });
      const refused = await send({ instructions: [{ kind: "stopIteration", winningTreatmentId: "t" }] });
      expect(refused.status).toBe(400);
      const answer = (await refused.json()) as { success: boolean; error: { message: string; path: PropertyKey[] }[] };
      expect(answer.success).toBe(false);
      expect(answer.error).toEqual([{ message: "is required", path: ["instructions", 0, "winningReason"] }]);
      // The operation's own request-body validator works the same way.
      expect(
        patchExperimentValidators.body["application/json; domain-model=launchdarkly.semanticpatch"][
          "~standard"
        ].validate({ instructions: [] }).issues,
      ).toEqual([{ message: "must have at least 1 items", path: ["instructions"] }]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
