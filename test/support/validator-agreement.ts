import path from "node:path";
import { pathToFileURL } from "node:url";
import { schemaValidators } from "./schema-validator.js";
import { mutantsOf } from "./value-mutants.js";

type Builder = (overrides?: unknown, options?: { seed?: number }) => unknown;
interface CompiledValidator {
  readonly "~standard": {
    readonly validate: (value: unknown) => {
      readonly issues?: readonly { readonly message: string; readonly path: readonly PropertyKey[] }[];
    };
  };
}

export interface Agreement {
  /** Values judged: fixtures (seeds 1–3) and their single-change mutants. */
  readonly values: number;
  readonly agreed: number;
  /** Fixtures our validator refused (each must pass). */
  readonly fixturesRefused: readonly string[];
  /** `Schema (change): ours says valid, ajv says invalid (ajv's first error)`, each disagreement. */
  readonly disagreements: readonly string[];
}

const SEEDS = [1, 2, 3] as const;

function describeIssue(
  issues: readonly { readonly message: string; readonly path: readonly PropertyKey[] }[] | undefined,
): string {
  const first = issues?.[0];
  return first === undefined ? "" : ` (/${first.path.map(String).join("/")} ${first.message})`;
}

/**
 * For every component schema of a generated package: its compiled validator's verdict beside
 * ajv's (the document read as JSON Schema alone, discriminators as annotations) on the schema's
 * fixtures and on single-change mutants of them. ajv is the independent judge.
 */
export async function checkValidatorAgreement(
  dir: string,
  document: Record<string, unknown>,
  names: { readonly builders: ReadonlyMap<string, string>; readonly validators: ReadonlyMap<string, string> },
  impossible: ReadonlySet<string>,
  mutantsPerFixture = 20,
): Promise<Agreement> {
  const fixtures = (await import(pathToFileURL(path.join(dir, "dist/fixtures.js")).href)) as Record<string, Builder>;
  const validators = (await import(pathToFileURL(path.join(dir, "dist/validators.js")).href)) as Record<
    string,
    CompiledValidator
  >;
  const judgeFor = schemaValidators(document, false);
  let values = 0;
  let agreed = 0;
  const fixturesRefused: string[] = [];
  const disagreements: string[] = [];
  for (const [schemaName, builderName] of names.builders) {
    if (impossible.has(schemaName)) continue;
    const validatorName = names.validators.get(schemaName) ?? "";
    const ours = validators[validatorName];
    const builder = fixtures[builderName];
    let judge: ReturnType<typeof judgeFor>;
    try {
      judge = judgeFor(schemaName);
    } catch {
      continue; // ajv cannot compile the schema: the fixtures check reports it
    }
    if (ours === undefined || builder === undefined) {
      disagreements.push(`${schemaName}: no validator ${validatorName}`);
      continue;
    }
    for (const seed of SEEDS) {
      let fixture: unknown;
      try {
        fixture = builder(undefined, { seed });
      } catch {
        break;
      }
      for (const [index, candidate] of [
        { change: "fixture", value: fixture },
        ...mutantsOf(fixture, mutantsPerFixture),
      ].entries()) {
        values += 1;
        const result = ours["~standard"].validate(candidate.value);
        const oursValid = result.issues === undefined;
        const ajvValid = judge(candidate.value);
        if (index === 0 && !oursValid)
          fixturesRefused.push(`${schemaName} (seed ${seed})${describeIssue(result.issues)}`);
        if (oursValid === ajvValid) {
          agreed += 1;
          continue;
        }
        const ajvError = judge.errors?.[0];
        const why = ajvValid
          ? `ours refuses${describeIssue(result.issues)}, ajv accepts`
          : `ours accepts, ajv refuses (${ajvError?.instancePath || "/"} ${ajvError?.message ?? ""})`;
        disagreements.push(`${schemaName} (seed ${seed}, ${candidate.change}): ${why}`);
      }
    }
  }
  return { values, agreed, fixturesRefused, disagreements };
}
