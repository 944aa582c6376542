import path from "node:path";
import { parseArgs } from "node:util";
import { SpecError } from "./errors.js";
import { generate } from "./generate.js";
import { packageRoot } from "./package-root.js";
import type { OutputPlan } from "./write/plan-output.js";

export const EXIT = { ok: 0, stale: 1, badInput: 2, internal: 3 } as const;

const USAGE = `Usage: codegen [generate] [--spec PATH] [--out DIR] [--check] [--quiet] [--name NAME] [--debug]

  --spec PATH   OpenAPI 3.0/3.1 document, YAML or JSON (default: spec/openapi.yaml)
  --out DIR     output directory of the generated package (default: generated)
  --check       write nothing; list stale, missing and extra files; exit 1 when out of date
  --quiet       no summary line
  --name NAME   npm package name of the generated client
  --templates DIR  use the templates in DIR instead of the built-in ones
  --debug       print stack traces of internal errors
Exit codes: 0 done, 1 out of date (--check), 2 bad input, 3 internal error.`;

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const defaultIO: CliIO = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

export async function runCli(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  let values;
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        spec: { type: "string" },
        out: { type: "string" },
        check: { type: "boolean" },
        quiet: { type: "boolean" },
        name: { type: "string" },
        templates: { type: "string" },
        debug: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    const command = parsed.positionals[0] ?? "generate";
    if (command !== "generate" || parsed.positionals.length > 1) throw new Error(`unknown command "${parsed.positionals.join(" ")}"`);
    values = parsed.values;
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.badInput;
  }
  if (values.help === true) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const root = packageRoot();
  const specPath = values.spec ?? path.join(root, "spec", "openapi.yaml");
  const outDir = values.out ?? path.join(root, "generated");
  const started = performance.now();
  try {
    const result = await generate({
      specPath,
      outDir,
      check: values.check === true,
      ...(values.name === undefined ? {} : { packageName: values.name }),
      ...(values.templates === undefined ? {} : { templatesDir: values.templates }),
    });
    const elapsed = Math.round(performance.now() - started);
    if (values.check === true) return reportCheck(outDir, result.plan, io, values.quiet === true);
    if (values.quiet !== true) io.stdout(summaryLine(outDir, result.plan, elapsed));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof SpecError) {
      io.stderr(`${error.message}\nNothing was written.`);
      return EXIT.badInput;
    }
    const detail = values.debug === true && error instanceof Error ? (error.stack ?? error.message) : String(error instanceof Error ? error.message : error);
    io.stderr(`internal error: ${detail}${values.debug === true ? "" : "\n(run with --debug for the stack trace)"}`);
    return EXIT.internal;
  }
}

function summaryLine(outDir: string, plan: OutputPlan, elapsedMs: number): string {
  const written = plan.changed.length + plan.missing.length;
  return `${path.relative(process.cwd(), path.resolve(outDir)) || "."}: ${written} written, ${plan.unchanged.length} unchanged, ${plan.extra.length} removed in ${elapsedMs} ms`;
}

function reportCheck(outDir: string, plan: OutputPlan, io: CliIO, quiet: boolean): number {
  const lines = [
    ...plan.changed.map((file) => `  stale    ${file}`),
    ...plan.missing.map((file) => `  missing  ${file}`),
    ...plan.extra.map((file) => `  extra    ${file}`),
  ];
  const where = path.relative(process.cwd(), path.resolve(outDir)) || ".";
  if (lines.length === 0) {
    if (!quiet) io.stdout(`${where}: up to date (${plan.unchanged.length} files)`);
    return EXIT.ok;
  }
  io.stderr(`${where} is out of date with the spec and templates (${lines.length} files):\n${lines.join("\n")}\nRun \`npm run generate\` and commit the result.`);
  return EXIT.stale;
}
