import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderSchemaTypes } from "../generator/emit/emit-types.js";
import { renderFromSpec } from "../generator/generate.js";
import { checkDocument } from "./corpus/check-document.js";
import { writeFiles } from "./support/generated-package.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { typecheck } from "./support/typecheck.js";

// Documents whose $refs openapi-typescript prints as types that do not compile (through `items`,
// into a path's response, to a header's schema, a discriminated parent's subtypes referring back
// to it). The loader rewrites them; these hold the whole output to strict TypeScript and ajv.
const DIR = path.join(REPO_ROOT, "test/specs/printable");
const SPECS = readdirSync(DIR).sort();
const cacheDir = mkdtempSync(path.join(os.tmpdir(), "printable-steps-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe.each(SPECS)("%s", (name) => {
  it("generates output that type-checks under strict, with every fixture valid (ajv)", async () => {
    const result = await checkDocument({ file: path.join(DIR, name), name, expectRefusal: undefined }, cacheDir);
    expect(result).toMatchObject({ exit: 0, typeErrors: [], fixtureFailures: [] });
  });
});

describe("keys named after Object.prototype's members (valueOf, hasOwnProperty, constructor, __proto__)", () => {
  // Redocly's bundler (here and inside openapi-typescript) throws on them unless they are marked.
  it("generate, type-check under strict and build valid fixtures, the names as written", async () => {
    const file = path.join(REPO_ROOT, "test/specs/prototype-names.yaml");
    const result = await checkDocument({ file, name: "prototype-names.yaml", expectRefusal: undefined }, cacheDir);
    expect(result).toMatchObject({ exit: 0, typeErrors: [], fixtureFailures: [], builders: 4 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const schema = (await renderFromSpec({ specPath: file })).get("src/schema.ts") ?? "";
    expect(schema).toContain(
      '            hasOwnProperty: string;\n            constructor: components["schemas"]["constructor"];',
    );
    expect(schema).not.toContain("codegenKey");
  });
});

describe.each(SPECS)("%s as written, handed to openapi-typescript unchanged", (name) => {
  it("would not compile: the rewrite is what makes it", async () => {
    const dir = makeTempDir("printable-raw");
    try {
      const document = parse(readFileSync(path.join(DIR, name), "utf8")) as Record<string, unknown>;
      writeFiles(
        dir,
        new Map([["schema.ts", (await renderSchemaTypes(document, (pointer) => ({ file: name, pointer }))).source]]),
      );
      expect(typecheck([path.join(dir, "schema.ts")]).join("\n")).toMatch(
        /does not exist on type|referenced directly or indirectly in its own type annotation/,
      );
    } finally {
      removeDir(dir);
    }
  });
});

describe("a discriminator mapping to a schema whose name is not ASCII", () => {
  // openapi-typescript's own Redocly pass over the loaded document left the `$ref` in `oneOf`
  // percent-encoded and the one in `mapping` not, so it saw two subtypes and gave `Spæcial` both
  // tags: `type: "Sp%C3%A6cial" & "non-ascii"`, which no value has.
  it("tags the subtype with the mapped value only", async () => {
    const dir = makeTempDir("non-ascii");
    try {
      const spec = path.join(dir, "spec.json");
      const schemas = {
        Base: { type: "object", required: ["type"], properties: { type: { type: "string" } } },
        Spæcial: { allOf: [{ $ref: "#/components/schemas/Base" }] },
        Union: {
          oneOf: [{ $ref: "#/components/schemas/Spæcial" }],
          discriminator: { propertyName: "type", mapping: { "non-ascii": "#/components/schemas/Spæcial" } },
        },
      };
      writeFiles(
        dir,
        new Map([
          [
            "spec.json",
            JSON.stringify({
              openapi: "3.0.3",
              info: { title: "t", version: "1" },
              paths: {},
              components: { schemas },
            }),
          ],
        ]),
      );
      const schema = (await renderFromSpec({ specPath: spec })).get("src/schema.ts") ?? "";
      expect(schema).toContain('type: "non-ascii";');
      expect(schema).not.toContain("Sp%C3%A6cial");
    } finally {
      removeDir(dir);
    }
  });
});
