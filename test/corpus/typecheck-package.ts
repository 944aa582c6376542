import { writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { FLAG_SETS, typecheckWithTypeScript7 } from "../support/typecheck.js";

/**
 * Declarations outside the generated package (TypeScript's libs, @types/node, openapi-fetch) are
 * parsed once per process and shared by every package checked: they are most of a small check.
 */
const shared = new Map<string, ts.SourceFile>();

function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.includes(`${path.sep}node_modules${path.sep}`))
      return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const known = shared.get(fileName);
    if (known !== undefined) return known;
    const parsed = getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (parsed !== undefined) shared.set(fileName, parsed);
    return parsed;
  };
  return host;
}

/** A consumer of every entry, so the compiled declarations are checked as a user's project reads them. */
const CONSUMER = [
  'import { createClient, type Client } from "./dist/index.js";',
  'import * as fixtures from "./dist/fixtures.js";',
  'import * as testing from "./dist/testing.js";',
  'export const client: Client = createClient({ token: "t" });',
  "export const entries = [fixtures, testing];",
  "",
].join("\n");

/**
 * Type-checks a generated package's sources and a consumer under plain `strict` and under the
 * stricter flags, with TypeScript 5.9 (its API, libraries parsed once per process) and 7 (its CLI).
 */
export function typecheckPackage(dir: string, files: readonly string[]): string[] {
  const consumer = path.join(dir, "corpus-consumer.ts");
  writeFileSync(consumer, CONSUMER);
  const roots = [
    ...files.filter((file) => file.startsWith("src/") && file.endsWith(".ts")).map((file) => path.join(dir, file)),
    consumer,
  ];
  return Object.entries(FLAG_SETS).flatMap(([name, options]) => [
    ...typecheckWith(dir, roots, options).map((error) => `${name}: ${error}`),
    ...typecheckWithTypeScript7(dir, roots, options).map((error) => `${name}: ${error}`),
  ]);
}

function typecheckWith(dir: string, roots: readonly string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram({ rootNames: roots, options, host: cachingHost(options) });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.relative(dir, diagnostic.file.fileName)}:${line + 1}:${character + 1} TS${diagnostic.code} ${message}`;
  });
}
