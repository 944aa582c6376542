import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatePackage, writeFiles } from "./support/generated-package.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";
import { FLAG_SETS, typecheck } from "./support/typecheck.js";

// Where openapi-typescript's own output does not type-check, and what schema.ts does instead.
const dir = makeTempDir("schema-types");
afterAll(() => removeDir(dir));

describe("schema.ts type-checks where openapi-typescript's print does not", () => {
  it("`required` beside an allOf of a nullable object: the keys are required of the object, and null stays allowed", async () => {
    const document = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/a": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { $ref: "#/components/schemas/Both" } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Base: { type: "object", nullable: true, properties: { a: { type: "string" }, b: { type: "string" } } },
          Both: { required: ["a", "b"], allOf: [{ $ref: "#/components/schemas/Base" }] },
        },
      },
    };
    writeFiles(dir, new Map([["nullable-required.json", JSON.stringify(document)]]));
    const generated = await generatePackage(path.join(dir, "nullable-required.json"), "schema-types");
    const use = path.join(generated.dir, "use.ts");
    writeFileSync(
      use,
      [
        'import type { components } from "./src/schema.js";',
        'type Both = components["schemas"]["Both"];',
        'export const both: Both = { a: "x", b: "y" };',
        "export const none: Both = null;",
        "// @ts-expect-error b is required",
        'export const missing: Both = { a: "x" };',
      ].join("\n"),
    );
    for (const options of Object.values(FLAG_SETS))
      expect(typecheck([path.join(generated.dir, "src", "schema.ts"), use], options)).toEqual([]);
  });
});
