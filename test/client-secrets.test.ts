import { describe, expect, it } from "vitest";
import { descriptionText } from "../generator/model/description-text.js";
import type { SchemaTable } from "../templates/fixtures/schema.js";
import { withoutSecret } from "../templates/runtime/call.js";
import { errorBody } from "../templates/testing/mock-answers.js";

// Table cases for three readings #32's review found wrong: which text of an error a secret is
// redacted from, which descriptions are HTML, and where an error body's reason goes.

const REDACTION: readonly [string, readonly string[], string, string][] = [
  ["a short token inside words is left alone", ["t"], "Failed to fetch", "Failed to fetch"],
  ["a short token as a word is redacted", ["t"], "token t refused", "token [redacted] refused"],
  ["a secret starting with punctuation, after a letter", ["=abc"], "x=abc", "x[redacted]"],
  ["a secret ending with base64 padding, before a letter", ["abc+/="], "abc+/=Z", "[redacted]Z"],
  ["a long secret inside a longer word", ["s3cr3t-token"], "/s3cr3t-token1", "/[redacted]1"],
  [
    "a secret as a query string writes it",
    ["a b+c/d"],
    "GET /x?key=a+b%2Bc%2Fd failed",
    "GET /x?key=[redacted] failed",
  ],
  ["a secret as a URL path writes it", ["a b&c"], "GET /a%20b%26c failed", "GET /[redacted] failed"],
];

describe("withoutSecret", () => {
  it.each(REDACTION)("%s", (_, secrets, message, expected) => {
    const cleaned = withoutSecret(new TypeError(message), secrets) as Error;
    expect(cleaned.message).toBe(expected);
  });
});

const DESCRIPTIONS: readonly [string, string, string][] = [
  [
    "HTML throughout becomes Markdown",
    '<p>Creates a <code>Session</code>.</p><p>See <a href="/x">docs</a>.</p>',
    "Creates a `Session`.\n\nSee [docs](/x).",
  ],
  [
    "Markdown with inline HTML is left as it is",
    "**Note**: see [docs](https://x.test/a_b).\n\n- one\n- two<br>three",
    "**Note**: see [docs](https://x.test/a_b).\n\n- one\n- two<br>three",
  ],
  ["plain text is left as it is", "Returns a_list of 2 < 3 things", "Returns a_list of 2 < 3 things"],
];

describe("descriptionText", () => {
  it.each(DESCRIPTIONS)("%s", (_, text, expected) => {
    expect(descriptionText(text)).toBe(expected);
  });
});

describe("errorBody", () => {
  it("puts the reason in the most preferred name, however deep, before a less preferred one nearer the top", () => {
    const table: SchemaTable = { schemas: {}, traits: {} };
    const schema = {
      type: "object",
      required: ["title", "error"],
      properties: {
        title: { type: "string" },
        error: {
          type: "object",
          required: ["message", "code"],
          properties: { message: { type: "string" }, code: { type: "string" } },
        },
      },
    };
    const body = errorBody(table, schema, "bad_request", "body /name is required", "seed") as {
      title: string;
      error: { message: string; code: string };
    };
    expect(body.error).toEqual({ message: "body /name is required", code: "bad_request" });
    expect(body.title).not.toBe("body /name is required");
  });
});
