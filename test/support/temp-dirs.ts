import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../../generator/package-root.js";

/** Found by walking up (not a fixed depth), so it is right from a bundle in .build/ too. */
export const REPO_ROOT = packageRoot();
/** Inside the repository, so generated packages resolve openapi-fetch from its node_modules. */
const TMP_ROOT = path.join(REPO_ROOT, "test", ".tmp");

export function makeTempDir(prefix: string): string {
  mkdirSync(TMP_ROOT, { recursive: true });
  return mkdtempSync(path.join(TMP_ROOT, `${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
