import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureBuilderNames } from "../generator/emit/emit-fixtures.js";
import { renderSurface } from "../generator/emit/render-surface.js";
import { renderSpec } from "../generator/generate.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

// Generation reads schema.ts's part of api-surface.txt from openapi-typescript's nodes
// (emit/schema-surface.ts) rather than parsing dist/schema.d.ts: these pin that both readings agree.

const UPSTREAM = path.resolve(REPO_ROOT, "../shared/upstream/launchdarkly-openapi.yaml");
const SPECS = [
  "spec/openapi.yaml",
  "test/specs/petstore-30.yaml",
  "test/specs/hostile.yaml",
  "test/specs/hostile-2.yaml",
  "test/specs/oas32/streams.yaml",
];

describe("the API surface of schema.ts, read from openapi-typescript's nodes", () => {
  it.each([...SPECS, ...(existsSync(UPSTREAM) ? [UPSTREAM] : [])])(
    "%s: is what parsing dist/schema.d.ts gives, non-ASCII names as Oxc writes them",
    async (specPath) => {
      const { files, model } = await renderSpec({ specPath });
      const parsed = await renderSurface(files, model.packageName);
      expect(files.get("api-surface.txt")).toBe(parsed);
    },
  );
  if (!existsSync(UPSTREAM)) console.log(`skipping upstream: ${path.relative(REPO_ROOT, UPSTREAM)} is absent`);

  it("prints tuples on one line, as Oxc writes them", async () => {
    const dir = makeTempDir("tuples");
    try {
      const specPath = path.join(dir, "openapi.yaml");
      writeFileSync(
        specPath,
        [
          "openapi: 3.1.0",
          "info: { title: Tuples, version: 1.0.0 }",
          "paths: {}",
          "components:",
          "  schemas:",
          "    Pair: { type: array, prefixItems: [{ type: string }, { type: number }], items: false }",
          "    Nested:",
          "      type: object",
          "      properties:",
          "        point: { type: array, prefixItems: [{ const: 1 }, { $ref: '#/components/schemas/Pair' }] }",
        ].join("\n"),
      );
      const { files, model } = await renderSpec({ specPath });
      expect(files.get("api-surface.txt")).toBe(await renderSurface(files, model.packageName));
      expect(files.get("api-surface.txt")).toContain("[string, number]");
    } finally {
      removeDir(dir);
    }
  });

  // Each escaped otherwise by TypeScript's printer than by Oxc: a tab, a vertical tab, NUL, ESC, a
  // no-break space, a line separator, `</script>`.
  it.each(["tab\there", "v\u000btab", "nul\u0000", "esc\u001b", "nb\u00a0sp", "line\u2028sep", "</Script>"])(
    "reads the declaration file where a literal holds %j",
    async (value) => {
      const dir = makeTempDir("escapes");
      try {
        const specPath = path.join(dir, "openapi.json");
        const quoted = { type: "string", enum: [value, "plain"] };
        const document = {
          openapi: "3.1.0",
          info: { title: "Escapes", version: "1.0.0" },
          paths: {},
          components: { schemas: { Quoted: quoted, Keyed: { type: "object", properties: { [value]: quoted } } } },
        };
        writeFileSync(specPath, JSON.stringify(document));
        const { files, model } = await renderSpec({ specPath });
        expect(files.get("api-surface.txt")).toBe(await renderSurface(files, model.packageName));
      } finally {
        removeDir(dir);
      }
    },
  );
});

describe("fixture builder names", () => {
  it("are worked out once per model: the README asks for one schema's per operation", async () => {
    const { model } = await renderSpec({ specPath: "test/specs/petstore-30.yaml" });
    expect(fixtureBuilderNames(model)).toBe(fixtureBuilderNames(model));
  });
});
