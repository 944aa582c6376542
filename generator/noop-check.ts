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
} as const;

function generateFlags(argv: readonly string[]): { quiet: boolean; config: string | undefined } | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: FLAGS,
      strict: true,
    });
    if (positionals.length > 1 || (positionals.length === 1 && positionals[0] !== "generate")) return undefined;
    return { quiet: values.quiet === true, config: values.config };
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
  if (!flags.quiet) {
    const where = path.relative(cwd, record.outDir) || ".";
    const files = Object.keys(record.outputs).length;
    process.stdout.write(
      `${where}: 0 written, ${files} unchanged, 0 removed in ${Math.round(performance.now() - started)} ms\n`,
    );
  }
  return true;
}
