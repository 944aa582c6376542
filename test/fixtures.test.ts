import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { schemaValidators } from "./support/schema-validator.js";
import { REPO_ROOT, removeDir } from "./support/temp-dirs.js";

type Builder = (overrides?: unknown, options?: { seed?: string | number; trait?: string }) => unknown;
type FixturesModule = Record<string, Builder> & { resetFixtureSequence: () => void };

const SPECS = [
  ["fragment", "spec/openapi.yaml"],
  ["petstore-30", "test/specs/petstore-30.yaml"],
  ["hostile", "test/specs/hostile.yaml"],
  ["hostile-2", "test/specs/hostile-2.yaml"],
  ["multi-file", "test/specs/multi-file/openapi.yaml"],
] as const;

function errorsOf(validate: { errors?: unknown }): string {
  return JSON.stringify(validate.errors, null, 2);
}

describe.each(SPECS)("fixtures of %s", (name, specPath) => {
  let generated: GeneratedPackage;
  let fixtures: FixturesModule;
  let validatorFor: ReturnType<typeof schemaValidators>;

  beforeAll(async () => {
    generated = await generatePackage(specPath, `fixtures-${name}`);
    fixtures = await generated.importEntry<FixturesModule>("dist/fixtures.js");
    validatorFor = schemaValidators(generated.document);
  });
  afterAll(() => removeDir(generated.dir));

  it("every builder's value validates against its schema: default, 25 seeds, and lists", () => {
    expect(generated.builders.size).toBeGreaterThan(0);
    for (const [schemaName, builderName] of generated.builders) {
      const build = fixtures[builderName];
      const list = fixtures[`${builderName}List`] as unknown as (n: number, o?: unknown, p?: unknown) => unknown[];
      expect(build, builderName).toBeTypeOf("function");
      const validate = validatorFor(schemaName);
      const values = [build?.(), ...Array.from({ length: 25 }, (_, seed) => build?.(undefined, { seed })), ...list(3)];
      for (const value of values)
        expect(validate(value), `${schemaName}: ${JSON.stringify(value)}\n${errorsOf(validate)}`).toBe(true);
    }
  });

  it("overrides taken from other valid values keep the value valid (property-based)", () => {
    const objectSchemas = [...generated.builders].filter(([schemaName, builderName]) => {
      const value = fixtures[builderName]?.(undefined, { seed: "probe" });
      return (
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        validatorFor(schemaName).schema !== undefined
      );
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...objectSchemas),
        fc.integer(),
        fc.integer(),
        fc.func(fc.boolean()),
        ([schemaName, builderName], a, b, keep) => {
          const build = fixtures[builderName] as Builder;
          const donor = build(undefined, { seed: b }) as Record<string, unknown>;
          const overrides = Object.fromEntries(Object.entries(donor).filter(([key]) => keep(key)));
          const value = build(overrides, { seed: a }) as Record<string, unknown>;
          for (const [key, overridden] of Object.entries(overrides))
            expect(value[key]).toMatchObject(overridden as object);
          const validate = validatorFor(schemaName);
          expect(validate(value), errorsOf(validate)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("fixtures of the fragment", () => {
  let generated: GeneratedPackage;
  let fixtures: FixturesModule;
  beforeAll(async () => {
    generated = await generatePackage("spec/openapi.yaml", "fixtures-fragment-behaviour");
    fixtures = await generated.importEntry<FixturesModule>("dist/fixtures.js");
  });
  afterAll(() => removeDir(generated.dir));

  const iteration = (overrides?: unknown, options?: { seed?: string | number; trait?: string }) =>
    fixtures.buildIterationRep?.(overrides, options) as Record<string, unknown>;

  it("gives distinct ids to successive calls and list items, and the same value for the same seed", () => {
    expect(iteration()._id).not.toEqual(iteration()._id);
    const list = (fixtures.buildIterationRepList as unknown as (n: number) => Record<string, unknown>[])(5);
    expect(new Set(list.map((item) => item._id)).size).toBe(5);
    expect(iteration(undefined, { seed: 42 })).toEqual(iteration(undefined, { seed: 42 }));
    expect(iteration(undefined, { seed: 42 })._id).not.toEqual(iteration(undefined, { seed: 43 })._id);
  });

  it("uses the schema's examples and formats", () => {
    const value = iteration(undefined, { seed: 1 });
    expect(value.hypothesis).toBe("The new button placement will increase conversion");
    expect(value._id).toMatch(/^12ab3c45de678910fg[0-9a-f]{6}$/);
    const covariate = value.covariateInfo as Record<string, unknown>;
    expect(covariate.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(covariate.createdAt).toBeGreaterThan(1_600_000_000_000);
    expect(Object.keys(value.flags as object)).toHaveLength(1);
  });

  it("leaves deprecated optional properties out unless overridden", () => {
    const value = iteration(undefined, { seed: 2 });
    expect(value).not.toHaveProperty("primaryMetric");
    expect(value).not.toHaveProperty("secondaryMetrics");
    expect(iteration({ secondaryMetrics: [] })).toHaveProperty("secondaryMetrics", []);
    expect(fixtures.buildMetricInput?.(undefined, { seed: 3 })).not.toHaveProperty("primary");
  });

  it("builds the real states of an iteration as traits", () => {
    const notStarted = iteration(undefined, { trait: "notStarted" });
    expect(notStarted.status).toBe("not_started");
    expect(notStarted).not.toHaveProperty("startedAt");
    expect(notStarted).not.toHaveProperty("endedAt");
    const running = iteration(undefined, { trait: "running" });
    expect(running.status).toBe("running");
    expect(running.startedAt as number).toBeGreaterThanOrEqual(running.createdAt as number);
    expect(running).not.toHaveProperty("endedAt");
    expect(running).not.toHaveProperty("winningTreatmentId");
    const stopped = iteration(undefined, { trait: "stopped" });
    expect(stopped.status).toBe("stopped");
    expect(stopped.endedAt as number).toBeGreaterThan(stopped.startedAt as number);
    expect(stopped.winningTreatmentId).toBeTypeOf("string");
    expect(() => iteration(undefined, { trait: "paused" })).toThrow(
      'IterationRep has no trait "paused" (it has: notStarted, running, stopped)',
    );
  });

  it("chooses the discriminated branch an override asks for", () => {
    const stop = fixtures.buildExperimentInstruction?.({ kind: "stopIteration" }) as Record<string, unknown>;
    expect(stop.kind).toBe("stopIteration");
    expect(stop.winningTreatmentId).toBeTypeOf("string");
    expect(stop.winningReason).toBeTypeOf("string");
    const validate = schemaValidators(generated.document)("ExperimentInstruction");
    expect(validate(stop)).toBe(true);
  });

  it("replaces arrays and cannot pollute prototypes through overrides", () => {
    const metrics = [{ key: "only-this-one" }];
    expect(fixtures.buildIterationInput?.({ metrics })).toMatchObject({ metrics });
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}',
    ) as unknown;
    const value = fixtures.buildIterationInput?.(hostile) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
  });

  it("produces identical values in two fresh processes", () => {
    const script = `
      const f = await import(${JSON.stringify(path.join(generated.dir, "dist/fixtures.js"))});
      console.log(JSON.stringify([f.buildIterationRep(), f.buildIterationRep(), f.buildIterationInputList(3), f.buildExperimentPatchInput()]));`;
    const run = () => spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    const first = run();
    const second = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout.length).toBeGreaterThan(100);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe("fixture stability", () => {
  it("adding a property to one schema leaves unrelated schemas' values unchanged", async () => {
    const original = await generatePackage("test/specs/petstore-30.yaml", "stable-a");
    const specText = readFileSync(path.join(REPO_ROOT, "test/specs/petstore-30.yaml"), "utf8");
    const { writeFileSync } = await import("node:fs");
    const changedSpec = path.join(original.dir, "changed.yaml");
    writeFileSync(
      changedSpec,
      specText.replace(
        "        message:\n          type: string",
        "        message:\n          type: string\n        hint:\n          type: string",
      ),
    );
    const changed = await generatePackage(changedSpec, "stable-b");
    try {
      const before = await original.importEntry<FixturesModule>("dist/fixtures.js");
      const after = await changed.importEntry<FixturesModule>("dist/fixtures.js");
      expect(after.buildErrorSchema?.(undefined, { seed: 7 })).toHaveProperty("hint");
      for (const builder of ["buildNewPet", "buildPet", "buildOwner"]) {
        expect(after[builder]?.(undefined, { seed: 7 }), builder).toEqual(before[builder]?.(undefined, { seed: 7 }));
      }
    } finally {
      removeDir(original.dir);
      removeDir(changed.dir);
    }
  });
});
