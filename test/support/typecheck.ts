import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { REPO_ROOT } from "./temp-dirs.js";

/** `strict` alone: what a consumer's project with no stricter flags compiles generated code with. */
export const PLAIN_STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: ["node"],
};

/** The options `npm test` uses for the repository, so generated code is held to the same bar. */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  ...PLAIN_STRICT_OPTIONS,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
};

/** The two flag sets generated code must compile under, by name. */
export const FLAG_SETS = { strict: PLAIN_STRICT_OPTIONS, strictest: STRICT_OPTIONS } as const;

/** tsconfig.json compiler options (as JSON) for a flag set, for TypeScript 7's command line. */
function tsconfigOptions(options: ts.CompilerOptions): Record<string, unknown> {
  return {
    target: "ES2022",
    lib: ["ES2023", "DOM", "DOM.Iterable"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    ...(options.noUncheckedIndexedAccess === true
      ? {
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          isolatedModules: true,
          verbatimModuleSyntax: true,
        }
      : {}),
  };
}

/**
 * Type-checks files with TypeScript 7 (the native compiler `npm install typescript` gives consumers
 * now; installed by test/typescript7/, nested, so the repository's `tsc` stays 5.9), through a tsconfig written beside them. Diagnostics as text, empty when clean.
 */
export function typecheckWithTypeScript7(dir: string, files: readonly string[], options: ts.CompilerOptions): string[] {
  const config = path.join(
    dir,
    `tsconfig.ts7-${options.noUncheckedIndexedAccess === true ? "strictest" : "strict"}.json`,
  );
  writeFileSync(
    config,
    JSON.stringify({ compilerOptions: tsconfigOptions(options), files: files.map((file) => path.resolve(file)) }),
  );
  const compiler = path.join(REPO_ROOT, "test", "typescript7", "node_modules", "typescript", "bin", "tsc");
  const run = spawnSync(process.execPath, [compiler, "-p", config, "--pretty", "false"], { encoding: "utf8" });
  if (run.status === 0) return [];
  return `${run.stdout}${run.stderr}`
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => `TypeScript 7: ${line}`);
}

/** Type-checks the given files (and what they import); returns formatted diagnostics, empty when clean. */
export function typecheck(files: readonly string[], options: ts.CompilerOptions = STRICT_OPTIONS): string[] {
  const program = ts.createProgram({ rootNames: files.map((file) => path.resolve(file)), options });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.relative(process.cwd(), diagnostic.file.fileName)}:${line + 1}:${character + 1} ${message}`;
  });
}

/** Type-checks a project by its own tsconfig.json, as `tsc -p` would. */
export function typecheckProject(dir: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(dir, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (parsed === undefined) return [`cannot read ${dir}/tsconfig.json`];
  return typecheck(parsed.fileNames, parsed.options);
}
