// What `--check` prints: the files out of date, and the command that brings them up to date.
import path from "node:path";
import type { CliIO } from "./cli.js";
import { packageRoot } from "./package-root.js";
import type { OutputPlan } from "./write/plan-output.js";

/** A word as a POSIX shell reads it back: as is when it holds nothing the shell would act on, else single-quoted. */
export function shellWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The command that writes what `--check` found missing: the same arguments without `--check`, so
 * `--spec`, `--out`, `--config`, `--name` and the rest are the ones the check compared with. In
 * this repository it is the npm script; elsewhere the installed binary.
 */
export function regenerateCommand(argv: readonly string[], cwd: string = process.cwd()): string {
  const args = argv.filter((arg) => arg !== "--check").map(shellWord);
  if (path.resolve(cwd) === packageRoot())
    return ["npm run generate", ...(args.length > 0 ? ["--", ...args] : [])].join(" ");
  return ["npx openapi-client-codegen", ...args].join(" ");
}

/** Prints the result of `--check` for the output directory shown as `where`; true when it is up to date. */
export function reportCheck(
  where: string,
  plan: OutputPlan,
  io: CliIO,
  options: { readonly quiet: boolean; readonly argv: readonly string[] },
): boolean {
  const lines = [
    ...plan.changed.map((file) => `  stale    ${file}`),
    ...plan.missing.map((file) => `  missing  ${file}`),
    ...plan.extra.map((file) => `  extra    ${file}`),
  ];
  if (lines.length === 0) {
    if (!options.quiet) io.stdout(`${where}: up to date (${plan.unchanged.length} files)`);
    return true;
  }
  io.stderr(
    `${where} is out of date with the spec and templates (${lines.length} files):\n${lines.join("\n")}\nRun \`${regenerateCommand(options.argv)}\` and commit the result.`,
  );
  return false;
}
