import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { SpecError, formatWarnings } from "./errors.js";
import { generate, type GenerateOptions } from "./generate.js";

export interface WatchIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const DEBOUNCE_MS = 150;

/**
 * Regenerates whenever the spec, a file it `$ref`s, or a template changes (debounced). A broken
 * save prints its problems and keeps the last good output. Resolves on SIGINT/SIGTERM.
 */
export function watchAndGenerate(options: GenerateOptions & { readonly templatesDir: string }, io: WatchIO): Promise<number> {
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let inputs: readonly string[] = [path.resolve(options.specPath)];

  const rewatch = (): void => {
    for (const watcher of watchers) watcher.close();
    // Directories, not files: editors often save by replacing the file, which ends a file watch.
    const byDir = new Map<string, Set<string>>();
    for (const file of inputs) byDir.set(path.dirname(file), (byDir.get(path.dirname(file)) ?? new Set()).add(path.basename(file)));
    watchers = [...byDir].map(([dir, names]) => watch(dir, (_event, name) => (name === null || names.has(name.toString()) ? schedule() : undefined)));
    watchers.push(watch(options.templatesDir, { recursive: true }, () => schedule()));
  };

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    try {
      const result = await generate(options);
      // Only files can be watched: a remote `$ref` is fetched again on the next regeneration.
      inputs = result.inputs.filter((file) => !/^https?:\/\//i.test(file)).map((file) => path.resolve(file));
      const { plan } = result;
      if (result.warnings.length > 0) io.stderr(formatWarnings(result.warnings, options.specPath));
      io.stdout(`${options.outDir}: ${plan.changed.length + plan.missing.length} written, ${plan.unchanged.length} unchanged, ${plan.extra.length} removed in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      io.stderr(error instanceof SpecError ? `${error.message}\nThe last good output is kept.` : `internal error: ${error instanceof Error ? error.message : String(error)}`);
    }
    rewatch();
    running = false;
    if (again) {
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
      for (const watcher of watchers) watcher.close();
      io.stderr("stopped watching");
      resolve(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    io.stderr(`watching ${options.specPath} (and what it $refs) and ${options.templatesDir}; Ctrl-C to stop`);
    void run();
  });
}
