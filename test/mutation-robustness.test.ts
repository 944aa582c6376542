import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SpecError } from "../generator/errors.js";
import { renderSpec } from "../generator/generate.js";
import { sequence } from "../templates/fixtures/random.js";
import { CORPUS, sharedPresent } from "./support/shared-files.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

const SOURCES = [
  "heyapi/3.1.x/full.yaml",
  "heyapi/3.1.x/discriminator-one-of.yaml",
  "openapi-typescript/simple-example.yaml",
  "heyapi/2.0.x/full.yaml",
  "heyapi/3.1.x/validators.yaml",
];
/** What a careless edit or a broken exporter leaves where a value belonged. */
const REPLACEMENTS: readonly unknown[] = [
  null,
  0,
  1.5,
  "x",
  true,
  [],
  {},
  [null],
  { type: "nope" },
  { $ref: "#/nowhere" },
  { $ref: "#/components/schemas" },
  { $ref: 7 },
  { $ref: "#/components/schemas/%ZZ" },
  { __proto__: { in: "query" } },
  { constructor: "x", name: "p", in: "query" },
];
const RUNS = Number(process.env.MUTATION_RUNS ?? 60);

type Slot = { readonly parent: Record<string, unknown> | unknown[]; readonly key: string | number };

function slots(value: unknown, found: Slot[] = []): Slot[] {
  if (Array.isArray(value))
    for (const [index, item] of value.entries()) found.push({ parent: value, key: index }, ...slots(item));
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value))
      found.push({ parent: value as Record<string, unknown>, key }, ...slots(item));
  return found;
}

const present = sharedPresent(CORPUS, "mutation robustness");

describe.skipIf(!present)("documents broken at random (property-based, fixed seeds)", () => {
  const dir = makeTempDir("mutants");
  afterAll(() => removeDir(dir));

  it("either generate or are refused with every problem located: never a crash, never openapi-typescript's own error", async () => {
    const failures: string[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const next = sequence(run * 7919 + 1);
      const source = SOURCES[run % SOURCES.length] ?? "";
      const document = parse(readFileSync(path.join(CORPUS, source), "utf8")) as unknown;
      const all = slots(document);
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits -= 1) {
        const slot = all[Math.floor(next() * all.length)];
        if (slot !== undefined)
          (slot.parent as Record<string | number, unknown>)[slot.key] = structuredClone(
            REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)],
          );
      }
      // Beside a copy of the file the 3.x documents $ref, so only the edits can break them.
      writeFileSync(
        path.join(dir, "external-shared.json"),
        readFileSync(path.join(CORPUS, "heyapi/3.1.x/external-shared.json")),
      );
      const file = path.join(dir, `mutant-${run}.json`);
      writeFileSync(file, JSON.stringify(document));
      try {
        await renderSpec({ specPath: file });
      } catch (error) {
        if (!(error instanceof SpecError)) failures.push(`${source} run ${run}: crash: ${String(error)}`);
        else if (
          error.problems.some((problem) => problem.location.line === undefined && problem.message !== "file not found")
        )
          failures.push(`${source} run ${run}: unlocated: ${error.message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
