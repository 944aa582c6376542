import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The generator's own package directory, found from this module (works from source and from the build). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "templates"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("internal error: cannot find the generator's package directory");
    dir = parent;
  }
}

export function generatorVersion(root: string = packageRoot()): string {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "0.0.0";
}
