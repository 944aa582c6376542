// A setup file of every test file: a DeprecationWarning raised in a test process is a stray line in
// `npm test`'s output (a generated client warns about a deprecated operation once per process
// unless given `deprecationWarnings: false` or `onWarning`), so the test it surfaced in fails and
// names it, instead of the line scrolling past.
import { afterEach } from "vitest";

const raised: Error[] = [];
process.on("warning", (warning) => {
  if (warning.name === "DeprecationWarning") raised.push(warning);
});

afterEach(() => {
  const warnings = raised.splice(0);
  if (warnings.length === 0) return;
  const lines = warnings.map((warning) => `  [${(warning as { code?: string }).code ?? "no code"}] ${warning.message}`);
  throw new Error(
    `a DeprecationWarning was printed during this test:\n${lines.join("\n")}\nGive a generated client deprecationWarnings: false (or onWarning, to check it), or stop using the deprecated API.`,
  );
});
