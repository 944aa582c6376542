import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Schema, SchemaTable } from "../templates/fixtures/schema.js";
import { type Encodings, formBody } from "../templates/runtime/body.js";
import {
  type ParamStyle,
  serializeCookies,
  serializeHeaders,
  serializePath,
  serializeQuery,
} from "../templates/runtime/params.js";
import { decodeBody } from "../templates/testing/body-decode.js";
import { parameterValue } from "../templates/testing/wire-decode.js";

// Whatever the client writes, the mock reads back to the same value: random schemas of the shapes
// form bodies and deepObject queries take in published documents (Stripe's: nested objects, lists
// of objects, lists in objects, `anyOf` of a scalar and an object), random values of them, written
// by runtime/params.ts and runtime/body.ts and read by the mock's decoders.

const TABLE: SchemaTable = { schemas: {}, traits: {} };

const text = fc.string({
  unit: fc.constantFrom("a", "Z", "0", " ", "/", "?", "&", "=", "+", "%", ",", ";", "é", "😀", "[", "]", "#", "."),
});
// Keys as documents name them: brackets in a key cannot be told from nesting, so none here.
const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/);

interface Case {
  readonly schema: Schema;
  readonly value: unknown;
}

const scalarCase: fc.Arbitrary<Case> = fc.oneof(
  text.map((value) => ({ schema: { type: "string" }, value })),
  fc.integer().map((value) => ({ schema: { type: "integer" }, value })),
  fc.boolean().map((value) => ({ schema: { type: "boolean" }, value })),
);

/** A schema and a value of it; containers hold at least one member (an empty one writes nothing). */
const shapeCase: fc.Arbitrary<Case> = fc.letrec<{ shape: Case }>((tie) => ({
  shape: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalarCase,
    fc.array(tie("shape"), { minLength: 1, maxLength: 3 }).chain((items) => {
      // A list's items share one schema: take the first's, and values of it.
      const first = items[0] as Case;
      return fc
        .array(fc.constant(first.value), { minLength: 1, maxLength: 3 })
        .map((value) => ({ schema: { type: "array", items: first.schema }, value }));
    }),
    fc
      .uniqueArray(fc.tuple(key, tie("shape")), { minLength: 1, maxLength: 3, selector: ([name]) => name })
      .map((members) => ({
        schema: { type: "object", properties: Object.fromEntries(members.map(([name, item]) => [name, item.schema])) },
        value: Object.fromEntries(members.map(([name, item]) => [name, item.value])),
      })),
    // Stripe's `created`: an integer, or an object of bounds.
    fc
      .oneof(
        fc.integer(),
        fc.record({ gte: fc.integer(), lt: fc.integer() }, { requiredKeys: ["gte"] }).map((bounds) => bounds),
      )
      .map((value) => ({
        schema: {
          anyOf: [
            {
              type: "object",
              properties: { gt: { type: "integer" }, gte: { type: "integer" }, lt: { type: "integer" } },
            },
            { type: "integer" },
          ],
        },
        value,
      })),
  ),
})).shape;

const containerCase = shapeCase.filter((item) => typeof item.value === "object" && item.value !== null);

function queryRoundTrip(schema: Schema, value: unknown): unknown {
  const search = serializeQuery({ filter: value }, [
    { in: "query", name: "filter", style: "deepObject", explode: true },
  ]);
  const parameter = {
    name: "filter",
    in: "query",
    required: true,
    style: "deepObject",
    explode: true,
    schema,
  } as const;
  return parameterValue(TABLE, parameter, { pathParams: {}, search, headers: {} });
}

function formRoundTrip(members: readonly [string, Case][], encodings: Encodings | undefined): unknown {
  const schema: Schema = {
    type: "object",
    properties: Object.fromEntries(members.map(([name, item]) => [name, item.schema])),
  };
  const bytes = new TextEncoder().encode(
    formBody(Object.fromEntries(members.map(([n, item]) => [n, item.value])), encodings),
  );
  return decodeBody(TABLE, bytes, "application/x-www-form-urlencoded", schema, encodings);
}

const formMembers = fc.uniqueArray(fc.tuple(key, shapeCase), {
  minLength: 1,
  maxLength: 4,
  selector: ([name]) => name,
});

describe("the mock reads back what the client writes", () => {
  it("deepObject query parameters, nested to any depth", () => {
    fc.assert(
      fc.property(containerCase, ({ schema, value }) => {
        expect(queryRoundTrip(schema, value)).toEqual(value);
      }),
      { numRuns: 400 },
    );
  });

  it("form bodies whose properties are sent as deepObject (Stripe's encoding)", () => {
    fc.assert(
      fc.property(formMembers, (members) => {
        const encodings = Object.fromEntries(
          members.map(([name]) => [name, { style: "deepObject", explode: true } as const]),
        );
        expect(formRoundTrip(members, encodings)).toEqual(Object.fromEntries(members.map(([n, c]) => [n, c.value])));
      }),
      { numRuns: 400 },
    );
  });

  it("form bodies in the default encoding (lists repeated, objects as JSON)", () => {
    fc.assert(
      fc.property(formMembers, (members) => {
        expect(formRoundTrip(members, undefined)).toEqual(Object.fromEntries(members.map(([n, c]) => [n, c.value])));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ["preferred_locales[0]=de&preferred_locales[1]=fr", { preferred_locales: ["de", "fr"] }],
    ["line_items[0][price]=price_123&line_items[0][quantity]=2", { line_items: [{ price: "price_123", quantity: 2 }] }],
    ["metadata[order_id]=6735", { metadata: { order_id: "6735" } }],
    ["expand[0]=x&expand[1]=y.z", { expand: ["x", "y.z"] }],
  ])("Stripe's body %s", (body, expected) => {
    const schema: Schema = {
      type: "object",
      properties: {
        preferred_locales: { type: "array", items: { type: "string" } },
        line_items: {
          type: "array",
          items: { type: "object", properties: { price: { type: "string" }, quantity: { type: "integer" } } },
        },
        metadata: {
          anyOf: [
            { type: "object", additionalProperties: { type: "string" } },
            { type: "string", enum: [""] },
          ],
        },
        expand: { type: "array", items: { type: "string" } },
      },
    };
    const deep = { style: "deepObject", explode: true } as const;
    const encodings = { preferred_locales: deep, line_items: deep, metadata: deep, expand: deep };
    expect(
      decodeBody(TABLE, new TextEncoder().encode(body), "application/x-www-form-urlencoded", schema, encodings),
    ).toEqual(expected);
  });

  it.each([
    ["created[gte]=1", { gte: 1 }],
    ["created=1", 1],
  ])("Stripe's query %s", (search, expected) => {
    const schema: Schema = {
      anyOf: [{ type: "object", properties: { gte: { type: "integer" } } }, { type: "integer" }],
    };
    const parameter = {
      name: "created",
      in: "query",
      required: false,
      style: "deepObject",
      explode: true,
      schema,
    } as const;
    expect(parameterValue(TABLE, parameter, { pathParams: {}, search, headers: {} })).toEqual(expected);
  });
});

// Every style of the specification's Style Examples table, with random values of the three shapes
// it defines (a string, a list of strings, an object of strings), written by the client and read
// back by the mock. Empty values and lists are left out: the table gives them no unambiguous form.
type Location = "path" | "query" | "header" | "cookie";
const STYLES: readonly [Location, ParamStyle, boolean][] = [
  ["path", "simple", false],
  ["path", "simple", true],
  ["path", "label", false],
  ["path", "label", true],
  ["path", "matrix", false],
  ["path", "matrix", true],
  ["query", "form", false],
  ["query", "form", true],
  ["query", "spaceDelimited", false],
  ["query", "pipeDelimited", false],
  ["header", "simple", false],
  ["header", "simple", true],
  ["cookie", "form", false],
  ["cookie", "form", true],
];

// Headers are sent as written (the specification forbids percent-encoding them): no delimiters in
// their text, and no space at either end (HTTP drops it).
const headerText = fc
  .string({ unit: fc.constantFrom("a", "Z", "0", "-", "_", ".", " "), minLength: 1 })
  .filter((value) => value.trim() === value);
/** What a style cannot carry unambiguously by its own definition: RFC 6570 leaves `.` unencoded in label expansion, and a space-delimited list's items are split on spaces. */
const AMBIGUOUS: Readonly<Record<string, string>> = { label: ".", spaceDelimited: " " };
const styledCase = (location: Location, style: ParamStyle): fc.Arbitrary<Case> => {
  const leaf =
    location === "header"
      ? headerText
      : text.filter((value) => value !== "" && !value.includes(AMBIGUOUS[style] ?? "\u0000"));
  const lists = fc.array(leaf, { minLength: 1, maxLength: 3 }).map((value) => ({
    schema: { type: "array", items: { type: "string" } },
    value,
  }));
  if (style === "spaceDelimited" || style === "pipeDelimited") return lists;
  return fc.oneof(
    leaf.map((value) => ({ schema: { type: "string" }, value })),
    lists,
    fc.uniqueArray(fc.tuple(key, leaf), { minLength: 1, maxLength: 3, selector: ([name]) => name }).map((members) => ({
      schema: { type: "object", properties: Object.fromEntries(members.map(([name]) => [name, { type: "string" }])) },
      value: Object.fromEntries(members),
    })),
  );
};

function styledRoundTrip(location: Location, style: ParamStyle, explode: boolean, { schema, value }: Case): unknown {
  const spec = [{ in: location, name: "color", style, explode }] as const;
  const values = { color: value };
  const parameter = { name: "color", in: location, required: true, style, explode, schema } as const;
  if (location === "path") {
    const segment = serializePath("/{color}", values, spec).slice(1);
    return parameterValue(TABLE, parameter, { pathParams: { color: segment }, search: "", headers: {} });
  }
  if (location === "query")
    return parameterValue(TABLE, parameter, { pathParams: {}, search: serializeQuery(values, spec), headers: {} });
  if (location === "header")
    return parameterValue(TABLE, parameter, {
      pathParams: {},
      search: "",
      headers: { color: serializeHeaders(values, spec).color },
    });
  return parameterValue(TABLE, parameter, {
    pathParams: {},
    search: "",
    headers: { cookie: serializeCookies(values, spec) },
  });
}

describe("the mock reads back every style of the Style Examples table", () => {
  it.each(STYLES)("%s, %s, explode %s", (location, style, explode) => {
    fc.assert(
      fc.property(styledCase(location, style), (item) => {
        expect(styledRoundTrip(location, style, explode, item)).toEqual(item.value);
      }),
      { numRuns: 200 },
    );
  });
});
