import path from "node:path";
import { parseArgs } from "node:util";
import { recordGeneration } from "./cache/record-generation.js";
import { cacheRoot } from "./cache/run-record.js";
import { reportCheck } from "./check-report.js";
import { diffCommand, driftCommand } from "./cli-contract.js";
import { changelogLine } from "./contract/package-changelog.js";
import { SEMVER } from "./emit/emit-package.js";
import { formatWarnings, SpecError } from "./errors.js";
import { generate } from "./generate.js";
import { type CodegenConfig, findConfig, loadConfig } from "./load-config.js";
import { runMigrate } from "./migrate/run-migrate.js";
import { runMigrateFromFetch } from "./migrate/run-migrate-fetch.js";
import { nearestName } from "./nearest-name.js";
import { packageRoot } from "./package-root.js";
import { StepTimes } from "./step-times.js";
import { typesCli } from "./types-command/run-types.js";
import { watchAndGenerate } from "./watch.js";

export const EXIT = { ok: 0, stale: 1, badInput: 2, internal: 3 } as const;

const USAGE = `Usage:
  openapi-client-codegen [generate] [--spec PATH] [--out DIR] [--check | --watch] [--strict] [--quiet] [--name NAME] [--package-version X.Y.Z] [--templates DIR] [--config PATH] [--no-cache] [--timings] [--debug]
  openapi-client-codegen migrate <dir> [--write] [--mode NAME] [--inline] [--spec PATH] [--debug]
  openapi-client-codegen migrate --from openapi-fetch <dir> [--write] [--spec PATH] [--debug]
  openapi-client-codegen diff <old-spec> <new-spec> [--json]
  openapi-client-codegen drift --upstream PATH [--spec PATH] [--json]
  openapi-client-codegen types [SPEC] [-o FILE] [openapi-typescript 7.13's flags: types --help lists them]

generate (the default):
  --spec PATH      OpenAPI 3.0/3.1/3.2 or Swagger 2.0 document, YAML or JSON (default: spec/openapi.yaml)
  --out DIR        output directory of the generated package (default: generated)
  --check          write nothing; list stale, missing and extra files; exit 1 when out of date
  --watch          regenerate when the spec, a file it $refs, or a template changes; Ctrl-C stops
  --strict         refuse the document on warnings too (a rule of the specification broken,
                   but with one clear reading), as on errors
  --quiet          no summary line and no warnings
  --name NAME      npm package name of the generated client
  --package-version X.Y.Z
                   the generated package's version (default: the API's info.version when it is
                   semver, else 0.0.0); the API's version stays in its README
  --templates DIR  use the templates in DIR instead of the built-in ones
  --no-cache       recompute every step (by default, results of openapi-typescript and the
                   compiler are kept by content hash in node_modules/.cache)
  --timings        print each step's wall time to stderr (read, bundle and check; model; types;
                   templates; compile; API surface; changelog; compare and write)
  --config PATH    a config file (default: codegen.config.ts/.mts/.mjs/.js in the working directory)
migrate:
  <dir>            the TypeScript files below it, with the nearest tsconfig.json's options
  --write          apply the rewrites (default: print them as a unified diff)
  --mode NAME      the migration mode to write (default: each migration's first, e.g. draft)
  --inline         where the request body is an object literal, write the replacement's request
                   (its instructions) directly, leaving no reference to the deprecated request type
  --spec PATH      the spec whose deprecated operations to migrate off (default: spec/openapi.yaml)
  --from openapi-fetch
                   rewrite calls of openapi-fetch's createClient<paths>() (client.GET(path, init), …)
                   into the generated client's methods, the client and its middleware with them
diff:              what callers of the generated client see change, each breaking or not, and the
                   semver bump it needs; exit 1 when anything is breaking
drift:             every difference, both ways, between the spec's operations and schemas and the
                   same ones in a full upstream document
Exit codes: 0 done, 1 out of date (--check), calls left that migrate could not rewrite, or a
breaking diff, 2 bad input, 3 internal error.`;

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const defaultIO: CliIO = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

const OPTIONS = {
  spec: { type: "string" },
  out: { type: "string" },
  check: { type: "boolean" },
  strict: { type: "boolean" },
  quiet: { type: "boolean" },
  name: { type: "string" },
  "package-version": { type: "string" },
  templates: { type: "string" },
  write: { type: "boolean" },
  mode: { type: "string" },
  inline: { type: "boolean" },
  from: { type: "string" },
  watch: { type: "boolean" },
  config: { type: "string" },
  json: { type: "boolean" },
  upstream: { type: "string" },
  debug: { type: "boolean" },
  "no-cache": { type: "boolean" },
  timings: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

export async function runCli(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  // openapi-typescript's flags, parsed as its CLI parses them (generator/types-command/).
  if (argv[0] === "types") return typesCli(argv.slice(1), io);
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS }));
  } catch (error) {
    io.stderr(`${argumentError(error)}\n\n${USAGE}`);
    return EXIT.badInput;
  }
  if (values.help === true) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const [command = "generate", ...rest] = positionals;
  try {
    const configFile = values.config === undefined ? findConfig(process.cwd()) : path.resolve(values.config);
    const config = configFile === undefined ? {} : await loadConfig(configFile);
    const specPath = values.spec ?? config.spec ?? path.join(packageRoot(), "spec", "openapi.yaml");
    // Flags win over the config file, which wins over the defaults.
    values = {
      ...values,
      ...(values.out === undefined && config.out !== undefined ? { out: config.out } : {}),
      ...(values.name === undefined && config.packageName !== undefined ? { name: config.packageName } : {}),
      ...(values["package-version"] === undefined && config.packageVersion !== undefined
        ? { "package-version": config.packageVersion }
        : {}),
      ...(values.strict === undefined && config.strict !== undefined ? { strict: config.strict } : {}),
    };
    const version = values["package-version"];
    if (version !== undefined && !SEMVER.test(version)) {
      throw new SpecError(
        [
          {
            message: `"${version}" is not a semantic version (X.Y.Z, optionally -pre.release and +build)`,
            location: { file: "--package-version", pointer: "" },
          },
        ],
        "bad option",
      );
    }
    if (command === "generate" && rest.length === 0)
      return await generateCommand(values, specPath, io, config, { argv, configFile });
    if (command === "migrate" && rest.length === 1 && rest[0] !== undefined)
      return await migrateCommand(rest[0], values, specPath, io);
    if (command === "diff" && rest.length === 2 && rest[0] !== undefined && rest[1] !== undefined)
      return await diffCommand(rest[0], rest[1], values.json === true, io);
    if (command === "drift" && rest.length === 0 && values.upstream !== undefined)
      return await driftCommand(specPath, values.upstream, values.json === true, io);
    io.stderr(`unknown command "${positionals.join(" ")}"\n\n${USAGE}`);
    return EXIT.badInput;
  } catch (error) {
    if (error instanceof SpecError) {
      io.stderr(`${error.message}\nNothing was written.`);
      return EXIT.badInput;
    }
    const detail =
      values.debug === true && error instanceof Error
        ? (error.stack ?? error.message)
        : String(error instanceof Error ? error.message : error);
    io.stderr(`internal error: ${detail}${values.debug === true ? "" : "\n(run with --debug for the stack trace)"}`);
    return EXIT.internal;
  }
}

/** Node's parseArgs messages, made short, with the nearest known option for a mistyped one. */
function argumentError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (unknown === undefined) return message;
  const suggestion = nearestName(unknown.replace(/^-+/, ""), Object.keys(OPTIONS));
  return `unknown option ${unknown}${suggestion === undefined ? "" : ` (did you mean --${suggestion}?)`}`;
}

function where(dir: string): string {
  return path.relative(process.cwd(), path.resolve(dir)) || ".";
}

interface Invocation {
  readonly argv: readonly string[];
  readonly configFile: string | undefined;
}

async function generateCommand(
  values: Values,
  specPath: string,
  io: CliIO,
  config: CodegenConfig,
  invocation: Invocation,
): Promise<number> {
  const templateOverrides = config.templates;
  const pagination = config.pagination === undefined ? {} : { pagination: config.pagination };
  const outDir = values.out ?? path.join(packageRoot(), "generated");
  const overrides = templateOverrides === undefined ? {} : { templateOverrides };
  if (values.watch === true && values.check === true)
    throw new SpecError(
      [
        {
          message: "--check writes nothing and --watch writes on every change: give one",
          location: { file: "--check --watch", pointer: "" },
        },
      ],
      "bad option",
    );
  if (values.watch === true) {
    const templatesDir = values.templates ?? path.join(packageRoot(), "templates");
    return watchAndGenerate(
      {
        specPath,
        outDir,
        templatesDir,
        ...overrides,
        strict: values.strict === true,
        ...(values.name === undefined ? {} : { packageName: values.name }),
        ...(values["package-version"] === undefined ? {} : { packageVersion: values["package-version"] }),
        ...pagination,
      },
      io,
    );
  }
  const started = performance.now();
  const times = new StepTimes();
  const result = await generate({
    times,
    specPath,
    outDir,
    check: values.check === true,
    strict: values.strict === true,
    ...(values.name === undefined ? {} : { packageName: values.name }),
    ...(values["package-version"] === undefined ? {} : { packageVersion: values["package-version"] }),
    ...(values.templates === undefined ? {} : { templatesDir: values.templates }),
    ...overrides,
    ...pagination,
    ...(values["no-cache"] === true ? {} : { cacheDir: path.join(cacheRoot(process.cwd()), "steps") }),
  });
  if (result.warnings.length > 0 && values.quiet !== true) io.stderr(formatWarnings(result.warnings, where(specPath)));
  if (values.check === true) {
    const upToDate = reportCheck(where(outDir), result.plan, io, {
      quiet: values.quiet === true,
      argv: invocation.argv,
    });
    return upToDate ? EXIT.ok : EXIT.stale;
  }
  const { plan } = result;
  const templateDirs = [
    values.templates ?? path.join(packageRoot(), "templates"),
    ...(templateOverrides === undefined ? [] : [templateOverrides]),
  ];
  recordGeneration({
    ...invocation,
    specFiles: result.inputs,
    templateDirs,
    outDir,
    files: result.files,
    packageRoot: packageRoot(),
  });
  const elapsed = Math.round(performance.now() - started);
  const written = plan.changed.length + plan.missing.length;
  if (values.quiet !== true)
    io.stdout(
      `${where(outDir)}: ${written} written, ${plan.unchanged.length} unchanged, ${plan.extra.length} removed in ${elapsed} ms`,
    );
  if (result.changelog !== undefined && values.quiet !== true) io.stderr(changelogLine(result.changelog));
  if (values.timings === true) io.stderr(`timings: ${times.summary()}`);
  return EXIT.ok;
}

async function migrateCommand(dir: string, values: Values, specPath: string, io: CliIO): Promise<number> {
  if (values.from !== undefined && values.from !== "openapi-fetch")
    throw new SpecError(
      [
        {
          message: `unknown --from "${values.from}" (known: openapi-fetch)`,
          location: { file: "--from", pointer: "" },
        },
      ],
      "bad option",
    );
  const result =
    values.from === "openapi-fetch"
      ? await runMigrateFromFetch({ dir, specPath, write: values.write === true })
      : await runMigrate({
          dir,
          specPath,
          write: values.write === true,
          inline: values.inline === true,
          ...(values.mode === undefined ? {} : { mode: values.mode }),
        });
  if (values.write !== true) for (const diff of result.diffs) io.stdout(diff.trimEnd());
  for (const problem of result.problems)
    io.stderr(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
  const verb = values.write === true ? "rewrote" : "would rewrite";
  io.stderr(
    `migrate: ${verb} ${result.rewritten} call(s) in ${result.changedFiles.length} file(s); ${result.problems.length} left with a reason`,
  );
  // Which mode was written, once, and what it changes on the server: the one decision a reviewer must check.
  for (const { method, replacement, mode } of result.modes) {
    io.stderr(
      `  ${method} → ${replacement}, mode "${mode.name}" (${mode.kind})${mode.description === undefined ? "" : `: ${mode.description}`} (--mode to choose another)`,
    );
  }
  return result.problems.length > 0 ? EXIT.stale : EXIT.ok;
}
