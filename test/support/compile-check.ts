import { transformSync } from "esbuild";
import { compileSchema } from "../../generator/emit/validators/compile-node.js";
import { type Direction, ValidatorProgram } from "../../generator/emit/validators/validator-program.js";
import * as rules from "../../templates/validators/rules.js";
import type { Check } from "../../templates/validators/standard.js";
import * as standard from "../../templates/validators/standard.js";

/**
 * The generator's compiled checks of `roots` (against the component table `components`), as
 * functions in this process: the same code validators.ts holds, stripped of its types by esbuild,
 * with the shared rules handed in where the module would import them.
 */
export function compileChecks(
  components: Readonly<Record<string, unknown>>,
  roots: Readonly<Record<string, unknown>>,
  openapi30: boolean,
  direction: Direction = "any",
): Record<string, Check> {
  const program = new ValidatorProgram(components, openapi30, compileSchema);
  const entries = Object.entries(roots).map(
    ([key, schema]) => [key, program.schemaFunction(schema, direction)] as const,
  );
  const code = program.render();
  const table = `{ ${entries.map(([key, name]) => `${JSON.stringify(key)}: ${name}`).join(", ")} }`;
  const js = transformSync(
    `type $Issue = { message: string; path: readonly PropertyKey[] };\nfunction $make() {\n${code}\nreturn ${table};\n}`,
    { loader: "ts" },
  ).code;
  const helpers = [...program.imports].map((name) => {
    const value = (rules as Record<string, unknown>)[name] ?? (standard as Record<string, unknown>)[name];
    if (value === undefined) throw new Error(`no helper ${name}`);
    return [`$${name}`, value] as const;
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is the generator's own output, as a generated module would run it
  const make = new Function(...helpers.map(([name]) => name), `${js}\nreturn $make();`) as (
    ...values: unknown[]
  ) => Record<string, Check>;
  return make(...helpers.map(([, value]) => value));
}

/** A compiled check's verdict, and its issues when collecting. */
export function verdict(check: Check, value: unknown): { valid: boolean; issues: standard.ValidationIssue[] } {
  if (check(value, [], null)) return { valid: true, issues: [] };
  return { valid: false, issues: standard.issuesOf(check, value) };
}
