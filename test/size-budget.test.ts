import { describe, expect, it } from "vitest";
// The bench's own module, so that the test and `npm run bench -- sizes` measure alike.
import { measureEntrySizes, readBudget } from "../bench/entry-sizes.mjs";

/**
 * The generated runtime under a size budget, as openapi-typescript keeps openapi-fetch under one:
 * bytes from a pinned bundler and gzip are the same on every machine, so this may gate.
 */
describe("the generated package's entries stay within size-budget.json", () => {
  it("measures every budgeted consumer, each at or under its budget", async () => {
    const sizes = await measureEntrySizes();
    const budget = readBudget();
    expect(Object.keys(sizes).sort()).toEqual(Object.keys(budget).sort());
    const over = Object.entries(sizes)
      .filter(([name, { gzip }]) => gzip > (budget[name] ?? 0))
      .map(([name, { gzip }]) => `${name}: ${gzip} B gzip, budget ${budget[name]} B`);
    expect(over, "over budget: shrink it, or raise size-budget.json in a commit that says why").toEqual([]);
  }, 60_000);
});
