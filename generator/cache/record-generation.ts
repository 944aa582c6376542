import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { packageManifest } from "../require-package.js";
import { listFiles } from "../write/plan-output.js";
import { recordPath, recordRun, saveRecord } from "./run-record.js";

/** Packages whose version changes what the generator prints. */
const OUTPUT_DEPENDENCIES = [
  "openapi-typescript",
  "typescript",
  "oxc-transform",
  "handlebars",
  "yaml",
  "js-yaml",
  "@redocly/openapi-core",
  "swagger2openapi",
];

export interface GenerationInputs {
  readonly argv: readonly string[];
  readonly configFile: string | undefined;
  readonly specFiles: readonly string[];
  readonly templateDirs: readonly string[];
  readonly outDir: string;
  readonly files: ReadonlyMap<string, string>;
  readonly packageRoot: string;
}

/**
 * Saves what a successful generation read and wrote, for the no-op fast path. Only the built
 * generator (`.build/codegen.js`) records: its bytes stand for the generator's code, which a run
 * from the TypeScript sources (the tests) has no single file for.
 */
export function recordGeneration(input: GenerationInputs): void {
  const self = fileURLToPath(import.meta.url);
  if (path.basename(path.dirname(self)) !== ".build") return;
  // A remote `$ref` can change without a file here changing: such a run is never skipped.
  if (input.specFiles.some((file) => /^https?:\/\//i.test(file))) return;
  const dirs = input.templateDirs.filter((dir) => existsSync(dir));
  const templates = dirs.flatMap((dir) => listFiles(dir).map((file) => path.join(dir, file)));
  const manifests = OUTPUT_DEPENDENCIES.map(packageManifest).filter((file) => file !== undefined);
  const inputs = [
    self,
    path.join(input.packageRoot, "package.json"),
    ...input.specFiles.map((file) => path.resolve(file)),
    ...templates,
    ...manifests,
  ];
  const record = recordRun(inputs, dirs, path.resolve(input.outDir), input.files);
  saveRecord(recordPath(process.cwd(), input.argv, input.configFile), record);
}
