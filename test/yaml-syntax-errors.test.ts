// Where a YAML syntax error is reported: at the token the author has to fix, once.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpecError } from "../generator/errors.js";
import { loadSpec } from "../generator/load/load-spec.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

let dir: string;
beforeAll(() => {
  dir = makeTempDir("yaml-syntax");
});
afterAll(() => removeDir(dir));

const HEAD = 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\n';

/** Each problem of loading the text as [line, column, message]. */
async function placed(name: string, text: string): Promise<[number | undefined, number | undefined, string][]> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  try {
    await loadSpec(file);
  } catch (error) {
    if (error instanceof SpecError)
      return error.problems.map((problem) => [problem.location.line, problem.location.column, problem.message]);
    throw error;
  }
  throw new Error("expected a SpecError");
}

describe("YAML syntax errors", () => {
  const NEVER_CLOSED = {
    "[": "cannot parse YAML: this [ opens a flow sequence that is never closed with a ]",
    "{": "cannot parse YAML: this { opens a flow map that is never closed with a }",
    '"': 'cannot parse YAML: this " opens a double-quoted string that is never closed with a "',
    "'": "cannot parse YAML: this ' opens a single-quoted string that is never closed with a '",
  };

  it("point at the token to fix: an unclosed bracket or quote where it opens, one problem per place", async () => {
    expect(await placed("unclosed.yaml", `${HEAD}paths:\n  /a:\n    get:\n      responses: [\n`)).toEqual([
      [6, 18, NEVER_CLOSED["["]],
    ]);
    expect(await placed("quote.yaml", `${HEAD}x-note: "abc\n  more: 1\n`)).toEqual([[3, 9, NEVER_CLOSED['"']]]);
    expect(await placed("indent.yaml", 'openapi: 3.1.0\ninfo:\n  title: x\n   version: "1"\n')).toHaveLength(1);
  });

  it("report a bracket left open before more lines once, where it opens, not where the parser gave up", async () => {
    const paths = "paths:\n  /a:\n    get:\n";
    const responses = '      responses:\n        "200": { description: ok }\n';
    // Before: reported at 6:22 (the end of the line), and again at 7:7 for the map around it.
    expect(await placed("seq-in-map.yaml", `${HEAD}${paths}      x-a: { tags: [a, b }\n${responses}`)).toEqual([
      [6, 20, NEVER_CLOSED["["]],
    ]);
    expect(await placed("map.yaml", `${HEAD}${paths}      x-a: { tags: [a, b]\n${responses}`)).toEqual([
      [6, 12, NEVER_CLOSED["{"]],
    ]);
    expect(await placed("seq.yaml", `${HEAD}${paths}      tags: [a, b,\n        c\n${responses}`)).toEqual([
      [6, 13, NEVER_CLOSED["["]],
    ]);
    // The string swallowed the "]": the quote is the mistake, not the bracket.
    expect(await placed("quote-in-seq.yaml", `${HEAD}${paths}      tags: [a, 'b, c]\n${responses}`)).toEqual([
      [6, 17, NEVER_CLOSED["'"]],
    ]);
    // A problem before the bracket is its own; escaped quotes close nothing.
    expect(
      await placed(
        "two.yaml",
        `${HEAD}x-a: 1\nx-a: 2\nx-b: "say \\"hi\\""\nx-c: 'it''s'\n${paths}      tags: [a\n${responses}`,
      ),
    ).toEqual([
      [4, 1, "cannot parse YAML: Map keys must be unique"],
      [10, 13, NEVER_CLOSED["["]],
    ]);
  });
});
