import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./temp-dirs.js";

// Files of ../shared/ that some tests read. Where one is absent, the test that needs it says so in
// one line and skips (it is never silently left out).

export const UPSTREAM = path.resolve(REPO_ROOT, "../shared/upstream/launchdarkly-openapi.yaml");
export const DIGITALOCEAN = path.resolve(
  REPO_ROOT,
  "../shared/corpus/openapi-typescript/digital-ocean-api/DigitalOcean-public.v2.yaml",
);
export const CORPUS = path.resolve(REPO_ROOT, "../shared/corpus");

/** Whether `file` is there; when it is not, prints `skipping <what>: <file> is absent` once. */
export function sharedPresent(file: string, what: string): boolean {
  const present = existsSync(file);
  if (!present) console.log(`skipping ${what}: ${file} is absent`);
  return present;
}
