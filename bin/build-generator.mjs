// Bundles the generator's TypeScript sources (generator/) into .build/ with esbuild: the CLI's
// bundle and the small no-op check. Used by bin/codegen.mjs when the sources are newer than the
// bundles, and by `npm pack` (prepack), so the published package ships the bundles, not the sources.
import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const BUNDLES = {
  codegen: path.join(root, ".build", "codegen.js"),
  noopCheck: path.join(root, ".build", "noop-check.js"),
};
export const SOURCES = path.join(root, "generator");
/** Everything the bundle is built from: the generator, and the template modules it imports (the fixture engine's feasibility, media kinds). */
export const BUNDLED_SOURCES = [
  SOURCES,
  path.join(root, "templates", "fixtures"),
  path.join(root, "templates", "runtime"),
  path.join(root, "templates", "validators"),
];

export async function buildGenerator() {
  const { build } = await import("esbuild");
  const staging = path.join(root, ".build", `.staging-${process.pid}`);
  await build({
    entryPoints: { codegen: path.join(SOURCES, "main.ts"), "noop-check": path.join(SOURCES, "noop-check.ts") },
    outdir: staging,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  // Renamed one by one, each atomically, so concurrent runs never import a half-written bundle.
  renameSync(path.join(staging, "noop-check.js"), BUNDLES.noopCheck);
  renameSync(path.join(staging, "codegen.js"), BUNDLES.codegen);
  rmSync(staging, { recursive: true, force: true });
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await buildGenerator();
