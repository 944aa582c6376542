import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { listFiles } from "../../generator/write/plan-output.js";

/** Every file of a directory with its content hash and mtime: equal states mean nothing was touched. */
export function dirState(dir: string): Record<string, { sha256: string; mtimeMs: number }> {
  const state: Record<string, { sha256: string; mtimeMs: number }> = {};
  for (const file of listFiles(dir)) {
    const full = path.join(dir, file);
    state[file] = {
      sha256: createHash("sha256").update(readFileSync(full)).digest("hex"),
      mtimeMs: statSync(full).mtimeMs,
    };
  }
  return state;
}

export function dirContents(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(dirState(dir)).map(([file, { sha256 }]) => [file, sha256]));
}
