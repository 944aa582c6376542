import path from "node:path";
import { pathToFileURL } from "node:url";
import { schemaValidators } from "../support/schema-validator.js";

type Builder = (overrides?: unknown, options?: { seed?: number }) => unknown;

const SEEDS = [1, 2, 3] as const;

/**
 * Every builder of the package, for seeds 1–3, validated with ajv (independent of the generated
 * validator). A builder may throw only for a schema the generator warned has no valid value.
 */
export async function checkFixtures(
  dir: string,
  document: Record<string, unknown>,
  builders: ReadonlyMap<string, string>,
  impossible: ReadonlySet<string>,
): Promise<string[]> {
  const fixtures = (await import(pathToFileURL(path.join(dir, "dist/fixtures.js")).href)) as Record<string, Builder>;
  const validatorFor = schemaValidators(document);
  const failures: string[] = [];
  for (const [schemaName, builderName] of builders) {
    const builder = fixtures[builderName];
    if (builder === undefined) {
      failures.push(`${schemaName}: no builder ${builderName}`);
      continue;
    }
    let validate: ReturnType<typeof validatorFor>;
    try {
      validate = validatorFor(schemaName);
    } catch (error) {
      failures.push(
        `${schemaName}: ajv cannot compile its schema: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    for (const seed of SEEDS) {
      let value: unknown;
      try {
        value = builder(undefined, { seed });
      } catch (error) {
        if (!impossible.has(schemaName))
          failures.push(
            `${schemaName} (seed ${seed}) throws: ${error instanceof Error ? error.message : String(error)}`,
          );
        break;
      }
      if (impossible.has(schemaName)) {
        failures.push(`${schemaName}: the generator warned it has no valid value, but its builder returned one`);
        break;
      }
      if (!validate(value)) {
        const first = validate.errors?.[0];
        failures.push(
          `${schemaName} (seed ${seed}): ${first?.instancePath || "/"} ${first?.message ?? "invalid"} ${JSON.stringify(first?.params ?? {})}`,
        );
        break;
      }
    }
  }
  return failures;
}
