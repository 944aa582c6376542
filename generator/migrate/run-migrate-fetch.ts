// `migrate --from openapi-fetch`: openapi-fetch's `client.GET(path, init)` calls made into the
// generated client's methods, each client moved as a whole and kept only where nothing new fails
// to type-check.
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic, SourceFile } from "ts-morph";
import { SpecError } from "../errors.js";
import { loadSpec } from "../load/load-spec.js";
import type { ApiModel } from "../model/api-model.js";
import { buildModel } from "../model/build-model.js";
import { type SchemaResolver, schemaResolver } from "../model/resolve-operation.js";
import { applyEdits, type Edit } from "./call-edits.js";
import type { OperationsByRoute } from "./fetch-call.js";
import { type ClientPlan, ConstructionError, callKey, planClient } from "./fetch-client-plan.js";
import { findFetchClients, strayFetchCalls } from "./fetch-clients.js";
import { newlyUnusedImportRemovals, unusedImports } from "./fetch-imports.js";
import { withResolvedParameters } from "./fetch-wire.js";
import type { MigrateProblem, MigrateResult } from "./run-migrate.js";
import { createProject, filesToMigrate } from "./run-migrate.js";

type Morph = typeof import("ts-morph");

export interface MigrateFromFetchOptions {
  readonly dir: string;
  readonly specPath: string;
  readonly write: boolean;
}

function operationsByRoute(model: ApiModel, resolve: SchemaResolver): OperationsByRoute {
  return new Map(
    model.operations.map((operation) => [
      `${operation.method.toLowerCase()} ${operation.path}`,
      withResolvedParameters(operation, resolve),
    ]),
  );
}

function diagnosticKey(diagnostic: Diagnostic): string {
  const text = diagnostic.getMessageText();
  return `TS${diagnostic.getCode()}: ${typeof text === "string" ? text : text.getMessageText()}`;
}

/** The errors of the files that are new against `before` (by message and count), with where they stand. */
function newErrors(files: readonly SourceFile[], before: ReadonlyMap<string, number>) {
  const seen = new Map<string, number>();
  const found: { file: SourceFile; start: number; key: string }[] = [];
  for (const file of files) {
    for (const diagnostic of file.getPreEmitDiagnostics()) {
      const key = `${file.getFilePath()} ${diagnosticKey(diagnostic)}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      if (count > (before.get(key) ?? 0))
        found.push({ file, start: diagnostic.getStart() ?? 0, key: diagnosticKey(diagnostic) });
    }
  }
  return found;
}

function errorCounts(files: readonly SourceFile[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of files)
    for (const diagnostic of file.getPreEmitDiagnostics()) {
      const key = `${file.getFilePath()} ${diagnosticKey(diagnostic)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}

type Range = { file: SourceFile; start: number; end: number };

/** Applies edits per file; returns `ranges` where they stand in the new text. */
function applyShifted(editsByFile: ReadonlyMap<SourceFile, readonly Edit[]>, ranges: readonly Range[]): Range[] {
  const shifted = ranges.map((range) => {
    const edits = editsByFile.get(range.file) ?? [];
    const delta = (position: number) =>
      edits
        .filter((edit) => edit.end <= position && !(edit.start === position && edit.end === position))
        .reduce((sum, edit) => sum + edit.text.length - (edit.end - edit.start), 0);
    return { file: range.file, start: range.start + delta(range.start), end: range.end + delta(range.end) };
  });
  for (const [file, edits] of editsByFile) applyEdits(file, edits);
  return shifted;
}

/**
 * Applies a plan, then removes the imports it left unused (openapi-fetch's, `paths`), only those:
 * returns each rewritten call's range in the new text of its file.
 */
function applyPlan(morph: Morph, plan: ClientPlan): Range[] {
  const unusedBefore = new Map([...plan.edits.keys()].map((file) => [file, unusedImports(morph, file)]));
  // One past the call's end: an error reported just after it (a missing argument) is the call's.
  const ranges = applyShifted(plan.edits, plan.rewritten).map((range) => ({ ...range, end: range.end + 1 }));
  const removals = new Map(
    [...unusedBefore].map(([file, before]) => [file, newlyUnusedImportRemovals(morph, file, before)]),
  );
  return applyShifted(removals, ranges);
}

interface ClientOutcome {
  readonly rewritten: number;
  readonly problems: { file: SourceFile; position: number; reason: string }[];
}

/**
 * Moves one client (found again by `key`, since every rewrite makes new nodes): plans, applies,
 * type-checks; a rewritten call with a new error in it is refused and the plan made again without it.
 */
function migrateClient(
  morph: Morph,
  files: readonly SourceFile[],
  key: string,
  operations: OperationsByRoute,
): ClientOutcome {
  const refused = new Map<string, string>();
  const before = errorCounts(files);
  const originals = new Map(files.map((file) => [file, file.getFullText()]));
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const client = findFetchClients(morph, files).find((candidate) => candidate.key === key);
    if (client === undefined) return { rewritten: 0, problems: [] };
    let plan: ClientPlan;
    try {
      plan = planClient(morph, client, operations, refused);
    } catch (error) {
      if (!(error instanceof ConstructionError)) throw error;
      const reason = `its client (${path.basename(key)}) cannot be created by the generated createClient: ${error.message}`;
      return {
        rewritten: 0,
        problems: client.calls.map(({ call }) => ({ file: call.getSourceFile(), position: call.getStart(), reason })),
      };
    }
    const refusals = plan.refusals.map((entry) => ({ ...entry }));
    // Where the calls stand now: the rewrite forgets these nodes.
    const everyCall = client.calls.map(({ call }) => ({ file: call.getSourceFile(), position: call.getStart() }));
    const ranges = applyPlan(morph, plan);
    const errors = newErrors(files, before);
    if (errors.length === 0) return { rewritten: plan.rewritten.length, problems: refusals };
    for (const [file, text] of originals) if (file.getFullText() !== text) file.replaceWithText(text);
    const inCall = errors.flatMap((error) => {
      const index = ranges.findIndex(
        (range) => range.file === error.file && error.start >= range.start && error.start < range.end,
      );
      return index === -1 ? [] : [{ index, error }];
    });
    if (inCall.length === 0) {
      const reason = `the rewritten project would not type-check (${errors[0]?.key ?? ""})`;
      return { rewritten: 0, problems: everyCall.map((call) => ({ ...call, reason })) };
    }
    for (const { index, error } of inCall) {
      const range = plan.rewritten[index];
      if (range !== undefined)
        refused.set(
          callKey(range.file, range.start),
          `the rewritten call would not type-check (${error.key}); its result is probably used as openapi-fetch's`,
        );
    }
  }
  return { rewritten: 0, problems: [] };
}

function checkDirectory(dir: string, given: string): void {
  if (existsSync(dir) && statSync(dir).isDirectory()) return;
  throw new SpecError(
    [
      {
        message: "is not a directory: migrate takes the root of a TypeScript project",
        location: { file: given, pointer: "" },
      },
    ],
    "cannot migrate",
  );
}

function problemAt(file: SourceFile, position: number, reason: string): MigrateProblem {
  const { line, column } = file.getLineAndColumnAtPos(position);
  return {
    file: path.relative(process.cwd(), file.getFilePath()),
    line,
    column,
    message: `cannot rewrite this openapi-fetch call: ${reason}`,
  };
}

/** The codemod off openapi-fetch: every `client.GET(…)`-style call of a `createClient<paths>()` client it can move. */
export async function runMigrateFromFetch(options: MigrateFromFetchOptions): Promise<MigrateResult> {
  const dir = path.resolve(options.dir);
  checkDirectory(dir, options.dir);
  const spec = await loadSpec(options.specPath);
  const operations = operationsByRoute(buildModel(spec), schemaResolver(spec.document));
  const morph = await import("ts-morph");
  const project = createProject(morph, dir);
  const files = filesToMigrate(project, dir);
  if (files.length === 0)
    throw new SpecError(
      [
        {
          message: "has no TypeScript file (.ts, .tsx, .mts, .cts) to migrate",
          location: { file: options.dir, pointer: "" },
        },
      ],
      "cannot migrate",
    );
  const originals = files.map((file) => file.getFullText());
  const problems: MigrateProblem[] = [];
  let rewritten = 0;
  const done = new Set<string>();
  for (;;) {
    const next = findFetchClients(morph, files).find((client) => !done.has(client.key));
    if (next === undefined) break;
    done.add(next.key);
    const outcome = migrateClient(morph, files, next.key, operations);
    rewritten += outcome.rewritten;
    problems.push(...outcome.problems.map((problem) => problemAt(problem.file, problem.position, problem.reason)));
  }
  const known = new Set(findFetchClients(morph, files).flatMap((client) => client.calls.map((found) => found.call)));
  for (const call of strayFetchCalls(morph, files, known))
    problems.push(
      problemAt(
        call.getSourceFile(),
        call.getStart(),
        "its client is not one this codemod can trace to `createClient<paths>()` of openapi-fetch with `paths` from a generated package (a parameter, a property, or another `paths`)",
      ),
    );
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const { createTwoFilesPatch } = await import("diff");
  const diffs: string[] = [];
  const changedFiles: string[] = [];
  files.forEach((file, index) => {
    const original = originals[index] ?? "";
    const updated = file.getFullText();
    if (updated === original) return;
    const display = path.relative(process.cwd(), file.getFilePath());
    changedFiles.push(display);
    diffs.push(
      createTwoFilesPatch(`a/${display}`, `b/${display}`, original, updated, undefined, undefined, { context: 3 }),
    );
    if (options.write) writeFileSync(file.getFilePath(), updated);
  });
  return { diffs, problems, rewritten, changedFiles, modes: [] };
}
