import { SpecError } from "../../generator/errors.js";
import { generatePackage } from "../support/generated-package.js";
import { makeTempDir, removeDir } from "../support/temp-dirs.js";
import { type Agreement, checkValidatorAgreement } from "../support/validator-agreement.js";
import { checkFixtures } from "./check-fixtures.js";
import { checkRequests, type RequestCheck } from "./check-requests.js";
import type { CorpusEntry } from "./entries.js";
import { typecheckPackage } from "./typecheck-package.js";

/** What happened to one document: the exit code generation would give, then the checks of its output. */
export interface DocumentResult {
  readonly name: string;
  readonly exit: 0 | 2 | 3;
  /** The first lines of the error (exit 2 or 3). */
  readonly message?: string;
  /** Exit 2 only: every problem carries a file and a line. */
  readonly located?: boolean;
  readonly warnings?: number;
  readonly typeErrors?: readonly string[];
  readonly builders?: number;
  readonly fixtureFailures?: readonly string[];
  /** How each operation's client request, built from fixtures, was judged (`check-requests.ts`). */
  readonly requests?: RequestCheck;
  /** The compiled validators' verdicts beside ajv's, on fixtures and their mutants. */
  readonly validators?: Agreement;
  readonly ms: number;
}

/** Schemas the generator warned have no valid value: their builders are expected to throw. */
const IMPOSSIBLE = /^schema "(.+?)" has no valid value/;

async function generateInto(entry: CorpusEntry, dir: string, cacheDir: string) {
  const generated = await generatePackage(entry.file, "corpus", { dir, cacheDir });
  const impossible = new Set(generated.warnings.flatMap((warning) => IMPOSSIBLE.exec(warning.message)?.[1] ?? []));
  return { ...generated, impossible, warnings: generated.warnings.length };
}

/** Generates `entry` into a temporary directory, type-checks the output and validates every fixture builder. */
export async function checkDocument(entry: CorpusEntry, cacheDir: string): Promise<DocumentResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const dir = makeTempDir("corpus");
  try {
    let generated: Awaited<ReturnType<typeof generateInto>>;
    try {
      generated = await generateInto(entry, dir, cacheDir);
    } catch (error) {
      if (error instanceof SpecError) {
        const located =
          error.problems.length > 0 &&
          error.problems.every((problem) => problem.location.file !== "" && problem.location.line !== undefined);
        return { name: entry.name, exit: 2, message: firstLines(error.message), located, ms: elapsed() };
      }
      return {
        name: entry.name,
        exit: 3,
        message: firstLines(error instanceof Error ? (error.stack ?? error.message) : String(error)),
        ms: elapsed(),
      };
    }
    const typeErrors = typecheckPackage(dir, generated.files);
    const fixtureFailures = await checkFixtures(dir, generated.document, generated.builders, generated.impossible);
    const validators = await checkValidatorAgreement(dir, generated.document, generated, generated.impossible);
    const requests = await checkRequests(dir, generated.document, entry.name);
    return {
      name: entry.name,
      exit: 0,
      warnings: generated.warnings,
      typeErrors,
      builders: generated.builders.size,
      fixtureFailures,
      validators,
      requests,
      ms: elapsed(),
    };
  } finally {
    removeDir(dir);
  }
}

function firstLines(text: string): string {
  return text.split("\n").slice(0, 4).join("\n");
}
