// `types` beyond openapi-typescript: OpenAPI 3.2 (QUERY, additionalOperations, querystring,
// itemSchema) and Swagger 2.0, read by this repository's loader. The types compile under strict,
// with openapi-fetch's createClient<paths>(), and keep 3.2's operations in their path items.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { FLAG_SETS, typecheck } from "./support/typecheck.js";

const SPECS = {
  streams: "test/specs/oas32/streams.yaml",
  auth: "test/specs/oas32/auth.yaml",
  multi: "test/specs/oas32/multi/openapi.yaml",
  self: "test/specs/oas32/self/openapi.yaml",
  tuples: "test/specs/swagger/tuples.yaml",
} as const;

const FLAG_ROWS: Record<string, readonly string[]> = {
  defaults: [],
  flags: ["--export-type", "--enum", "--root-types", "--make-paths-enum", "--immutable"],
};

function types(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/codegen.mjs"), "types", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let work: string;
beforeAll(() => {
  work = makeTempDir("types-oas32");
});
afterAll(() => removeDir(work));

describe("types on OpenAPI 3.2 and Swagger 2.0", () => {
  const rows = Object.keys(SPECS).flatMap((spec) => Object.keys(FLAG_ROWS).map((row) => ({ spec, row })));
  it.each(rows)("$spec ($row) compiles with createClient<paths>()", ({ spec, row }) => {
    const out = path.join(work, `${spec}-${row}.ts`);
    const result = types(SPECS[spec as keyof typeof SPECS], "-o", out, ...(FLAG_ROWS[row] ?? []));
    expect(result.stderr).not.toContain("internal error");
    expect(result.status).toBe(0);
    const consumer = path.join(work, `${spec}-${row}.consumer.ts`);
    writeFileSync(
      consumer,
      [
        'import createClient from "openapi-fetch";',
        `import type { paths } from "./${spec}-${row}.js";`,
        'export const client = createClient<paths>({ baseUrl: "http://127.0.0.1" });',
        "",
      ].join("\n"),
    );
    expect(typecheck([out, consumer], FLAG_SETS.strict)).toEqual([]);
  });

  it("keeps QUERY and additional operations in their path items, and a querystring's type", () => {
    const text = readFileSync(path.join(work, "streams-defaults.ts"), "utf8");
    expect(text).toContain('query: operations["searchItems"];');
    expect(text).toContain('purge: operations["purgeCache"];');
    expect(text).not.toContain("oas32-method:");
    const flagged = readFileSync(path.join(work, "streams-flags.ts"), "utf8");
    expect(flagged).toContain("export type paths = {");
    expect(flagged).toContain('readonly query: operations["searchItems"];');
    expect(flagged).not.toContain("oas32-");
  });

  it("says what Swagger 2.0's conversion did, located", () => {
    const result = types(SPECS.tuples, "-o", path.join(work, "tuples-again.ts"));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/tuples\.yaml:\d+:\d+ \(#\/swagger\): a Swagger 2\.0 document: converted/);
  });
});

describe("types --null-safe-with-required", () => {
  const NULLABLE_BASE = [
    "openapi: 3.0.3",
    'info: { title: nullable, version: "1" }',
    "paths: {}",
    "components:",
    "  schemas:",
    "    Base: { type: object, nullable: true, properties: { id: { type: string } } }",
    '    Child: { allOf: [{ $ref: "#/components/schemas/Base" }], required: [id] }',
    "",
  ].join("\n");

  it("fixes openapi-typescript's WithRequired, which fails strict on a nullable object, and only with the flag", () => {
    const spec = path.join(work, "nullable.yaml");
    writeFileSync(spec, NULLABLE_BASE);
    const [plain, fixed] = [[], ["--null-safe-with-required"]].map((flags, index) => {
      const out = path.join(work, `nullable-${index}.ts`);
      expect(types(spec, "-o", out, ...flags).status).toBe(0);
      return typecheck([out], FLAG_SETS.strict);
    });
    expect(plain?.join("\n")).toContain("does not satisfy the constraint");
    expect(fixed).toEqual([]);
  });
});
