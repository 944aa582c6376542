// A content-addressed cache of the expensive, pure steps (openapi-typescript's output for a
// document, TypeScript's output for a source file, the API surface of a set of declarations). A
// key hashes everything the result depends on, including the code that computes it, so a hit is
// byte for byte what the step would print; a run whose every step hits never loads TypeScript.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "./run-record.js";

export { sha256 };

export interface StepCache {
  /**
   * The cached result for the key, or `compute()`'s, which is then stored. The key is a function:
   * hashing a step's inputs (the whole document, every source) is work a run without a cache skips.
   */
  readonly through: (key: () => string, compute: () => string | Promise<string>) => Promise<string>;
}

/** No cache: every step computes (the library API and the tests use this). */
export const NO_CACHE: StepCache = { through: async (_key, compute) => compute() };

const stamps = new Map<string, string>();

/** A hash of the file a step's code lives in (the bundle, or its module when run from source). */
export function codeStamp(moduleUrl: string): string {
  const known = stamps.get(moduleUrl);
  if (known !== undefined) return known;
  const stamp = sha256(readFileSync(fileURLToPath(moduleUrl)));
  stamps.set(moduleUrl, stamp);
  return stamp;
}

export function stepKey(...parts: readonly string[]): string {
  return sha256(JSON.stringify(parts));
}

/** A cache in `dir` (created on first store). Unreadable or unwritable entries are only misses. */
export function openStepCache(dir: string): StepCache {
  return {
    async through(keyOf, compute) {
      const key = keyOf();
      const file = path.join(dir, key.slice(0, 2), `${key}.txt`);
      try {
        return readFileSync(file, "utf8");
      } catch {
        // a miss
      }
      const value = await compute();
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        const staging = `${file}.${process.pid}.tmp`;
        writeFileSync(staging, value);
        renameSync(staging, file);
      } catch {
        // a cache that cannot be written is only a slower next run
      }
      return value;
    },
  };
}
