// `openapi-client-codegen types [input] [options]`: openapi-typescript 7.13's CLI, with this
// CLI's exit codes (0 done, 1 out of date with --check, 2 bad input, 3 internal) and located
// errors. Every output is rendered before any is written, and each is written atomically, so a bad
// document leaves every output file as it was.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "@redocly/openapi-core";
import { formatWarnings, SpecError } from "../errors.js";
import { loadSpec } from "../load/load-spec.js";
import { packageRoot } from "../package-root.js";
import { loadOpenapiTypescript, packageVersion } from "../require-package.js";
import { loaderTypes } from "./loader-route.js";
import { printBundled } from "./print-types.js";
import { readDocument } from "./read-document.js";
import { parseTypesFlags, TYPES_HELP, type TypesFlags } from "./types-flags.js";
import { redoclyConfig, type TypesTarget, typesTargets } from "./types-targets.js";

export interface TypesIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The generated text as it is, with no newline added (stdout mode). */
  readonly write: (text: string) => void;
}

const EXIT = { ok: 0, stale: 1 } as const;

interface Rendered {
  readonly target: TypesTarget;
  readonly text: string;
}

async function renderTarget(target: TypesTarget, flags: TypesFlags, redoc: Config, io: TypesIO): Promise<string> {
  const silent = target.output === undefined;
  const options = { flags: flags.options, silent, nullSafeWithRequired: flags.nullSafeWithRequired };
  const read = await readDocument(target.source, redoc).catch((error: unknown) => diagnose(error, target));
  if (read.route === "openapi-typescript") {
    for (const warning of read.warnings) io.stderr(`warning: ${warning}`);
    return printBundled(read.bundled, options, (pointer) => ({ file: target.name, pointer }));
  }
  if (!(target.source instanceof URL) || target.source.protocol !== "file:")
    throw new SpecError([
      { message: "Swagger 2.0 and OpenAPI 3.2 are read from a file", location: { file: target.name, pointer: "" } },
    ]);
  const loaded = await loaderTypes(fileURLToPath(target.source), options);
  if (loaded.warnings.length > 0)
    io.stderr(
      formatWarnings(loaded.warnings, loaded.entryFile).replace(
        "generation went on; --strict refuses them",
        "types written as they say",
      ),
    );
  return loaded.text;
}

/**
 * Redocly throws plain errors on some documents (a `$ref` cycle: "Self-referencing circular
 * pointer"): this repository's loader reads the file again to say where the problem is.
 */
async function diagnose(error: unknown, target: TypesTarget): Promise<never> {
  if (error instanceof SpecError || !(target.source instanceof URL) || target.source.protocol !== "file:") throw error;
  await loadSpec(fileURLToPath(target.source));
  const message = error instanceof Error ? error.message : String(error);
  throw new SpecError([
    { message: `cannot read the document: ${message}`, location: { file: target.name, pointer: "" } },
  ]);
}

/**
 * Written beside the file and renamed over it: a reader never sees half a file. A symbolic link is
 * written through, as openapi-typescript's own write does, and the file keeps its mode.
 */
function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const target = fs.existsSync(file) ? fs.realpathSync(file) : file;
  const mode = fs.existsSync(target) ? fs.statSync(target).mode & 0o777 : undefined;
  const staging = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(staging, text, mode === undefined ? "utf8" : { encoding: "utf8", mode });
    if (mode !== undefined) fs.chmodSync(staging, mode);
    fs.renameSync(staging, target);
  } catch (error) {
    fs.rmSync(staging, { force: true });
    throw error;
  }
}

function readIfPresent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** --check: every output compared, none written; exit 1 when any is missing or differs. */
function checkOutputs(rendered: readonly Rendered[], io: TypesIO): number {
  let stale = 0;
  for (const { target, text } of rendered) {
    const previous = readIfPresent(fileURLToPath(target.output as URL));
    if (previous === text) continue;
    stale += 1;
    io.stderr(
      `${target.outputName}: ${previous === undefined ? "missing" : "out of date"} (types from ${target.name})`,
    );
  }
  if (stale === 0) return EXIT.ok;
  io.stderr("Generated types are not up-to-date! Run the same command without --check to write them.");
  return EXIT.stale;
}

function version(): string {
  const own = JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version?: unknown };
  return `v${String(own.version)} (openapi-typescript ${packageVersion("openapi-typescript")})`;
}

export async function runTypesCommand(argv: readonly string[], io: TypesIO): Promise<number> {
  const started = performance.now();
  const flags = parseTypesFlags(argv);
  for (const note of flags.notes) io.stderr(note);
  if (flags.help) {
    io.stdout(TYPES_HELP);
    return EXIT.ok;
  }
  if (flags.version) {
    io.stdout(version());
    return EXIT.ok;
  }
  // openapi-typescript keeps --dedupe-enums' enums in a module-level cache: one run, one cache, as in its CLI's process.
  loadOpenapiTypescript().enumCache.clear();
  const redoc = await redoclyConfig(flags.redocly);
  const targets = typesTargets(flags, redoc, (line) => io.stderr(`warning: ${line}`));
  if (flags.check && targets.some((target) => target.output === undefined))
    throw new SpecError(
      [
        {
          message: "--check compares with a file: give --output (or apis in a Redocly config)",
          location: { file: "--check", pointer: "" },
        },
      ],
      "bad option",
    );
  const rendered: Rendered[] = [];
  for (const target of targets) rendered.push({ target, text: await renderTarget(target, flags, redoc, io) });
  if (flags.check) return checkOutputs(rendered, io);
  for (const { target, text } of rendered) {
    if (target.output === undefined) {
      io.write(text);
      continue;
    }
    writeAtomically(fileURLToPath(target.output), text);
    io.stdout(`${target.name} → ${target.outputName} [${Math.round(performance.now() - started)}ms]`);
  }
  return EXIT.ok;
}

/** The command with its exit codes: a SpecError is bad input (2), anything else internal (3). */
export async function typesCli(
  argv: readonly string[],
  io: Omit<TypesIO, "write"> & Partial<Pick<TypesIO, "write">>,
): Promise<number> {
  const write = io.write ?? ((text: string) => process.stdout.write(text));
  try {
    return await runTypesCommand(argv, { ...io, write });
  } catch (error) {
    if (error instanceof SpecError) {
      io.stderr(`${error.message}\nNothing was written.`);
      return 2;
    }
    const debug = argv.includes("--debug");
    const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(`internal error: ${detail}${debug ? "" : "\n(run with --debug for the stack trace)"}`);
    return 3;
  }
}
