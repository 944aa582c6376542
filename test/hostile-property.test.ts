import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { renderFromSpec } from "../generator/generate.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";
import { typecheck } from "./support/typecheck.js";

/** Text a spec author could write: code-like payloads mixed with arbitrary characters. */
const nastyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.constantFrom(
    "*/",
    "/*",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal a spec might smuggle into generated code
    "`${globalThis.__pwned = 1}`",
    "</script>",
    "{{constructor.constructor('globalThis.__pwned=1')()}}",
    "__proto__",
    "constructor",
    "prototype",
    "class",
    "1a",
    "a-b",
    "a.b",
    "\\",
    '"',
    "'",
    "\n",
    "🚀",
    "ü",
  ),
);
const name = nastyText.filter((text) => text.trim() !== "");
/** A path parameter name cannot hold the braces or slash of the path template itself. */
const pathParam = name.filter((text) => !/[{}/]/.test(text));

function specOf(input: {
  schemas: string[];
  props: string[];
  ops: string[];
  param: string;
  description: string;
}): object {
  const properties = Object.fromEntries(
    input.props.map((prop) => [prop, { type: "string", description: input.description }]),
  );
  const schemas = Object.fromEntries(
    input.schemas.map((schema) => [schema, { type: "object", description: input.description, properties }]),
  );
  const firstSchema = input.schemas[0] ?? "S";
  const operation = (operationId: string) => ({
    operationId,
    summary: input.description,
    description: input.description,
    parameters: [
      { name: input.param, in: "path", required: true, description: input.description, schema: { type: "string" } },
    ],
    responses: {
      "200": {
        description: input.description,
        content: {
          "application/json": {
            schema: { $ref: `#/components/schemas/${firstSchema.replace(/~/g, "~0").replace(/\//g, "~1")}` },
          },
        },
      },
    },
  });
  const methods = ["get", "put", "post", "delete", "patch"] as const;
  const pathItem = Object.fromEntries(
    input.ops.slice(0, methods.length).map((operationId, index) => [methods[index], operation(operationId)]),
  );
  return {
    openapi: "3.1.0",
    info: { title: input.description || "t", version: "1", description: input.description },
    paths: { [`/x/{${input.param}}`]: pathItem },
    components: { schemas },
  };
}

describe("random names and descriptions (property-based)", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  it("always generate code that type-checks under strict and runs nothing from the spec", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          schemas: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
          props: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
          ops: fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
          param: pathParam,
          description: nastyText,
        }),
        async (input) => {
          const dir = makeTempDir("prop");
          dirs.push(dir);
          const specPath = path.join(dir, "spec.json");
          writeFileSync(specPath, JSON.stringify(specOf(input)));
          const files = await renderFromSpec({ specPath });
          for (const [file, content] of files) {
            mkdirSync(path.dirname(path.join(dir, "out", file)), { recursive: true });
            writeFileSync(path.join(dir, "out", file), content);
          }
          const sources = [...files.keys()].filter(
            (file) =>
              file.startsWith("src/") &&
              !file.includes("/fixtures/") &&
              !file.includes("/runtime/") &&
              !file.includes("/testing/"),
          );
          expect(typecheck(sources.map((file) => path.join(dir, "out", file)))).toEqual([]);
          const entry = (await import(pathToFileURL(path.join(dir, "out", "dist", "index.js")).href)) as {
            createClient: (options: object) => object;
          };
          const client = entry.createClient({ baseUrl: "http://127.0.0.1:9" });
          expect(Object.keys(client)).toHaveLength(Math.min(input.ops.length, 5));
          await import(pathToFileURL(path.join(dir, "out", "dist", "fixtures.js")).href);
          expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
        },
      ),
      // A failure is reported with the counterexample found so far, not lost to the test timeout while shrinking.
      { numRuns: 12, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: true },
    );
  }, 300_000);
});
