// The record that lets a regeneration with nothing changed stop before loading TypeScript,
// openapi-typescript or Handlebars: what the last run read (every input file and directory
// listing, by content hash) and what it left in the output directory. Only node: built-ins here,
// because the no-op check imports this module and nothing else.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "../write/plan-output.js";

export interface RunRecord {
  readonly format: 1;
  /** Absolute path → sha256 of every file the output depends on: spec files, templates, the generator. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Absolute directory → sha256 of its sorted file list: a template added to an overrides directory counts. */
  readonly directories: Readonly<Record<string, string>>;
  readonly outDir: string;
  /** Output file (relative) → sha256, as the run left it. */
  readonly outputs: Readonly<Record<string, string>>;
}

const FORMAT = 1;

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The generator's cache directory for runs in `cwd` (`node_modules/.cache/<tool>`, as other tools do). */
export function cacheRoot(cwd: string): string {
  return path.join(cwd, "node_modules", ".cache", "openapi-client-codegen");
}

/**
 * Flags that change what a run prints, never what it writes: a `--quiet` CI run after a plain one
 * (or a `--timings` one) reads the same record. Options that take a value refuse one starting with
 * `-`, so such a word is always the flag itself.
 */
const PRESENTATION_FLAGS = new Set(["--quiet", "--timings", "--debug"]);

/** Where the record for this command line in this directory lives. */
export function recordPath(cwd: string, argv: readonly string[], configFile: string | undefined): string {
  const config = configFile === undefined ? null : readFileSync(configFile, "utf8");
  const outputArgs = argv.filter((arg) => !PRESENTATION_FLAGS.has(arg));
  const key = sha256(JSON.stringify({ cwd, argv: outputArgs, config })).slice(0, 32);
  return path.join(cacheRoot(cwd), "runs", `${key}.json`);
}

function hashFile(file: string): string | undefined {
  try {
    return sha256(readFileSync(file));
  } catch {
    return undefined;
  }
}

export function hashListing(dir: string): string {
  return sha256(listFiles(dir).join("\n"));
}

/** Hashes of the given files and directories, and of what is in the output directory now. */
export function recordRun(
  inputFiles: readonly string[],
  directories: readonly string[],
  outDir: string,
  outputs: ReadonlyMap<string, string>,
): RunRecord {
  const inputs = Object.fromEntries([...new Set(inputFiles)].sort().map((file) => [file, hashFile(file) ?? ""]));
  const listings = Object.fromEntries([...new Set(directories)].sort().map((dir) => [dir, hashListing(dir)]));
  const hashes = Object.fromEntries([...outputs.entries()].map(([file, text]) => [file, sha256(text)]));
  return { format: FORMAT, inputs, directories: listings, outDir, outputs: hashes };
}

/** Writes the record (atomically; a cache that cannot be written is only a slower next run). */
export function saveRecord(file: string, record: RunRecord): void {
  const text = `${JSON.stringify(record)}\n`;
  try {
    if (readFileSync(file, "utf8") === text) return;
  } catch {
    // no record yet
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const staging = `${file}.${process.pid}.tmp`;
    writeFileSync(staging, text);
    renameSync(staging, file);
  } catch {
    rmSync(`${file}.${process.pid}.tmp`, { force: true });
  }
}

function readRecord(file: string): RunRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as RunRecord;
    return record.format === FORMAT ? record : undefined;
  } catch {
    return undefined;
  }
}

/** True when a work directory of an interrupted write sits beside the output: the full run recovers it. */
function hasWorkDirectories(outDir: string): boolean {
  const prefix = `.${path.basename(outDir)}.`;
  try {
    return readdirSync(path.dirname(outDir)).some((name) => name.startsWith(prefix));
  } catch {
    return false;
  }
}

function outputsMatch(record: RunRecord): boolean {
  const expected = Object.keys(record.outputs).sort();
  const actual = listFiles(record.outDir);
  if (actual.length !== expected.length || actual.some((file, index) => file !== expected[index])) return false;
  return actual.every((file) => hashFile(path.join(record.outDir, file)) === record.outputs[file]);
}

/**
 * The record of the last run with this command line, when nothing it read has changed and the
 * output directory still holds exactly what it wrote; otherwise undefined (run the generator).
 */
export function unchangedRun(file: string): RunRecord | undefined {
  const record = readRecord(file);
  if (record === undefined) return undefined;
  if (Object.entries(record.inputs).some(([input, hash]) => hashFile(input) !== hash)) return undefined;
  if (Object.entries(record.directories).some(([dir, hash]) => hashListing(dir) !== hash)) return undefined;
  if (hasWorkDirectories(record.outDir) || !outputsMatch(record)) return undefined;
  return record;
}
