import { describe, expect, it } from "vitest";
import { generatePackage } from "./support/generated-package.js";
import { schemaValidators } from "./support/schema-validator.js";
import { sharedPresent, UPSTREAM } from "./support/shared-files.js";
import { removeDir } from "./support/temp-dirs.js";

const present = sharedPresent(UPSTREAM, "upstream fixtures");

describe.skipIf(!present)("fixtures of the full upstream document", () => {
  it("every one of its builders produces values valid against its schema, for several seeds", async () => {
    const generated = await generatePackage(UPSTREAM, "upstream-fixtures");
    try {
      const fixtures =
        await generated.importEntry<Record<string, (o?: unknown, p?: unknown) => unknown>>("dist/fixtures.js");
      const validatorFor = schemaValidators(generated.document);
      const failures: string[] = [];
      for (const [schemaName, builderName] of generated.builders) {
        const validate = validatorFor(schemaName);
        for (const seed of [undefined, 1, 2, 3]) {
          const value = fixtures[builderName]?.(undefined, seed === undefined ? undefined : { seed });
          if (!validate(value))
            failures.push(`${schemaName} (seed ${String(seed)}): ${JSON.stringify(validate.errors?.[0])}`);
        }
      }
      expect(generated.builders.size).toBe(659);
      expect(failures).toEqual([]);
    } finally {
      removeDir(generated.dir);
    }
  });
});
