import { type FSWatcher, statSync, watch } from "node:fs";
import path from "node:path";
import { changelogLine } from "./contract/package-changelog.js";
import { formatWarnings, SpecError } from "./errors.js";
import { type GenerateOptions, generate } from "./generate.js";

export interface WatchIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const DEBOUNCE_MS = 150;

/**
 * Regenerates whenever the spec, a file it `$ref`s, or a template changes (debounced). A broken
 * save prints its problems and keeps the last good output. Resolves on SIGINT/SIGTERM.
 */
export function watchAndGenerate(
  options: GenerateOptions & { readonly templatesDir: string },
  io: WatchIO,
): Promise<number> {
  const names = new Map<string, ReadonlySet<string>>();
  const watchers = new Map<string, FSWatcher>();
  let templatesWatcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let inputs: readonly string[] = [path.resolve(options.specPath)];

  // Watchers of directories still needed are kept, not recreated: an event that arrives while a
  // watcher is being replaced would be lost, and a save made during a regeneration never picked up.
  const rewatch = (): void => {
    // Directories, not files: editors often save by replacing the file, which ends a file watch.
    const byDir = new Map<string, Set<string>>();
    for (const file of inputs)
      byDir.set(path.dirname(file), (byDir.get(path.dirname(file)) ?? new Set()).add(path.basename(file)));
    for (const [dir, watcher] of watchers) {
      if (byDir.has(dir)) continue;
      watcher.close();
      watchers.delete(dir);
    }
    names.clear();
    for (const [dir, files] of byDir) {
      names.set(dir, files);
      if (watchers.has(dir)) continue;
      watchers.set(
        dir,
        watch(dir, (_event, name) =>
          name === null || names.get(dir)?.has(name.toString()) === true ? schedule() : undefined,
        ),
      );
    }
    templatesWatcher ??= watch(options.templatesDir, { recursive: true }, () => schedule());
  };

  /** An input whose directory only began to be watched after it was read may have changed unseen. */
  const changedSince = (startedAt: number): boolean =>
    inputs.some((file) => {
      const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      return mtime !== undefined && mtime > startedAt && mtime <= Date.now();
    });

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    const startedAt = Date.now();
    try {
      const result = await generate(options);
      // Only files can be watched: a remote `$ref` is fetched again on the next regeneration.
      inputs = result.inputs.filter((file) => !/^https?:\/\//i.test(file)).map((file) => path.resolve(file));
      const { plan } = result;
      if (result.warnings.length > 0) io.stderr(formatWarnings(result.warnings, options.specPath));
      io.stdout(
        `${options.outDir}: ${plan.changed.length + plan.missing.length} written, ${plan.unchanged.length} unchanged, ${plan.extra.length} removed in ${Math.round(performance.now() - started)} ms`,
      );
      if (result.changelog !== undefined) io.stderr(changelogLine(result.changelog));
    } catch (error) {
      io.stderr(
        error instanceof SpecError
          ? `${error.message}\nThe last good output is kept.`
          : `internal error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    rewatch();
    running = false;
    if (again || changedSince(startedAt)) {
      again = false;
      schedule();
    }
  };

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  }

  return new Promise((resolve) => {
    const stop = (): void => {
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      templatesWatcher?.close();
      io.stderr("stopped watching");
      resolve(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    io.stderr(`watching ${options.specPath} (and what it $refs) and ${options.templatesDir}; Ctrl-C to stop`);
    void run();
  });
}
