// oneOf branches that overlap (#20, held-back production descriptions): the builder's value must
// match exactly one branch, also where only a bound, or a bound inside a nested object, tells the
// branches apart. Judged by ajv on the document as written, inner `$ref`s and all.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildFixture } from "../templates/fixtures/build.js";
import type { SchemaTable } from "../templates/fixtures/schema.js";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { schemaValidators } from "./support/schema-validator.js";
import { removeDir } from "./support/temp-dirs.js";

const SPEC = "test/specs/overlap/inner-refs.yaml";
const SEEDS = [1, 2, 3, 4, 5];

/** How many branches of `name`'s oneOf accept `value`, by ajv over `document`'s components. */
function matchingBranches(document: Record<string, unknown>, name: string, value: unknown): number {
  const schemas = (document.components as { schemas: Record<string, { oneOf: unknown[] }> }).schemas;
  const branches = schemas[name]?.oneOf ?? [];
  const probe = {
    ...document,
    components: {
      schemas: { ...schemas, ...Object.fromEntries(branches.map((branch, index) => [`${name}__${index}`, branch])) },
    },
  };
  const validatorFor = schemaValidators(probe);
  return branches.filter((_, index) => validatorFor(`${name}__${index}`)(value)).length;
}

describe("overlapping branches through references into other schemas' insides", () => {
  const written = parse(readFileSync(SPEC, "utf8")) as Record<string, unknown>;
  const validatorFor = schemaValidators(written);
  let generated: GeneratedPackage;
  beforeAll(async () => {
    generated = await generatePackage(SPEC, "overlap");
  }, 60_000);
  afterAll(() => removeDir(generated.dir));

  it("every builder's value matches exactly one branch, in either order of the branches and inside a nested object", async () => {
    const fixtures =
      await generated.importEntry<Record<string, (overrides?: unknown, options?: { seed?: number }) => unknown>>(
        "dist/fixtures.js",
      );
    for (const name of ["Event", "Reversed", "Windowed", "Holder", "Envelope"]) {
      // `Event` is a DOM global, so its builder is named otherwise: the generator says which.
      const build = fixtures[generated.builders.get(name) ?? ""];
      expect(build, name).toBeTypeOf("function");
      for (const seed of SEEDS) {
        const value = build?.(undefined, { seed });
        const validate = validatorFor(name);
        expect(
          validate(value),
          `${name} (seed ${seed}): ${JSON.stringify(value)} ${JSON.stringify(validate.errors)}`,
        ).toBe(true);
        if (name === "Event" || name === "Reversed" || name === "Windowed")
          expect(matchingBranches(written, name, value), `${name} (seed ${seed}): ${JSON.stringify(value)}`).toBe(1);
      }
    }
  });
});

describe("the fixture engine tells overlapping branches apart", () => {
  /** Values of `name` for seeds 1–5, each accepted by ajv (which counts oneOf matches). */
  function buildValid(schemas: Record<string, unknown>, name: string, openapi = "3.1.0"): unknown[] {
    const table = { schemas, traits: {} } as unknown as SchemaTable;
    const validate = schemaValidators({ openapi, components: { schemas } })(name);
    return SEEDS.map((seed) => {
      const value = buildFixture(table, name, undefined, { seed });
      expect(
        validate(value),
        `${name} (seed ${seed}): ${JSON.stringify(value)} ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
      return value;
    });
  }

  it("by a bound of the narrower branch, either way round (integer and integer ≥ 5, string and string of at most 3, a multiple of 1 and any number)", () => {
    for (const [wide, narrow] of [
      [{ type: "integer" }, { type: "integer", minimum: 5 }],
      [{ type: "string" }, { type: "string", maxLength: 3 }],
      [{ type: "number", multipleOf: 1 }, { type: "number" }],
    ]) {
      buildValid({ A: { oneOf: [wide, narrow] } }, "A");
      buildValid({ A: { oneOf: [narrow, wide] } }, "A");
    }
  });

  it("by a bound on a property both branches declare, one or two objects down", () => {
    const inner = (size: object) => ({
      type: "object",
      required: ["box"],
      properties: { box: { type: "object", required: ["size"], properties: { size: size } } },
    });
    // The values built first (small positive integers) are in both: only a negative size is the first's alone.
    const values = buildValid(
      { A: { oneOf: [inner({ type: "integer" }), inner({ type: "integer", minimum: 0 })] } },
      "A",
    ) as { box: { size: number } }[];
    expect(values.every((value) => value.box.size < 0)).toBe(true);
    buildValid({ A: { oneOf: [inner({ type: "integer", minimum: 0 }), inner({ type: "integer" })] } }, "A");
  });
});

describe("overlapping branches over random schemas (property-based)", () => {
  /** A scalar schema and a narrower copy of it: every value of the copy is the wide one's, not the other way round. */
  const scalarPair: fc.Arbitrary<readonly [object, object]> = fc.oneof(
    fc
      .record({
        type: fc.constantFrom("integer", "number"),
        bound: fc.constantFrom("minimum", "maximum"),
        at: fc.integer({ min: -3, max: 50 }),
      })
      .map(({ type, bound, at }) => [{ type }, { type, [bound]: at }] as const),
    fc.constant([{ type: "integer" }, { type: "integer", multipleOf: 2 }] as const),
    fc
      .record({ bound: fc.constantFrom("minLength", "maxLength"), at: fc.integer({ min: 1, max: 40 }) })
      .map(({ bound, at }) => [{ type: "string" }, { type: "string", [bound]: at }] as const),
  );
  /** The pair placed at the same property, 0–2 objects down, beside properties both branches share. */
  const branchPair = fc
    .record({
      pair: scalarPair,
      depth: fc.integer({ min: 0, max: 2 }),
      required: fc.boolean(),
      wideFirst: fc.boolean(),
    })
    .map(({ pair, depth, required, wideFirst }) => {
      const wrap = (inner: object): object => {
        let schema = inner;
        for (let level = 0; level < depth; level += 1)
          schema = {
            type: "object",
            ...(required ? { required: ["v"] } : {}),
            properties: { v: schema, shared: { type: "string" } },
          };
        return schema;
      };
      const [wide, narrow] = [wrap(pair[0]), wrap(pair[1])];
      return { oneOf: wideFirst ? [wide, narrow] : [narrow, wide] };
    });

  it("a value of exactly one branch, whatever the bound, the depth and the order", () => {
    fc.assert(
      fc.property(branchPair, (schema) => {
        const schemas = { A: schema };
        const table = { schemas, traits: {} } as unknown as SchemaTable;
        const validate = schemaValidators({ openapi: "3.1.0", components: { schemas } })("A");
        for (const seed of [1, 2]) {
          const value = buildFixture(table, "A", undefined, { seed });
          expect(
            validate(value),
            `${JSON.stringify(schema)} (seed ${seed}) = ${JSON.stringify(value)}: ${JSON.stringify(validate.errors?.[0])}`,
          ).toBe(true);
        }
      }),
      { numRuns: 200, seed: 20261203 },
    );
  });
});
