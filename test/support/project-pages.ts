import { readdirSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./temp-dirs.js";

/** The project's user-facing pages: the README, CONTRIBUTING.md and every page of docs/. */
export const PROJECT_PAGES: readonly string[] = [
  path.join(REPO_ROOT, "README.md"),
  path.join(REPO_ROOT, "CONTRIBUTING.md"),
  ...readdirSync(path.join(REPO_ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(REPO_ROOT, "docs", name)),
];
