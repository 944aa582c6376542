// The no-op fast path, bundled apart from the generator: when the record of the last run says
// nothing it read has changed, print the usual summary and stop, without loading TypeScript,
// openapi-typescript or Handlebars (bin/codegen.mjs runs this before importing the generator).
import path from "node:path";
import { parseArgs } from "node:util";
import { recordPath, unchangedRun } from "./cache/run-record.js";
import { findConfig } from "./load-config.js";

/** Generate with these flags only; anything else (check, watch, other commands) takes the full path. */
const FLAGS = {
  spec: { type: "string" },
  out: { type: "string" },
  quiet: { type: "boolean" },
  name: { type: "string" },
  templates: { type: "string" },
  config: { type: "string" },
  debug: { type: "boolean" },
  timings: { type: "boolean" },
} as const;

interface GenerateFlags {
  readonly quiet: boolean;
  readonly timings: boolean;
  readonly config: string | undefined;
}

function generateFlags(argv: readonly string[]): GenerateFlags | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: FLAGS,
      strict: true,
    });
    if (positionals.length > 1 || (positionals.length === 1 && positionals[0] !== "generate")) return undefined;
    return { quiet: values.quiet === true, timings: values.timings === true, config: values.config };
  } catch {
    return undefined;
  }
}

/** True when the output is already what this command line would generate (and the summary was printed). */
export function skipUnchangedRun(argv: readonly string[], cwd: string): boolean {
  const started = performance.now();
  const flags = generateFlags(argv);
  if (flags === undefined) return false;
  const configFile = flags.config === undefined ? findConfig(cwd) : path.resolve(cwd, flags.config);
  let record: ReturnType<typeof unchangedRun>;
  try {
    record = unchangedRun(recordPath(cwd, argv, configFile));
  } catch {
    return false;
  }
  if (record === undefined) return false;
  const elapsed = Math.round(performance.now() - started);
  if (!flags.quiet) {
    const where = path.relative(cwd, record.outDir) || ".";
    const files = Object.keys(record.outputs).length;
    process.stdout.write(`${where}: 0 written, ${files} unchanged, 0 removed in ${elapsed} ms\n`);
  }
  // The one step this run took; the generator's steps did not run, so they are not listed.
  if (flags.timings)
    process.stderr.write(`timings: no-op check ${elapsed} ms (nothing changed; generator not loaded)\n`);
  return true;
}
