import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** One OpenAPI or Swagger document of the corpus, named by its path relative to `root`. */
export interface CorpusEntry {
  readonly file: string;
  readonly name: string;
  /** In an `invalid/` folder, or known to have no correct client: generation must refuse it (exit 2). */
  readonly expectRefusal: string | undefined;
}

/**
 * Documents of the corpus that are valid YAML and look like OpenAPI but have no correct client, with
 * the reason. Everything under a folder named `invalid` is expected to be refused too.
 */
const REFUSALS: Readonly<Record<string, string>> = {
  "heyapi/3.1.x/validators-circular-ref.json": "a pure $ref cycle: Baz → Qux → Baz never reaches a schema",
};

/** Documents of an `invalid/` folder that still have a correct client, so generate (with a warning), and why. */
const GENERATES: Readonly<Record<string, string>> = Object.fromEntries(
  ["2.0.x", "3.0.x", "3.1.x"].map((version) => [
    `heyapi/${version}/invalid/operationId-unique.yaml`,
    "a duplicate operationId: one of the two is renamed, with a located warning",
  ]),
);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

/** A file with `openapi:` or `swagger:` at its top level (not a file that is only a `$ref` target). */
export function isEntryDocument(file: string): boolean {
  if (!/\.(ya?ml|json)$/i.test(file)) return false;
  const text = readFileSync(file, "utf8");
  if (/\.json$/i.test(file)) {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === "object" && value !== null && ("openapi" in value || "swagger" in value);
    } catch {
      return false;
    }
  }
  // A top-level YAML key starts at column 0.
  return /^["']?(openapi|swagger)["']?\s*:/m.test(text);
}

/** Entry documents under each of `targets` (directories or files), named relative to `root`. */
export function findEntries(targets: readonly string[], root: string): CorpusEntry[] {
  const files = targets.flatMap((target) =>
    statSync(target).isDirectory() ? listFiles(target).filter(isEntryDocument) : [path.resolve(target)],
  );
  return [...new Set(files)].map((file) => {
    const relative = path.relative(root, file);
    const name = relative.startsWith("..") ? path.relative(process.cwd(), file) : relative.split(path.sep).join("/");
    const inInvalid = name.split("/").includes("invalid");
    return {
      file,
      name,
      expectRefusal:
        REFUSALS[name] ?? (inInvalid && GENERATES[name] === undefined ? "in an invalid/ folder" : undefined),
    };
  });
}
