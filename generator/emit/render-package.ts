import type { StepCache } from "../cache/step-cache.js";
import type { ApiModel } from "../model/api-model.js";
import { compileSources } from "./compile-package.js";
import { renderClient } from "./emit-client.js";
import { renderFixtures } from "./emit-fixtures.js";
import { renderMigrations } from "./emit-migrations.js";
import { renderTesting } from "./emit-testing.js";
import { renderPackageFiles } from "./emit-package.js";
import { renderNamedTypes, renderSchemaTypes } from "./emit-types.js";
import { renderSurface } from "./render-surface.js";
import type { TemplateSet } from "./template-engine.js";

export interface RenderInput {
  readonly model: ApiModel;
  readonly document: Record<string, unknown>;
  readonly entryFile: string;
  readonly templates: TemplateSet;
  readonly generatorVersion: string;
  readonly cache: StepCache;
}

/** Every file of the generated package, by path relative to the output directory, in sorted order. */
export async function renderPackage(input: RenderInput): Promise<Map<string, string>> {
  const { model, templates } = input;
  const schema = await renderSchemaTypes(input.document, input.entryFile, input.cache);
  const sources = new Map<string, string>([
    ["src/schema.ts", schema],
    ["src/types.ts", renderNamedTypes(model, templates)],
    ...renderClient(model, templates),
    ...renderFixtures(model, templates),
    ...renderTesting(model, templates),
    ...renderMigrations(model, templates),
    ...renderPackageFiles(model, templates, input.generatorVersion),
  ]);
  const compiled = await compileSources(sources, input.cache);
  const all = new Map([...sources, ...compiled]);
  all.set("api-surface.txt", await renderSurface(compiled, model.packageName, input.cache));
  return new Map([...all.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
