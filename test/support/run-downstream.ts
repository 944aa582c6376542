import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/** What each exported function of a downstream project returned, by `file:function`; a throw is recorded as its message. */
export type Outcomes = Record<string, unknown>;

/**
 * Compiles a downstream project's `src/` as it is now (esbuild, one file each, imports kept) into
 * a fresh folder inside the project, so its package imports resolve from the project's
 * node_modules, then calls every exported function with no arguments, one after another.
 * `LD_BASE_URL` must point at the mock server before this runs: the project reads it at import.
 */
export async function runExportedFunctions(projectDir: string, label: string): Promise<Outcomes> {
  const sourceDir = path.join(projectDir, "src");
  const outDir = path.join(projectDir, `.run-${label}`);
  const files = readdirSync(sourceDir)
    .filter((file) => file.endsWith(".ts"))
    .sort();
  await build({
    entryPoints: files.map((file) => path.join(sourceDir, file)),
    outdir: outDir,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "error",
  });
  const outcomes: Outcomes = {};
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(outDir, file.replace(/\.ts$/, ".js"))).href)) as Record<
      string,
      unknown
    >;
    for (const [name, value] of Object.entries(module).sort(([a], [b]) => a.localeCompare(b))) {
      if (typeof value !== "function" || /^[A-Z]/.test(name)) continue;
      try {
        outcomes[`${file}:${name}`] = await (value as () => unknown)();
      } catch (error) {
        outcomes[`${file}:${name}`] = `threw: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
  }
  return outcomes;
}
