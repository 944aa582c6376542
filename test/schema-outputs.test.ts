import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSources } from "../generator/emit/compile-package.js";
import { renderSchemaTypes, schemaOutputs } from "../generator/emit/emit-types.js";
import { loadSpec } from "../generator/load/load-spec.js";

// schema.ts is not run through TypeScript's transpilers (seconds on a large document): its outputs
// are derived. This holds them to what the transpilers print, on every spec the tests own.
describe("dist/schema.d.ts and dist/schema.js", () => {
  const upstream = "../shared/upstream/launchdarkly-openapi.yaml";
  const specs = ["spec/openapi.yaml", "test/specs/petstore-30.yaml", "test/specs/hostile.yaml", "test/specs/hostile-2.yaml", "test/specs/multi-file/openapi.yaml"];
  if (existsSync(upstream)) specs.push(upstream);
  else console.log(`schema outputs: upstream skipped (${upstream} is absent)`);
  for (const specPath of specs) {
    it(`are what TypeScript prints for ${specPath}`, { timeout: 120_000 }, async () => {
      const spec = await loadSpec(specPath);
      const source = await renderSchemaTypes(spec.document, spec.entryFile);
      const transpiled = await compileSources(new Map([["src/schema.ts", source]]));
      expect(schemaOutputs(source)).toEqual(transpiled);
    });
  }
});
