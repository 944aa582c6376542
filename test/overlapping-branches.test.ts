// oneOf branches that overlap (#20, held-back production descriptions): the builder's value must
// match exactly one branch, also where only a bound, or a bound inside a nested object, tells the
// branches apart. Judged by ajv on the document as written, inner `$ref`s and all.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildFixture } from "../templates/fixtures/build.js";
import { feasibility } from "../templates/fixtures/feasible.js";
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

describe("a discriminator chooses the branch to build, never the verdict (#32)", () => {
  const object = (properties: Record<string, unknown>, required = ["kind"]) => ({
    type: "object",
    required,
    properties: { kind: { type: "string" }, ...properties },
  });
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const components = {
    Circle: object({ radius: { type: "number" } }),
    Square: object({ sideLength: { type: "number" } }),
    Round: { allOf: [ref("Circle")] },
    Auto: object({ custom: { type: "boolean", const: false }, setting: { type: "string" } }, ["custom"]),
    Custom: object({ custom: { type: "boolean", const: true }, value: { type: "string" } }, ["custom"]),
  };
  const mapped = {
    propertyName: "kind",
    mapping: { circle: "#/components/schemas/Circle", square: ref("Square").$ref },
  };
  /** A union of `components`, and what building it gives: the tag of every value, or why it has no value and where. */
  const CASES: readonly {
    readonly case: string;
    readonly union: Record<string, unknown>;
    readonly override?: Record<string, unknown>;
    readonly expected: { readonly tag?: unknown; readonly property?: string } | { readonly reason: string };
  }[] = [
    {
      case: "a tag-mapped oneOf whose branches overlap (an open Square accepts every Circle)",
      union: { oneOf: [ref("Circle"), ref("Square")], discriminator: mapped },
      expected: { tag: "circle" },
    },
    {
      case: "the same, with the tag an override names",
      union: { oneOf: [ref("Circle"), ref("Square")], discriminator: mapped },
      override: { kind: "square" },
      expected: { tag: "square" },
    },
    {
      case: "branches whose tag property refuses their mapping key (a boolean tag): built all the same",
      union: {
        oneOf: [ref("Auto"), ref("Custom")],
        discriminator: { propertyName: "custom", mapping: { False: ref("Auto").$ref, True: ref("Custom").$ref } },
      },
      expected: { tag: false, property: "custom" },
    },
    {
      case: "the same $ref twice beside another branch: only the other one can be matched alone",
      union: { oneOf: [ref("Circle"), ref("Circle"), ref("Square")] },
      expected: {},
    },
    {
      case: "branches that cannot be told apart (one schema by two names)",
      union: { oneOf: [ref("Circle"), ref("Round")], discriminator: { propertyName: "kind" } },
      expected: {
        reason:
          'its oneOf branches 0 (Circle) and 1 (Round) are the same schema, so no value matches exactly one of them: write `anyOf`, or give each branch its own `const` for "kind" (a discriminator does not change which branches a value matches)',
      },
    },
    {
      case: "a oneOf listing the same $ref twice",
      union: { oneOf: [ref("Circle"), ref("Circle")] },
      expected: {
        reason:
          "its oneOf branches 0 (Circle) and 1 (Circle) are the same schema, so no value matches exactly one of them: list each schema once, or write `anyOf`",
      },
    },
  ];

  it.each(CASES)("$case", ({ union, override, expected }) => {
    const schemas = { ...components, Union: union };
    const table = { schemas, traits: {} } as unknown as SchemaTable;
    const document = { openapi: "3.1.0", components: { schemas } };
    if ("reason" in expected) {
      const { impossible, where } = feasibility(table);
      expect(impossible.get("Union")).toBe(expected.reason);
      expect(where.get("Union")).toBe("/components/schemas/Union/oneOf");
      expect(() => buildFixture(table, "Union", undefined, { seed: 1 })).toThrow(expected.reason);
      return;
    }
    // ajv reading the document as JSON Schema alone: the discriminator is an annotation.
    const validate = schemaValidators(document, false)("Union");
    for (const seed of SEEDS) {
      const value = buildFixture(table, "Union", override, { seed }) as Record<string, unknown>;
      const shown = `seed ${seed}: ${JSON.stringify(value)} ${JSON.stringify(validate.errors?.[0])}`;
      expect(validate(value), shown).toBe(true);
      expect(matchingBranches(document, "Union", value), shown).toBe(1);
      if ("tag" in expected) expect(value[expected.property ?? "kind"], shown).toBe(expected.tag);
    }
  });
});

describe("the mock server of a document with a discriminated oneOf whose branches overlap", () => {
  const SPEC_DISCRIMINATED = "test/specs/overlap/discriminated.yaml";
  let generated: GeneratedPackage;
  let mock: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    generated = await generatePackage(SPEC_DISCRIMINATED, "overlap-discriminated");
    const testing = await generated.importEntry<{ createMockServer(): Promise<typeof mock> }>("dist/testing.js");
    mock = await testing.createMockServer();
  }, 60_000);
  afterAll(async () => {
    await mock.close();
    removeDir(generated.dir);
  });

  async function post(body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${mock.url}/shapes`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it("refuses a body its tag names a branch of but that a second branch accepts too, and answers with a value of exactly one", async () => {
    const twice = await post({ kind: "circle", radius: 1 });
    expect(twice.status, JSON.stringify(twice.body)).toBe(400);
    expect(String(twice.body.message)).toMatch(/exactly one/);
    const once = await post({ kind: "circle", radius: 1, sideLength: "none" });
    expect(once.status, JSON.stringify(once.body)).toBe(201);
    const judge = schemaValidators(generated.document, false)("Shape");
    expect(judge(once.body), JSON.stringify(once.body)).toBe(true);
    expect(matchingBranches(generated.document, "Shape", once.body)).toBe(1);
  });

  it("warns, at each oneOf, of the unions no value can satisfy", () => {
    const warnings = generated.warnings
      .filter((warning) => /has no valid value/.test(warning.message))
      .map((warning) => `${warning.location.line}:${warning.location.column} ${warning.location.pointer}`);
    expect(warnings).toEqual(["54:7 /components/schemas/Alias/oneOf", "60:7 /components/schemas/Repeated/oneOf"]);
  });
});
