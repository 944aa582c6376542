import type * as TS from "typescript";
import { codeStamp, NO_CACHE, type StepCache, sha256, stepKey } from "../cache/step-cache.js";
import { loadTypeScript, packageVersion } from "../require-package.js";
import { DeclarationExports, type ExportedDeclaration, type PreparedFiles } from "./declaration-exports.js";
import { declarationLines, sourceReader } from "./surface-lines.js";

/** The package's entry points, as `exports` names them. */
const ENTRIES = [
  [".", "dist/index.d.ts"],
  ["./fixtures", "dist/fixtures.d.ts"],
  ["./testing", "dist/testing.d.ts"],
] as const;

/** A prepared declaration's lines (written under its own name) under the name it is exported as. */
function renamedLines(lines: readonly string[], own: string, exported: string): readonly string[] {
  if (own === exported) return lines;
  return lines.map((line) => {
    const indent = line.startsWith("  ") ? "  " : "";
    const body = line.slice(indent.length);
    for (const head of ["interface ", "type "])
      if (body.startsWith(`${head}${own}`)) return `${indent}${head}${exported}${body.slice(head.length + own.length)}`;
    return body.startsWith(`${own}.`) ? `${indent}${exported}${body.slice(own.length)}` : line;
  });
}

function exportedLines(ts: typeof TS, name: string, declaration: ExportedDeclaration): readonly string[] {
  if ("lines" in declaration) return renamedLines(declaration.lines, declaration.name, name);
  return declarationLines(sourceReader(ts, declaration.source), name, declaration.node as TS.Declaration);
}

/** Every exported name of an entry with its kind, signature or type text, and deprecation; sorted. */
function entryLines(ts: typeof TS, exports: DeclarationExports, file: string): string[] {
  const exported = [...exports.of(file)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return exported.flatMap(([name, declarations]) =>
    declarations.flatMap((declaration) => exportedLines(ts, name, declaration)),
  );
}

/**
 * `api-surface.txt`: the generated package's public surface as callers see it, read from its
 * declaration files. It changes exactly when the public API changes. `prepared` gives the
 * exports of files whose lines are known already (`dist/schema.d.ts`, from the types step), which
 * are then not parsed.
 */
export async function renderSurface(
  files: ReadonlyMap<string, string>,
  packageName: string,
  cache: StepCache = NO_CACHE,
  prepared: PreparedFiles = new Map(),
): Promise<string> {
  // Only the declaration files are read, and a prepared one is not.
  const parsed = new Map(
    [...files].filter(([file]) => file.startsWith("dist/") && file.endsWith(".d.ts") && !prepared.has(file)),
  );
  const key = (): string => {
    const declarations = [...parsed].map(([file, text]) => `${file}:${sha256(text)}`);
    const given = [...prepared].map(([file, exports]) => `${file}:${sha256(JSON.stringify(exports))}`);
    return stepKey(
      "surface",
      codeStamp(import.meta.url),
      packageVersion("typescript"),
      packageName,
      ...declarations,
      ...given,
    );
  };
  return cache.through(key, () => printSurface(parsed, packageName, prepared));
}

function printSurface(files: ReadonlyMap<string, string>, packageName: string, prepared: PreparedFiles): string {
  // The copy of TypeScript openapi-typescript loaded: only its parser is used.
  const ts = loadTypeScript();
  const declarations = new Map([...files].filter(([file]) => file.startsWith("dist/") && file.endsWith(".d.ts")));
  const exports = new DeclarationExports(ts, declarations, prepared);
  const sections = ENTRIES.flatMap(([entry, file]) => {
    const lines = entryLines(ts, exports, file);
    return lines.length === 0 ? [] : [`## ${entry}`, ...lines, ""];
  });
  return [
    `# API surface of ${packageName}: every export, its signature or type, and its deprecation. Generated; a change here is a change callers see.`,
    "",
    ...sections,
  ].join("\n");
}
