// `types` beside openapi-typescript 7.13's CLI on a corpus document: its CLI runs as a subprocess
// (a fresh process per run, as users run it), ours in the worker (the same code `types` runs, with
// its output captured), with the defaults and with flag combinations. Every output that differs is
// a shortfall unless known-types-differences.ts lists it with its reason.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runTypesCommand } from "../../generator/types-command/run-types.js";
import { makeTempDir, REPO_ROOT, removeDir } from "../support/temp-dirs.js";
import { FLAG_SETS, typecheck } from "../support/typecheck.js";
import { knownCompileFailure, knownTypesDifference } from "./known-types-differences.js";

/** The defaults, then combinations that change most of the printing: enums, modifiers and order, root types. */
export const TYPES_FLAG_SETS: readonly (readonly string[])[] = [
  [],
  ["--enum", "--export-type", "--dedupe-enums"],
  ["--immutable", "--alphabetize", "--default-non-nullable", "false", "--array-length"],
  ["--root-types", "--root-types-no-schema-prefix", "--path-params-as-types", "--exclude-deprecated"],
];

export interface TypesCheck {
  /** openapi-typescript's CLI wrote types with the defaults (exit 0). */
  readonly readByOpenapiTypescript: boolean;
  /** Our exit code with the defaults. */
  readonly oursExit: number;
  /** Runs compared (flag sets where both wrote types), and how many were byte-identical. */
  readonly compared: number;
  readonly identical: number;
  /** Differences no listed reason explains: flag set and first differing line. */
  readonly differences: readonly string[];
  /** Differences a listed reason explains. */
  readonly known: number;
  /** The default output with openapi-fetch's createClient<paths>() under strict: diagnostics (none checked where a known failure is listed). */
  readonly compileErrors: readonly string[];
  /** known-types-differences.ts lists the document as one whose openapi-typescript output fails strict: not compiled. */
  readonly knownCompileFailure: boolean;
}

const THEIRS = path.join(REPO_ROOT, "node_modules/openapi-typescript/bin/cli.js");
const RUN_TIMEOUT_MS = 240_000;

function theirs(file: string, flags: readonly string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [THEIRS, file, ...flags], {
      cwd: os.tmpdir(),
      stdio: ["ignore", "pipe", "ignore"],
      timeout: RUN_TIMEOUT_MS,
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(chunks).toString("utf8") }));
  });
}

async function ours(file: string, flags: readonly string[]): Promise<{ status: number; stdout: string }> {
  let stdout = "";
  const ignore = (): void => undefined;
  try {
    const status = await runTypesCommand([file, ...flags], {
      stdout: ignore,
      stderr: ignore,
      write: (text) => {
        stdout += text;
      },
    });
    return { status, stdout };
  } catch {
    return { status: 2, stdout };
  }
}

function firstDifference(a: string, b: string): string {
  const left = a.split("\n");
  const right = b.split("\n");
  const line = left.findIndex((text, index) => text !== right[index]);
  const at = line === -1 ? left.length : line;
  return `line ${at + 1}: ours ${JSON.stringify(left[at] ?? "<end>")}, theirs ${JSON.stringify(right[at] ?? "<end>")}`;
}

/** The default output compiles, with openapi-fetch's client over it (under test/.tmp, where openapi-fetch resolves). */
function compileWithClient(text: string): string[] {
  const dir = makeTempDir("corpus-types");
  try {
    const schema = path.join(dir, "schema.d.ts");
    const consumer = path.join(dir, "client.ts");
    writeFileSync(schema, text);
    writeFileSync(
      consumer,
      'import createClient from "openapi-fetch";\nimport type { paths } from "./schema.js";\nexport const client = createClient<paths>({ baseUrl: "http://127.0.0.1" });\n',
    );
    return typecheck([schema, consumer], FLAG_SETS.strict);
  } finally {
    removeDir(dir);
  }
}

export async function checkTypes(file: string, name: string): Promise<TypesCheck> {
  const differences: string[] = [];
  let compared = 0;
  let identical = 0;
  let known = 0;
  let readByOpenapiTypescript = false;
  let oursExit = 0;
  let compileErrors: string[] = [];
  for (const flags of TYPES_FLAG_SETS) {
    const [mine, reference] = await Promise.all([ours(file, flags), theirs(file, flags)]);
    if (flags.length === 0) {
      readByOpenapiTypescript = reference.status === 0;
      oursExit = mine.status;
      if (mine.status === 0 && knownCompileFailure(name) === undefined) compileErrors = compileWithClient(mine.stdout);
    }
    if (!readByOpenapiTypescript) break;
    compared += 1;
    if (mine.status === 0 && mine.stdout === reference.stdout) {
      identical += 1;
      continue;
    }
    const label = flags.length === 0 ? "defaults" : flags.join(" ");
    const detail = mine.status === 0 ? firstDifference(mine.stdout, reference.stdout) : `ours exited ${mine.status}`;
    if (knownTypesDifference(name, flags) === undefined) differences.push(`${label}: ${detail}`);
    else known += 1;
  }
  const knownFailure = knownCompileFailure(name) !== undefined;
  return {
    readByOpenapiTypescript,
    oursExit,
    compared,
    identical,
    differences,
    known,
    compileErrors,
    knownCompileFailure: knownFailure,
  };
}
