import { describe, expect, it } from "vitest";
import { compactSchema } from "../generator/model/fixture-table.js";
import { compileChecks, verdict } from "./support/compile-check.js";

// The schema compiler per keyword family, on a table of inline cases: each schema, a value, and
// the issues the compiled check gives (none: valid). The property test holds the verdicts to ajv
// on random schemas; these pin what the issues say and the readings chosen on purpose.

interface Case {
  readonly name: string;
  readonly schema: unknown;
  readonly value: unknown;
  readonly issues: readonly { readonly message: string; readonly path: readonly PropertyKey[] }[];
  readonly components?: Record<string, unknown>;
  readonly openapi30?: boolean;
  readonly direction?: "any" | "request" | "response";
}

const USER = {
  type: "object",
  required: ["id", "password", "name"],
  properties: {
    id: { type: "string", readOnly: true },
    password: { type: "string", writeOnly: true },
    name: { type: "string" },
  },
};

const OBJECT = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", maxLength: 3 }, size: { type: "integer", minimum: 1 } },
};

const CASES: readonly Case[] = [
  {
    name: "type and bound, named",
    schema: OBJECT,
    value: { id: "abcd", size: 0 },
    issues: [
      { message: "must be at most 3 characters", path: ["id"] },
      { message: "must be >= 1", path: ["size"] },
    ],
  },
  { name: "required", schema: OBJECT, value: {}, issues: [{ message: "is required", path: ["id"] }] },
  {
    name: "a wrong type skips the kind's keywords",
    schema: { type: "string", maxLength: 1 },
    value: 12,
    issues: [{ message: "must be string, not integer", path: [] }],
  },
  { name: "code points, not UTF-16 units", schema: { type: "string", maxLength: 2 }, value: "😀😀", issues: [] },
  {
    name: "enum after the type",
    schema: { type: "string", enum: ["a", "b"] },
    value: "c",
    issues: [{ message: 'must be one of "a", "b"', path: [] }],
  },
  { name: "const of an object, by JSON equality", schema: { const: { a: [1, 2] } }, value: { a: [1, 2] }, issues: [] },
  {
    name: "uniqueItems",
    schema: { type: "array", uniqueItems: true },
    value: [{ a: 1 }, { a: 1 }],
    issues: [{ message: "must not have duplicate items (items 0 and 1 are equal)", path: [] }],
  },
  {
    name: "prefixItems then items",
    schema: { type: "array", prefixItems: [{ type: "string" }], items: { type: "integer" } },
    value: ["a", 1, "b"],
    issues: [{ message: "must be integer, not string", path: [2] }],
  },
  {
    name: "additionalProperties false",
    schema: { type: "object", properties: { a: {} }, additionalProperties: false },
    value: { a: 1, b: 2 },
    issues: [{ message: "is not an allowed property (additionalProperties)", path: ["b"] }],
  },
  {
    name: "patternProperties beside additionalProperties",
    schema: {
      type: "object",
      patternProperties: { "^x": { type: "string" } },
      additionalProperties: { type: "integer" },
    },
    value: { x1: 1, y: "s" },
    issues: [
      { message: "must be string, not integer", path: ["x1"] },
      { message: "must be integer, not string", path: ["y"] },
    ],
  },
  {
    name: "an Object.prototype name is read as an own property only",
    schema: { type: "object", required: ["constructor"], properties: { constructor: { type: "string" } } },
    value: {},
    issues: [{ message: "is required", path: ["constructor"] }],
  },
  {
    name: "a __proto__ key is a property",
    schema: { type: "object", additionalProperties: false },
    value: JSON.parse('{"__proto__": 1}') as unknown,
    issues: [{ message: "is not an allowed property (additionalProperties)", path: ["__proto__"] }],
  },
  {
    name: "formats as ajv-formats reads them",
    schema: { type: "string", format: "date-time" },
    value: "2026-02-30T10:00:00Z",
    issues: [{ message: "must be a valid date-time (format)", path: [] }],
  },
  {
    name: "int32 on a number",
    schema: { type: "number", format: "int32" },
    value: 2 ** 31,
    issues: [{ message: "must be a valid int32 (format)", path: [] }],
  },
  {
    name: "an unknown format is an annotation",
    schema: { type: "string", format: "vendor-thing" },
    value: "x",
    issues: [],
  },
  {
    name: "binary takes a Blob; a Blob is not an object",
    schema: { type: "object", properties: { file: { type: "string", format: "binary" } } },
    value: { file: new Blob(["x"]) },
    issues: [],
  },
  {
    name: "a Blob where an object is",
    schema: { type: "object" },
    value: new Blob(["x"]),
    issues: [{ message: "must be object, not file", path: [] }],
  },
  {
    name: "oneOf: more than one",
    schema: { oneOf: [{ type: "integer" }, { type: "number" }] },
    value: 1,
    issues: [{ message: "must match exactly one of 2 allowed shapes (oneOf), not 2", path: [] }],
  },
  {
    name: "oneOf: none, reported with the tagged branch",
    components: {
      Circle: {
        type: "object",
        required: ["kind", "radius"],
        properties: { kind: { const: "circle" }, radius: { type: "number" } },
      },
      Square: {
        type: "object",
        required: ["kind", "side"],
        properties: { kind: { const: "square" }, side: { type: "number" } },
      },
    },
    schema: {
      oneOf: [{ $ref: "#/components/schemas/Circle" }, { $ref: "#/components/schemas/Square" }],
      discriminator: {
        propertyName: "kind",
        mapping: { circle: "#/components/schemas/Circle", square: "#/components/schemas/Square" },
      },
    },
    value: { kind: "square", radius: 1 },
    issues: [{ message: "is required", path: ["side"] }],
  },
  {
    name: "oneOf: an unknown tag is the field to fix",
    components: { Circle: { type: "object", properties: { kind: { const: "circle" } } } },
    schema: {
      oneOf: [{ $ref: "#/components/schemas/Circle" }],
      discriminator: { propertyName: "kind", mapping: { circle: "#/components/schemas/Circle" } },
    },
    value: { kind: "hexagon" },
    issues: [{ message: 'must be one of "circle"', path: ["kind"] }],
  },
  {
    name: "a discriminator never changes the verdict",
    components: { A: { type: "object" } },
    schema: { oneOf: [{ $ref: "#/components/schemas/A" }], discriminator: { propertyName: "kind" } },
    value: { kind: "B" },
    issues: [],
  },
  {
    name: "unevaluatedProperties through the branch that matched",
    schema: {
      oneOf: [
        { type: "object", properties: { foo: { type: "string" } }, required: ["foo"] },
        { type: "object", properties: { bar: { type: "number" } }, required: ["bar"] },
      ],
      unevaluatedProperties: false,
    },
    value: { foo: "x", bar: "y" },
    issues: [{ message: "is not an allowed property (unevaluatedProperties)", path: ["bar"] }],
  },
  {
    name: "3.0 nullable adds null to type and enum",
    openapi30: true,
    schema: { type: "string", enum: ["a"], nullable: true },
    value: null,
    issues: [],
  },
  {
    name: "3.0 nullable: other keywords still apply to null",
    openapi30: true,
    schema: { type: "object", nullable: true, allOf: [{ type: "object" }] },
    value: null,
    issues: [{ message: "must be object, not null", path: [] }],
  },
  {
    name: "3.0 nullable without type or enum: null passes whole",
    openapi30: true,
    schema: { nullable: true, allOf: [{ type: "object" }] },
    value: null,
    issues: [],
  },
  {
    name: "3.0 boolean exclusiveMinimum",
    openapi30: true,
    schema: { type: "number", minimum: 1, exclusiveMinimum: true },
    value: 1,
    issues: [{ message: "must be > 1", path: [] }],
  },
  {
    name: "3.0 reads no 2019+ keyword (as draft-07 does)",
    openapi30: true,
    schema: { type: "object", dependentRequired: { a: ["b"] }, unevaluatedProperties: false },
    value: { a: 1 },
    issues: [],
  },
  {
    name: "3.1 dependentRequired",
    schema: { type: "object", dependentRequired: { a: ["b"] } },
    value: { a: 1 },
    issues: [{ message: "is required when a is present", path: ["b"] }],
  },
  {
    name: "$recursiveRef: '#' is the enclosing component",
    components: {
      Filter: {
        type: "object",
        required: ["type"],
        properties: {
          type: { enum: ["and", "or"] },
          filters: { type: "array", items: { anyOf: [{ type: "string" }, { $recursiveRef: "#" }] } },
        },
      },
    },
    schema: { $ref: "#/components/schemas/Filter" },
    value: { type: "and", filters: ["x", { type: "nor" }] },
    issues: [{ message: 'must be one of "and", "or"', path: ["filters", 1, "type"] }],
  },
  {
    name: "a readOnly property is not required in a request",
    direction: "request",
    schema: USER,
    value: { password: "p", name: "n" },
    issues: [],
  },
  {
    name: "a writeOnly property is not required in a response",
    direction: "response",
    schema: USER,
    value: { id: "i", name: "n" },
    issues: [],
  },
  {
    name: "a component's own validator reads required as written",
    schema: USER,
    value: { name: "n" },
    issues: [
      { message: "is required", path: ["id"] },
      { message: "is required", path: ["password"] },
    ],
  },
  {
    name: "a type list with boolean tests the kind before its keywords",
    schema: { type: ["string", "boolean"], pattern: "^a" },
    value: true,
    issues: [],
  },
  {
    name: "a pattern whose schema checks nothing still claims its keys",
    schema: { type: "object", patternProperties: { "^x-": {} }, additionalProperties: false },
    value: { "x-a": 1, b: 2 },
    issues: [{ message: "is not an allowed property (additionalProperties)", path: ["b"] }],
  },
  {
    name: "then evaluates its properties for unevaluatedProperties",
    schema: { if: { required: ["a"] }, then: { properties: { a: {} } }, unevaluatedProperties: false },
    value: { a: 1 },
    issues: [],
  },
  {
    name: "else evaluates when if fails",
    schema: {
      if: { required: ["a"] },
      then: { properties: { a: {} } },
      else: { properties: { b: {} } },
      unevaluatedProperties: false,
    },
    value: { b: 1, c: 2 },
    issues: [{ message: "is not an allowed property (unevaluatedProperties)", path: ["c"] }],
  },
  {
    name: "bytes a caller sends are a binary string's value",
    schema: { type: "string", format: "binary" },
    value: new Uint8Array([1, 2]),
    issues: [],
  },
  {
    name: "$ref cycles end with the data",
    components: {
      Node: { type: "object", properties: { next: { $ref: "#/components/schemas/Node" }, v: { type: "integer" } } },
    },
    schema: { $ref: "#/components/schemas/Node" },
    value: { next: { next: { v: "x" } } },
    issues: [{ message: "must be integer, not string", path: ["next", "next", "v"] }],
  },
];

describe("the schema compiler, keyword by keyword", () => {
  for (const entry of CASES) {
    it(entry.name, () => {
      const openapi30 = entry.openapi30 ?? false;
      const components = Object.fromEntries(
        Object.entries(entry.components ?? {}).map(([name, schema]) => [name, compactSchema(schema, openapi30)]),
      );
      const check = compileChecks(
        components,
        { root: compactSchema(entry.schema, openapi30) },
        openapi30,
        entry.direction ?? "any",
      ).root;
      if (check === undefined) throw new Error("no check");
      expect(verdict(check, entry.value).issues).toEqual(entry.issues);
    });
  }
});
