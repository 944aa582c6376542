import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The files of the output directory a regeneration carries on from (the package's CHANGELOG.md). */
export const DOCUMENT_FILE = "openapi.json";
export const RELEASED_DOCUMENT_FILE = "openapi.released.json";
export const CHANGELOG_FILE = "CHANGELOG.md";

/** What the previous generation left, each file undefined where it is absent. */
export interface PreviousOutput {
  /** The previous document, and the file it can be loaded from. */
  readonly document: { readonly text: string; readonly file: string } | undefined;
  /** The document of the last released version, where it differs from the previous one. */
  readonly released: { readonly text: string; readonly file: string } | undefined;
  readonly changelog: string | undefined;
}

function read(file: string): { text: string; file: string } | undefined {
  return existsSync(file) ? { text: readFileSync(file, "utf8"), file } : undefined;
}

export function readPreviousOutput(outDir: string): PreviousOutput {
  return {
    document: read(path.join(outDir, DOCUMENT_FILE)),
    released: read(path.join(outDir, RELEASED_DOCUMENT_FILE)),
    changelog: read(path.join(outDir, CHANGELOG_FILE))?.text,
  };
}
