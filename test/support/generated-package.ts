import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { renderFromSpec } from "../../generator/generate.js";
import { loadSpec } from "../../generator/load/load-spec.js";
import { buildModel } from "../../generator/model/build-model.js";
import { makeTempDir } from "./temp-dirs.js";

export interface GeneratedPackage {
  readonly dir: string;
  readonly document: Record<string, unknown>;
  /** Component schema name → its builder's name in the fixtures entry. */
  readonly builders: ReadonlyMap<string, string>;
  importEntry<T>(entry: string): Promise<T>;
}

/** Generates a spec into a fresh directory under test/.tmp and offers its modules. */
export async function generatePackage(specPath: string, prefix: string): Promise<GeneratedPackage> {
  const dir = makeTempDir(prefix);
  for (const [file, content] of await renderFromSpec({ specPath })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  const spec = loadSpec(specPath);
  const model = buildModel(spec);
  return {
    dir,
    document: spec.document,
    builders: new Map(model.schemas.map((schema) => [schema.name, `build${schema.typeName}`])),
    importEntry: async <T>(entry: string) => (await import(pathToFileURL(path.join(dir, entry)).href)) as T,
  };
}
