import { type Dirent, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What writing `files` into a directory would change, file by file. */
export interface OutputPlan {
  readonly changed: readonly string[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly unchanged: readonly string[];
}

/** Entries of the output directory that are not ours to compare or remove. */
const FOREIGN = new Set(["node_modules"]);

export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const visit = (relative: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (relative === "" && FOREIGN.has(entry.name)) continue;
      if (entry.isDirectory()) visit(child);
      else files.push(child);
    }
  };
  visit("");
  return files.sort();
}

export function planOutput(outDir: string, files: ReadonlyMap<string, string>): OutputPlan {
  const existing = new Set(listFiles(outDir));
  const changed: string[] = [];
  const missing: string[] = [];
  const unchanged: string[] = [];
  for (const [file, content] of files) {
    if (!existing.has(file)) missing.push(file);
    else if (readFileSync(path.join(outDir, file), "utf8") === content) unchanged.push(file);
    else changed.push(file);
  }
  const extra = [...existing].filter((file) => !files.has(file));
  return { changed, missing, extra, unchanged };
}

export function isEmptyPlan(plan: OutputPlan): boolean {
  return plan.changed.length === 0 && plan.missing.length === 0 && plan.extra.length === 0;
}

export function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
