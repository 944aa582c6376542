import { describe, expect, it } from "vitest";
import { buildFixture, buildFromSchema } from "../templates/fixtures/build.js";
import { feasibility } from "../templates/fixtures/feasible.js";
import { stringForPattern } from "../templates/fixtures/pattern.js";
import { sequence } from "../templates/fixtures/random.js";
import type { SchemaTable } from "../templates/fixtures/schema.js";
import { schemaValidators } from "./support/schema-validator.js";

/**
 * A table over inline component schemas, as the generator writes it, and ajv validators for the
 * same schemas, read as JSON Schema alone (a discriminator does not change what validates).
 */
function tableOf(
  schemas: Record<string, unknown>,
  openapi = "3.1.0",
): { table: SchemaTable; valid: (name: string, value: unknown) => string | undefined } {
  const table = { schemas, traits: {} } as unknown as SchemaTable;
  const validatorFor = schemaValidators({ openapi, components: { schemas } }, false);
  return {
    table,
    valid: (name, value) => {
      const validate = validatorFor(name);
      return validate(value) ? undefined : JSON.stringify(validate.errors?.[0]);
    },
  };
}

/** Builds `name` for seeds 1–3 and returns the values, each checked with ajv. */
function buildValid(schemas: Record<string, unknown>, name: string, openapi?: string): unknown[] {
  const { table, valid } = tableOf(schemas, openapi);
  return [1, 2, 3].map((seed) => {
    const value = buildFixture(table, name, undefined, { seed });
    expect(valid(name, value), `${name} (seed ${seed}): ${JSON.stringify(value)}`).toBeUndefined();
    return value;
  });
}

describe("fixture engine: values valid against their schemas", () => {
  it("builds required properties the schema does not declare, from additionalProperties or patternProperties", () => {
    const [value] = buildValid(
      {
        A: {
          type: "object",
          required: ["count", "x-tag"],
          additionalProperties: { type: "integer" },
          patternProperties: { "^x-": { type: "string", enum: ["t"] } },
        },
      },
      "A",
    );
    expect(value).toMatchObject({ count: expect.any(Number), "x-tag": "t" });
  });

  it("intersects allOf parts: types, enums and bounds, not the last part wins", () => {
    const [value] = buildValid(
      { A: { allOf: [{ type: "number", minimum: 10 }, { type: "integer", maximum: 12 }, { enum: [11, 12, 13] }] } },
      "A",
    );
    expect([11, 12]).toContain(value);
  });

  it("ends recursion through allOf [$ref] and through a oneOf with a null branch", () => {
    const schemas = {
      Comment: {
        type: "object",
        required: ["id", "parent"],
        properties: {
          id: { type: "string" },
          parent: { oneOf: [{ $ref: "#/components/schemas/Comment" }, { type: "null" }] },
        },
      },
      Node: {
        type: "object",
        required: ["next"],
        properties: { next: { allOf: [{ $ref: "#/components/schemas/Node" }], nullable: true } },
      },
    };
    buildValid(schemas, "Comment");
    expect(buildValid(schemas, "Node", "3.0.3")[0]).toBeDefined();
  });

  it("writes a discriminator value in its property's type, and only when the property allows it", () => {
    const schemas = {
      Pet: {
        oneOf: [{ $ref: "#/components/schemas/One" }, { $ref: "#/components/schemas/Two" }],
        discriminator: {
          propertyName: "kind",
          mapping: { "1": "#/components/schemas/One", "2": "#/components/schemas/Two" },
        },
      },
      One: {
        type: "object",
        required: ["kind"],
        properties: { kind: { type: "integer" }, a: { type: "string" } },
        additionalProperties: false,
      },
      Two: {
        type: "object",
        required: ["kind"],
        properties: { kind: { type: "integer" }, b: { type: "boolean" } },
        additionalProperties: false,
      },
    };
    const { table } = tableOf(schemas);
    expect(buildFixture(table, "Pet", { kind: 2 }, { seed: 1 })).toMatchObject({ kind: 2 });
    expect((buildValid(schemas, "Pet")[0] as { kind: unknown }).kind).toBe(1);
  });

  it("picks enum values of the schema's type only", () => {
    const values = buildValid({ A: { type: "string", enum: [true, 1, "a", null, "b"] } }, "A");
    expect(values.every((value) => value === "a" || value === "b")).toBe(true);
  });

  it("gives integers for number schemas with an integer format, within its range", () => {
    const values = buildValid(
      { A: { type: "number", format: "int32" }, B: { type: "number", format: "int64", minimum: -5, maximum: 5 } },
      "A",
    );
    expect(values.every(Number.isInteger)).toBe(true);
    expect(
      buildValid({ B: { type: "number", format: "int64", minimum: -5, maximum: 5 } }, "B").every(Number.isInteger),
    ).toBe(true);
  });

  it("makes a oneOf value match exactly one branch when branches overlap", () => {
    const schemas = {
      U: {
        oneOf: [
          { type: "object", properties: { a: { type: "string" } } },
          { type: "object", properties: { b: { type: "integer" } } },
        ],
      },
    };
    buildValid(schemas, "U");
  });

  it("leaves out an optional property that has no valid value", () => {
    const [value] = buildValid(
      {
        A: {
          type: "object",
          required: ["id"],
          properties: { id: { type: "integer" }, never: { allOf: [{ type: "number" }, { type: "string" }] } },
        },
      },
      "A",
    );
    expect(value).not.toHaveProperty("never");
  });
});

describe("fixture engine: patterns", () => {
  it.each([
    ["foo\\nbar", 0, Number.POSITIVE_INFINITY],
    ["^[0-9a-fA-F]+$", 40, 40],
    ["^[a-zA-Z0-9_\\-\\:]+$", 1, 20],
    ["^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$", 1, 63],
    ["^[^\\s@]+@[^\\s@]+\\.[a-z]{2,}$", 0, 60],
    ["^\\p{Lu}\\d{3}\\u00e9\\x41$", 0, 10],
  ])("builds a string for /%s/ with %d to %d characters", (pattern, min, max) => {
    const regex = (() => {
      try {
        return new RegExp(pattern, "u");
      } catch {
        return new RegExp(pattern);
      }
    })();
    for (let seed = 1; seed <= 20; seed += 1) {
      const text = stringForPattern(pattern, sequence(seed), { min, max });
      expect(regex.test(text), `${JSON.stringify(text)} (seed ${seed})`).toBe(true);
      expect([...text].length).toBeGreaterThanOrEqual(min);
      expect([...text].length).toBeLessThanOrEqual(max);
    }
  });
});

describe("fixture engine: schemas with no valid value", () => {
  const schemas = {
    Never: { allOf: [{ type: "number" }, { type: "string" }] },
    NeedsNever: { type: "object", required: ["never"], properties: { never: { $ref: "#/components/schemas/Never" } } },
    Forever: { type: "object", required: ["self"], properties: { self: { $ref: "#/components/schemas/Forever" } } },
    Closed: {
      allOf: [
        { type: "object", required: ["a"], properties: { a: { type: "string" } }, additionalProperties: false },
        { type: "object", required: ["b"], properties: { b: { type: "string" } } },
      ],
    },
    Twins: { oneOf: [{ $ref: "#/components/schemas/Leaf" }, { $ref: "#/components/schemas/Leaf" }] },
    Leaf: { type: "object", properties: { id: { type: "string" } } },
    EmptyArray: { type: "array", items: { $ref: "#/components/schemas/Never" } },
  };

  it("finds them, each with the reason", () => {
    expect(Object.fromEntries(feasibility(tableOf(schemas).table).impossible)).toEqual({
      Never: "its allOf asks for both number and string",
      NeedsNever: 'required property "never" has no valid value: it is "Never", which has none',
      Forever: 'required property "self" has no valid value: it is "Forever", which has none',
      Closed: 'required property "b" is not allowed (additionalProperties: false)',
      Twins:
        "its oneOf branches 0 (Leaf) and 1 (Leaf) are the same schema, so no value matches exactly one of them: list each schema once, or write `anyOf`",
    });
  });

  it("locates each at the keyword that rules it out: the oneOf, the required property, else the schema", () => {
    expect(Object.fromEntries(feasibility(tableOf(schemas).table).where)).toEqual({
      Never: "/components/schemas/Never",
      NeedsNever: "/components/schemas/NeedsNever/properties/never",
      Forever: "/components/schemas/Forever/properties/self",
      Closed: "/components/schemas/Closed",
      Twins: "/components/schemas/Twins/oneOf",
    });
  });

  it("throws from their builders with that reason, and builds the rest (an array of impossible items is empty)", () => {
    const { table } = tableOf(schemas);
    expect(() => buildFixture(table, "Forever", undefined, undefined)).toThrow(
      'fixtures: schema "Forever" has no valid value: required property "self" has no valid value: it is "Forever", which has none.',
    );
    expect(buildValid(schemas, "EmptyArray")).toEqual([[], [], []]);
  });
});

describe("direction: what a request or a response carries", () => {
  const schemas = {
    Account: {
      type: "object",
      required: ["id", "name", "password"],
      properties: {
        id: { $ref: "#/components/schemas/Id" },
        name: { type: "string" },
        password: { type: "string", writeOnly: true },
        links: { allOf: [{ type: "object" }, { readOnly: true }] },
      },
    },
    Id: { type: "string", readOnly: true },
  };
  const table = { schemas, traits: {} } as unknown as SchemaTable;
  const account = { $ref: "#/components/schemas/Account" };

  it("a request body leaves out readOnly properties (through a $ref, or on an allOf part), even required ones", () => {
    const value = buildFromSchema(table, account, "s", undefined, "request") as Record<string, unknown>;
    expect(Object.keys(value).sort()).toEqual(["name", "password"]);
  });

  it("a response leaves out writeOnly properties; without a direction both stay", () => {
    expect(Object.keys(buildFromSchema(table, account, "s", undefined, "response") as object)).not.toContain(
      "password",
    );
    expect(Object.keys(buildFromSchema(table, account, "s") as object)).toEqual(
      expect.arrayContaining(["id", "name", "password"]),
    );
  });
});

describe("enums with null", () => {
  it("a nullable string's `enum: [3, null]` allows only null, and the builder gives it", () => {
    const table = {
      schemas: {
        E: { type: "string", nullable: true, enum: [3, null] },
        O: { type: "object", required: ["e"], properties: { e: { $ref: "#/components/schemas/E" } } },
      },
      traits: {},
    } as unknown as SchemaTable;
    expect([1, 2, 3].map((seed) => buildFixture(table, "E", undefined, { seed }))).toEqual([null, null, null]);
    expect(buildFixture(table, "O", undefined, { seed: 1 })).toEqual({ e: null });
  });
});

describe("a discriminator chooses the branch, JSON Schema decides the verdict (#32)", () => {
  const qux = {
    type: "object",
    required: ["id", "type"],
    properties: { id: { type: "string" }, type: { enum: ["Bar", "Baz"], type: "string" } },
  };
  // hey-api's discriminator-one-of.yaml: both branches are Qux, so every value of one is the other's.
  const schemas = {
    Qux: qux,
    Bar: { allOf: [{ $ref: "#/components/schemas/Qux" }] },
    Baz: { allOf: [{ $ref: "#/components/schemas/Qux" }] },
    Foo: {
      oneOf: [{ $ref: "#/components/schemas/Bar" }, { $ref: "#/components/schemas/Baz" }],
      discriminator: { propertyName: "type" },
    },
    Quuz: {
      oneOf: [{ $ref: "#/components/schemas/Bar" }, { $ref: "#/components/schemas/Baz" }],
      discriminator: {
        propertyName: "type",
        mapping: { bar: "#/components/schemas/Bar", baz: "#/components/schemas/Baz" },
      },
    },
  };

  it("twins told apart only by the tag have no valid value: found, located at the oneOf, and the builder throws", () => {
    const { table } = tableOf(schemas);
    const { impossible, where } = feasibility(table);
    expect([...impossible.keys()]).toEqual(["Foo", "Quuz"]);
    expect(impossible.get("Foo")).toBe(
      'its oneOf branches 0 (Bar) and 1 (Baz) are the same schema, so no value matches exactly one of them: write `anyOf`, or give each branch its own `const` for "type" (a discriminator does not change which branches a value matches)',
    );
    expect(where.get("Quuz")).toBe("/components/schemas/Quuz/oneOf");
    expect(() => buildFixture(table, "Foo", { type: "Baz" }, { seed: 1 })).toThrow("are the same schema");
  });

  it("with a `const` on each branch's tag, the tag picks the branch and the value is that branch's alone", () => {
    const tagged = {
      ...schemas,
      Bar: { allOf: [{ $ref: "#/components/schemas/Qux" }, { properties: { type: { const: "Bar" } } }] },
      Baz: { allOf: [{ $ref: "#/components/schemas/Qux" }, { properties: { type: { const: "Baz" } } }] },
    };
    expect((buildValid(tagged, "Foo") as { type: string }[]).map((value) => value.type)).toEqual(["Bar", "Bar", "Bar"]);
    const { table } = tableOf(tagged);
    expect(buildFixture(table, "Foo", { type: "Baz" }, { seed: 1 })).toMatchObject({ type: "Baz" });
  });
});
