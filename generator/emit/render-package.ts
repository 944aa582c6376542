import type { StepCache } from "../cache/step-cache.js";
import type { SourceLocation } from "../errors.js";
import type { ApiModel } from "../model/api-model.js";
import { StepTimes } from "../step-times.js";
import { compileSources } from "./compile-package.js";
import { documentJson } from "./document-json.js";
import { renderClient } from "./emit-client.js";
import { renderFixtures } from "./emit-fixtures.js";
import { renderMigrations } from "./emit-migrations.js";
import { renderOperations } from "./emit-operations.js";
import { renderPackageFiles } from "./emit-package.js";
import { renderQuery } from "./emit-query.js";
import { renderTesting } from "./emit-testing.js";
import { renderNamedTypes, renderSchemaTypes } from "./emit-types.js";
import { renderValidators } from "./emit-validators.js";
import { renderSurface } from "./render-surface.js";
import type { TemplateSet } from "./template-engine.js";

export interface RenderInput {
  readonly model: ApiModel;
  readonly document: Record<string, unknown>;
  readonly entryFile: string;
  /** Where a pointer of the document is written, for an error openapi-typescript raises at one. */
  readonly locate: (pointer: string) => SourceLocation;
  readonly templates: TemplateSet;
  readonly generatorVersion: string;
  readonly cache: StepCache;
  readonly times?: StepTimes;
}

/** Every file of the generated package, by path relative to the output directory, in sorted order. */
export async function renderPackage(input: RenderInput): Promise<Map<string, string>> {
  const { model, templates } = input;
  const times = input.times ?? new StepTimes();
  const types = await times.measureAsync("types (openapi-typescript)", () =>
    renderSchemaTypes(input.document, input.locate, input.cache),
  );
  const schema = new Map([["src/schema.ts", types.source]]);
  // schema.ts (most of the output) compiles on Oxc's threads while this thread renders the rest.
  const schemaCompiled = compileSources(schema, input.cache);
  schemaCompiled.catch(() => undefined); // awaited below; not "unhandled" if the rest fails first
  const rest = times.measure(
    "templates",
    () =>
      new Map<string, string>([
        ["src/types.ts", renderNamedTypes(model, templates)],
        ...renderClient(model, templates),
        ...renderOperations(model, templates),
        ...renderFixtures(model, templates),
        ...renderValidators(model, templates),
        ...renderQuery(model, templates),
        ...renderTesting(model, templates),
        ...renderMigrations(model, templates),
        ...renderPackageFiles(model, templates, input.generatorVersion),
      ]),
  );
  const compiled = await times.measureAsync(
    "compile to dist/",
    async () => new Map([...(await compileSources(rest, input.cache)), ...(await schemaCompiled)]),
  );
  const all = new Map([...schema, ...rest, ...compiled]);
  all.set("openapi.json", documentJson(input.document));
  all.set(
    "api-surface.txt",
    // schema.ts's exports come from the types step: dist/schema.d.ts is not parsed.
    await times.measureAsync("API surface", () =>
      renderSurface(
        compiled,
        model.packageName,
        input.cache,
        new Map(types.surface === undefined ? [] : [["dist/schema.d.ts", types.surface]]),
      ),
    ),
  );
  return new Map([...all.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
