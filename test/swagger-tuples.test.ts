// Swagger 2.0's `items` as a list, and `type: "null"` (#20, held-back production descriptions):
// judged by the document as written (JSON Schema draft 4, read by ajv's draft-07, which reads
// these keywords alike), not by our conversion of it.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { removeDir } from "./support/temp-dirs.js";

const SPEC = "test/specs/swagger/tuples.yaml";
const swagger = parse(readFileSync(SPEC, "utf8")) as { definitions: Record<string, unknown> };
const judge = new Ajv({ strict: false, allErrors: true });
judge.addSchema({ definitions: swagger.definitions }, "swagger");
const asWritten = (name: string): ((value: unknown) => string | undefined) => {
  const validate = judge.getSchema(`swagger#/definitions/${name}`);
  if (validate === undefined) throw new Error(`no definition ${name}`);
  return (value) => (validate(value) ? undefined : JSON.stringify(validate.errors));
};

type Range = { bounds: unknown[]; labelled: unknown[]; cleared: unknown };
let generated: GeneratedPackage;
beforeAll(async () => {
  generated = await generatePackage(SPEC, "swagger-tuples");
}, 60_000);
afterAll(() => removeDir(generated.dir));

describe("Swagger 2.0 tuples and null types", () => {
  // `Range` is a DOM global, so its builder is `buildRangeSchema`.
  it("the builder fills each tuple position with its own schema's value, and gives null where the type is null", async () => {
    const fixtures = await generated.importEntry<{
      buildRangeSchema(overrides?: unknown, options?: { seed?: number }): Range;
    }>("dist/fixtures.js");
    for (const seed of [1, 2, 3, 4, 5]) {
      const range = fixtures.buildRangeSchema(undefined, { seed });
      expect(asWritten("Range")(range), JSON.stringify(range)).toBeUndefined();
      expect(range.bounds).toEqual([expect.any(Number), expect.any(Number)]);
      expect(range.labelled[0]).toBeNull();
      expect(range.labelled.slice(1).every((label) => typeof label === "string" && label.length > 0)).toBe(true);
      expect(range.cleared).toBeNull();
    }
  });

  it("types the tuples as tuples, and the null type as null", () => {
    const schema = readFileSync(`${generated.dir}/src/schema.ts`, "utf8").replace(/\s+/g, " ");
    expect(schema).toContain("bounds: [ number, number ];");
    expect(schema).toContain('labelled: [ null, components["schemas"]["Label"] ];');
    expect(schema).toContain("cleared: null;");
  });

  it("the mock refuses a body the document refuses, and answers one it accepts with a value the document accepts", async () => {
    const testing = await generated.importEntry<{
      createMockServer(options?: object): Promise<{ url: string; close(): Promise<void> }>;
    }>("dist/testing.js");
    const mock = await testing.createMockServer({ seed: 7 });
    const post = (body: unknown): Promise<Response> =>
      fetch(`${mock.url}/ranges`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const good: Range = { bounds: [1, 2], labelled: [null, "a", "b"], cleared: null };
    const refused: Range[] = [
      { ...good, bounds: [1, 2, 3] }, // additionalItems: false
      { ...good, labelled: ["a"] }, // position 0 is null
      { ...good, labelled: [null, ""] }, // a Label past it has minLength 1
      { ...good, cleared: "x" }, // type: "null"
    ];
    try {
      for (const body of refused) {
        expect(asWritten("Range")(body)).toBeDefined();
        expect((await post(body)).status, JSON.stringify(body)).toBe(400);
      }
      expect(asWritten("Range")(good)).toBeUndefined();
      const answer = await post(good);
      expect(answer.status).toBe(200);
      expect(asWritten("Range")(await answer.json())).toBeUndefined();
    } finally {
      await mock.close();
    }
  });
});
