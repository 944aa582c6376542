import path from "node:path";
import { NO_CACHE, openStepCache } from "./cache/step-cache.js";
import { buildChangelog, type ChangelogNews } from "./contract/package-changelog.js";
import { renderChangelog } from "./emit/emit-changelog.js";
import { GENERATOR_NAME } from "./emit/emit-package.js";
import { renderPackage } from "./emit/render-package.js";
import { loadTemplates, type TemplateSet } from "./emit/template-engine.js";
import { compareProblems, SpecError, type SpecWarning } from "./errors.js";
import { type LoadedSpec, loadSpec } from "./load/load-spec.js";
import type { PaginationOptions } from "./load-config.js";
import type { ApiModel } from "./model/api-model.js";
import { buildModel } from "./model/build-model.js";
import { generatorVersion, packageRoot } from "./package-root.js";
import { StepTimes } from "./step-times.js";
import { isEmptyPlan, type OutputPlan, planOutput } from "./write/plan-output.js";
import { CHANGELOG_FILE, DOCUMENT_FILE, readPreviousOutput } from "./write/previous-output.js";
import { recoverInterruptedWrite, writeOutput } from "./write/write-output.js";

export interface GenerateOptions {
  readonly specPath: string;
  readonly outDir: string;
  /** Compare only: write nothing. */
  readonly check?: boolean;
  readonly templatesDir?: string;
  /** Files here replace the built-in templates at the same relative path (a config's `templates`). */
  readonly templateOverrides?: string;
  readonly packageName?: string;
  /** The generated package's version (`--package-version`); by default the API's when it is semver. */
  readonly packageVersion?: string;
  /** Where to keep results of the expensive steps (see cache/step-cache.ts); none when absent. */
  readonly cacheDir?: string;
  /** Refuse the document on any warning, as on an error. */
  readonly strict?: boolean;
  /** How operations page, from the config file (`<pkg>/query`'s infinite queries). */
  readonly pagination?: PaginationOptions;
  /** Where each step's wall time is added (`--timings`). */
  readonly times?: StepTimes;
}

export interface GenerateResult {
  /** What this regeneration added to the package's CHANGELOG.md; undefined when the document did not change. */
  readonly changelog: ChangelogNews | undefined;
  /** Every file the spec was read from, entry first: what watch mode watches. */
  readonly inputs: readonly string[];
  readonly plan: OutputPlan;
  /** True when the output directory was changed (never in check mode). */
  readonly wrote: boolean;
  readonly files: ReadonlyMap<string, string>;
  /** Rules of the specification the document breaks, each read one clear way (see SpecWarning). */
  readonly warnings: readonly SpecWarning[];
}

type RenderOptions = Omit<GenerateOptions, "outDir" | "check">;

export interface Rendered {
  readonly files: Map<string, string>;
  readonly inputs: readonly string[];
  readonly warnings: readonly SpecWarning[];
  readonly spec: LoadedSpec;
  readonly model: ApiModel;
  readonly templates: TemplateSet;
}

/** Every output file in memory but CHANGELOG.md (which carries on from the previous output), what was read, and the warnings: load → model → emit. Throws SpecError on bad input. */
export async function renderSpec(options: RenderOptions): Promise<Rendered> {
  const root = packageRoot();
  const times = options.times ?? new StepTimes();
  const spec = await times.measureAsync("read, bundle and check", () => loadSpec(options.specPath));
  const model = times.measure("model", () =>
    buildModel(spec, {
      ...(options.packageName === undefined ? {} : { packageName: options.packageName }),
      ...(options.packageVersion === undefined ? {} : { packageVersion: options.packageVersion }),
      ...(options.pagination === undefined ? {} : { pagination: options.pagination }),
    }),
  );
  const warnings = [...spec.warnings, ...model.warnings].sort(compareProblems);
  // A deprecation the document announces breaks no rule: --strict reports it but does not refuse for it.
  const refusable = warnings.filter((warning) => warning.kind !== "deprecated security scheme");
  if (options.strict === true && refusable.length > 0)
    throw new SpecError(
      refusable.map(({ message, location }) => ({ message, location })),
      `${refusable.length === 1 ? "1 warning" : `${refusable.length} warnings`}, refused under --strict`,
    );
  const templates = loadTemplates(options.templatesDir ?? path.join(root, "templates"), options.templateOverrides);
  const files = await renderPackage({
    model,
    document: spec.document,
    entryFile: spec.entryFile,
    locate: spec.locate,
    templates,
    generatorVersion: generatorVersion(root),
    cache: options.cacheDir === undefined ? NO_CACHE : openStepCache(options.cacheDir),
    times,
  });
  return { files, inputs: spec.files, warnings, spec, model, templates };
}

/** Renders every output file in memory but CHANGELOG.md (which carries on from the previous output): load → model → emit. Throws SpecError on bad input. */
export async function renderFromSpec(options: RenderOptions): Promise<Map<string, string>> {
  return (await renderSpec(options)).files;
}

/**
 * CHANGELOG.md, the one output that carries on from the previous one: the previous output's files
 * (write stage) → what changed since the last release (contract) → its text (emit).
 */
async function changelogFiles(
  outDir: string,
  rendered: Rendered,
): Promise<{ files: Map<string, string>; news: ChangelogNews | undefined }> {
  const previous = readPreviousOutput(path.resolve(outDir));
  const manifest = JSON.parse(rendered.files.get("package.json") ?? "{}") as { version?: string };
  const model = await buildChangelog({
    previous,
    spec: rendered.spec,
    model: rendered.model,
    document: rendered.files.get(DOCUMENT_FILE) ?? "",
    version: manifest.version ?? "0.0.0",
  });
  const files = renderChangelog(model, rendered.templates);
  // Said only where CHANGELOG.md changes: a document reordered, or edited in nothing callers see, says nothing.
  const changed = files.get(CHANGELOG_FILE) !== previous.changelog;
  return { files, news: model.kind === "written" && changed ? model.news : undefined };
}

/** The whole pipeline: render, compare with the output directory, and write atomically unless checking. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  // A run killed mid-swap left work directories (or no output at all): put that right first.
  if (options.check !== true) recoverInterruptedWrite(path.resolve(options.outDir));
  const rendered = await renderSpec(options);
  const { inputs, warnings } = rendered;
  const times = options.times ?? new StepTimes();
  const changelog = await times.measureAsync("changelog", () => changelogFiles(options.outDir, rendered));
  const files = new Map([...rendered.files, ...changelog.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const news = changelog.news;
  const plan = times.measure("compare and write", () => planOutput(options.outDir, files));
  if (options.check === true || isEmptyPlan(plan))
    return { inputs, plan, wrote: false, files, warnings, changelog: news };
  times.measure("compare and write", () => writeOutput(options.outDir, files, plan, GENERATOR_NAME));
  return { inputs, plan, wrote: true, files, warnings, changelog: news };
}
