import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { fixtureBuilderNames } from "../../generator/emit/emit-fixtures.js";
import type { SpecWarning } from "../../generator/errors.js";
import { renderSpec } from "../../generator/generate.js";
import { makeTempDir } from "./temp-dirs.js";

export interface GeneratedPackage {
  readonly dir: string;
  readonly document: Record<string, unknown>;
  /** Component schema name → its builder's name in the fixtures entry. */
  readonly builders: ReadonlyMap<string, string>;
  /** Component schema name → its validator's name in the validators entry (its type name). */
  readonly validators: ReadonlyMap<string, string>;
  readonly files: readonly string[];
  readonly warnings: readonly SpecWarning[];
  importEntry<T>(entry: string): Promise<T>;
}

export function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

/** Generates a spec into `dir` (default: a fresh directory under test/.tmp) and offers its modules. */
export async function generatePackage(
  specPath: string,
  prefix: string,
  options: { dir?: string; cacheDir?: string } = {},
): Promise<GeneratedPackage> {
  const dir = options.dir ?? makeTempDir(prefix);
  const rendered = await renderSpec({
    specPath,
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
  });
  writeFiles(dir, rendered.files);
  const names = fixtureBuilderNames(rendered.model);
  return {
    dir,
    document: rendered.spec.document,
    builders: new Map(rendered.model.schemas.map((schema, index) => [schema.name, names[index]?.build ?? ""])),
    validators: new Map(rendered.model.schemas.map((schema) => [schema.name, schema.typeName])),
    files: [...rendered.files.keys()],
    warnings: rendered.warnings,
    importEntry: async <T>(entry: string) => (await import(pathToFileURL(path.join(dir, entry)).href)) as T,
  };
}
