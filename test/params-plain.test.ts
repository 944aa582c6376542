import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeHeaders, serializePath, serializeQuery } from "../templates/runtime/params.js";
import { plainHeaders, plainPath, plainQuery } from "../templates/runtime/params-plain.js";

// The plain serializers of `<pkg>/operations` must write the very bytes params.ts writes for a
// parameter in its location's default style (simple for path and header, exploded form for
// query): random values, reserved and non-ASCII characters included, compared both ways.

const text = fc.string({
  unit: fc.constantFrom(
    "a",
    "Z",
    "0",
    " ",
    "/",
    "?",
    "&",
    "=",
    "+",
    "%",
    "'",
    "(",
    "*",
    "!",
    "~",
    ",",
    ";",
    "é",
    "😀",
    "[",
    "]",
    "#",
  ),
});
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(text, scalar, { maxKeys: 3 }),
  fc.constant(undefined),
);
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,8}$/);

describe("plain parameter serializers agree with params.ts in default styles", () => {
  it("path (simple)", () => {
    fc.assert(
      fc.property(fc.dictionary(name, value, { maxKeys: 3 }), (values) => {
        const path = `/x/${Object.keys(values)
          .map((key) => `{${key}}`)
          .join("/")}/{absent}`;
        expect(plainPath(path, values)).toBe(serializePath(path, values, undefined));
      }),
      { numRuns: 500 },
    );
  });

  it("query (form, exploded)", () => {
    fc.assert(
      fc.property(fc.dictionary(name, value, { maxKeys: 4 }), (values) => {
        expect(plainQuery(values)).toBe(serializeQuery(values, undefined));
      }),
      { numRuns: 500 },
    );
  });

  it("header (simple)", () => {
    fc.assert(
      fc.property(fc.dictionary(name, value, { maxKeys: 3 }), (values) => {
        expect(plainHeaders(values)).toEqual(serializeHeaders(values, undefined));
      }),
      { numRuns: 500 },
    );
  });
});
