import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Project, SourceFile } from "ts-morph";
import { SpecError } from "../errors.js";
import { loadSpec } from "../load/load-spec.js";
import { buildModel } from "../model/build-model.js";
import { findDeprecatedCalls } from "./find-calls.js";
import { knownModes, type MigrationTarget, migrationTargets, type TargetMode } from "./migration-targets.js";
import { ensureImport, type RewriteOptions, rewriteCall } from "./rewrite-call.js";

type Morph = typeof import("ts-morph");

export interface MigrateOptions {
  readonly dir: string;
  readonly specPath: string;
  readonly write: boolean;
  /** The migration mode to write (default: each migration's first). */
  readonly mode?: string;
  /** Write the replacement's request directly where the body is an object literal. */
  readonly inline?: boolean;
}

export interface MigrateProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface MigrateResult {
  readonly diffs: readonly string[];
  readonly problems: readonly MigrateProblem[];
  readonly rewritten: number;
  readonly changedFiles: readonly string[];
  /** Each deprecated method's rewrite: its replacement and the mode written, with what that mode does. */
  readonly modes: readonly { readonly method: string; readonly replacement: string; readonly mode: TargetMode }[];
}

/** The nearest tsconfig.json at or above `dir`, not above the working directory (or the file system root). */
function findTsconfig(dir: string): string | undefined {
  const stop = path.resolve(process.cwd());
  for (let current = dir; ; current = path.dirname(current)) {
    const candidate = path.join(current, "tsconfig.json");
    if (existsSync(candidate)) return candidate;
    if (current === stop || path.dirname(current) === current) return undefined;
  }
}

const SOURCE_GLOBS = (dir: string) => [`${dir}/**/*.{ts,tsx,mts,cts}`, `!${dir}/**/node_modules/**`];

/**
 * The caller's own project: its tsconfig.json (found from `dir` upwards), else strict defaults,
 * and every TypeScript file below `dir` in either case: a folder the tsconfig's `include` leaves
 * out was still named on the command line to be migrated, under the project's compiler options.
 */
export function createProject(morph: Morph, dir: string): Project {
  const tsconfig = findTsconfig(dir);
  const project =
    tsconfig !== undefined
      ? new morph.Project({ tsConfigFilePath: tsconfig })
      : new morph.Project({
          compilerOptions: {
            strict: true,
            target: morph.ts.ScriptTarget.ES2022,
            module: morph.ts.ModuleKind.NodeNext,
            moduleResolution: morph.ts.ModuleResolutionKind.NodeNext,
            skipLibCheck: true,
          },
        });
  project.addSourceFilesAtPaths(SOURCE_GLOBS(dir));
  return project;
}

/** The files to migrate: the project's TypeScript sources below `dir`, not declarations or dependencies. */
export function filesToMigrate(project: Project, dir: string): SourceFile[] {
  return project.getSourceFiles().filter((file) => {
    const filePath = file.getFilePath();
    return (
      filePath.startsWith(`${dir}${path.sep}`) &&
      !file.isDeclarationFile() &&
      !filePath.includes(`${path.sep}node_modules${path.sep}`)
    );
  });
}

/** Each error of the file by its first line, with how often it occurs and its whole message chain. */
function errorCounts(file: SourceFile): Map<string, { count: number; chain: string }> {
  const counts = new Map<string, { count: number; chain: string }>();
  for (const diagnostic of file.getPreEmitDiagnostics()) {
    const text = diagnostic.getMessageText();
    const key = `TS${diagnostic.getCode()}: ${typeof text === "string" ? text : text.getMessageText()}`;
    const chain = typeof text === "string" ? text : chainText(text.compilerObject);
    counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, chain });
  }
  return counts;
}

function chainText(chain: {
  messageText: string;
  next?: readonly { messageText: string; next?: readonly unknown[] }[];
}): string {
  const lines = [chain.messageText];
  for (const next of chain.next ?? []) lines.push(chainText(next as typeof chain));
  return lines.join("\n");
}

function newErrors(
  before: Map<string, { count: number }>,
  after: Map<string, { count: number; chain: string }>,
): { key: string; chain: string }[] {
  return [...after]
    .filter(([key, entry]) => entry.count > (before.get(key)?.count ?? 0))
    .map(([key, entry]) => ({ key, chain: entry.chain }));
}

/**
 * Why a rewrite does not type-check, in the caller's terms: a status the replacement can answer
 * that the type the result is passed to lacks; else the compiler's own first line, whole.
 */
function typeCheckReason(error: { key: string; chain: string }, deprecatedMethod: string): string {
  const target = /(?:parameter of type|to type) '([A-Za-z_$][\w$]*)'/.exec(error.chain)?.[1];
  // The member the compiler could not place: `Type 'Failure<409, …>' is not assignable to …`, at the start of a line of the chain.
  const statuses = [
    ...new Set([...error.chain.matchAll(/^Type '(?:Failure|Success)<(\d{3})\b/gm)].map((match) => match[1] ?? "")),
  ];
  if (target !== undefined && statuses.length > 0) {
    return `the replacement can also answer ${statuses.join(", ")}, which \`${target}\` (the type this result is passed to) does not include; widen that type, or rewrite this call by hand`;
  }
  return `the rewritten code would not type-check (${error.key}); the result is probably used as ${deprecatedMethod}'s response`;
}

function packageName(packageDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { name?: string };
    return manifest.name ?? path.basename(packageDir);
  } catch {
    return path.basename(packageDir);
  }
}

interface FileOutcome {
  rewritten: number;
  problems: MigrateProblem[];
}

/**
 * Rewrites the deprecated calls of one file, one at a time: each rewrite is kept only if the file
 * has no new type error afterwards; otherwise it is undone and reported with the error.
 */
function migrateFile(
  morph: Morph,
  file: SourceFile,
  targets: readonly MigrationTarget[],
  display: string,
  options: RewriteOptions,
): FileOutcome {
  const outcome: FileOutcome = { rewritten: 0, problems: [] };
  let rejected = 0;
  const limit = findDeprecatedCalls(morph, file, targets).length * 2 + 4;
  for (let step = 0; step < limit; step += 1) {
    const next = findDeprecatedCalls(morph, file, targets)[rejected];
    if (next === undefined) break;
    const { line, column } = file.getLineAndColumnAtPos(next.shape.call.getStart());
    const before = file.getFullText();
    const baseline = errorCounts(file);
    const rewritten = rewriteCall(morph, next, options);
    let reason = typeof rewritten === "string" ? rewritten : undefined;
    if (typeof rewritten !== "string") {
      for (const name of rewritten) ensureImport(morph, file, name, next.packageDir, packageName(next.packageDir));
      const introduced = newErrors(baseline, errorCounts(file))[0];
      if (introduced !== undefined) reason = typeCheckReason(introduced, next.target.deprecatedMethod);
    }
    if (reason === undefined) {
      outcome.rewritten += 1;
      continue;
    }
    file.replaceWithText(before);
    rejected += 1;
    outcome.problems.push({
      file: display,
      line,
      column,
      message: `cannot rewrite this ${next.target.deprecatedMethod} call: ${reason}`,
    });
  }
  return outcome;
}

/** The codemod: every call of a deprecated method with a migration, rewritten to its replacement. */
export async function runMigrate(options: MigrateOptions): Promise<MigrateResult> {
  const dir = path.resolve(options.dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new SpecError(
      [
        {
          message: "is not a directory: migrate takes the root of a TypeScript project",
          location: { file: options.dir, pointer: "" },
        },
      ],
      "cannot migrate",
    );
  }
  const model = buildModel(await loadSpec(options.specPath));
  const targets = migrationTargets(model, options.mode);
  if (options.mode !== undefined && targets.length === 0) {
    const modes = knownModes(model);
    const known = modes.length === 0 ? "the spec declares no migration modes" : `known modes: ${modes.join(", ")}`;
    throw new SpecError(
      [{ message: `unknown --mode "${options.mode}" (${known})`, location: { file: options.specPath, pointer: "" } }],
      "cannot migrate",
    );
  }
  // Loaded here: only this command needs ts-morph (and the TypeScript it brings).
  const morph = await import("ts-morph");
  const project = createProject(morph, dir);
  const modes = targets.map((target) => ({
    method: target.deprecatedMethod,
    replacement: target.replacementMethod,
    mode: target.mode,
  }));
  const result = {
    diffs: [] as string[],
    problems: [] as MigrateProblem[],
    rewritten: 0,
    changedFiles: [] as string[],
    modes,
  };
  const { createTwoFilesPatch } = await import("diff");
  const files = filesToMigrate(project, dir);
  if (files.length === 0) {
    throw new SpecError(
      [
        {
          message: "has no TypeScript file (.ts, .tsx, .mts, .cts) to migrate",
          location: { file: options.dir, pointer: "" },
        },
      ],
      "cannot migrate",
    );
  }
  for (const file of files) {
    const filePath = file.getFilePath();
    const display = path.relative(process.cwd(), filePath);
    const original = file.getFullText();
    const outcome = migrateFile(morph, file, targets, display, { inline: options.inline === true });
    result.rewritten += outcome.rewritten;
    result.problems.push(...outcome.problems);
    const updated = file.getFullText();
    if (updated === original) continue;
    result.changedFiles.push(display);
    result.diffs.push(
      createTwoFilesPatch(`a/${display}`, `b/${display}`, original, updated, undefined, undefined, { context: 3 }),
    );
    if (options.write) writeFileSync(filePath, updated);
  }
  return result;
}
