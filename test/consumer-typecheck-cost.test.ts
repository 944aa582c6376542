import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { generatePackage } from "./support/generated-package.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

// What a consumer's type-check with `skipLibCheck` off pays for the generated package (#30), beside
// the same call written against openapi-typescript's types with openapi-fetch: the declaration files
// each entry loads, and the checker's type and instantiation counts (deterministic, unlike its time;
// `npm run bench -- scale` times the upstream document).
const NAME = "launchdarkly-experiments-client";
const CALL =
  '{ params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { instructions: [] } }';
const CONSUMERS = {
  createClient: `import { createClient } from "${NAME}";
const client = createClient({ token: "t" });
export async function key(): Promise<string> {
  const result = await client.patchExperiment(${CALL});
  return result.status === 200 ? result.data.key : "";
}
`,
  operations: `import { createTransport, patchExperiment } from "${NAME}/operations";
const transport = createTransport({ token: "t" });
export async function key(): Promise<string> {
  const result = await patchExperiment(transport, ${CALL});
  return result.status === 200 ? result.data.key : "";
}
`,
  // openapi-fetch's own Middleware goes into the options and comes back out, typed by the package's copy.
  middleware: `import type { Middleware } from "openapi-fetch";
import { type ClientOptions, createClient } from "${NAME}";
import { createTransport } from "${NAME}/operations";
const logged: Middleware = { onRequest: ({ request, schemaPath }) => new Request(request, { headers: { "x-path": schemaPath } }) };
export const client = createClient({ middleware: [logged] });
export const transport = createTransport({ middleware: [logged] });
export const back: readonly Middleware[] = ({} as ClientOptions).middleware ?? [];
`,
  openapiFetch: `import createClient from "openapi-fetch";
import type { paths } from "./schema.js";
const client = createClient<paths>({ baseUrl: "https://app.launchdarkly.com", headers: { Authorization: "t" } });
export async function key(): Promise<string> {
  const { data } = await client.PATCH("/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}", ${CALL});
  return data?.key ?? "";
}
`,
} as const;

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  types: [],
};

interface CheckCost {
  readonly diagnostics: readonly string[];
  /** The declaration files the consumer loads, outside TypeScript's own lib files. */
  readonly files: readonly string[];
  readonly types: number;
  readonly instantiations: number;
}

/** A consumer project with the package at `packageDir` linked, openapi-fetch, and openapi-typescript's `schema.ts` of the same document. */
function consumerProject(packageDir: string): string {
  const dir = makeTempDir("consumer-typecheck-cost");
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(packageDir, path.join(dir, "node_modules", NAME), "dir");
  symlinkSync(path.join(REPO_ROOT, "node_modules", "openapi-fetch"), path.join(dir, "node_modules", "openapi-fetch"));
  copyFileSync(path.join(packageDir, "src", "schema.ts"), path.join(dir, "schema.ts"));
  for (const [name, source] of Object.entries(CONSUMERS)) writeFileSync(path.join(dir, `${name}.ts`), source);
  return dir;
}

function checkCost(dir: string, consumer: keyof typeof CONSUMERS): CheckCost {
  const program = ts.createProgram({ rootNames: [path.join(dir, `${consumer}.ts`)], options: OPTIONS });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  return {
    diagnostics,
    files: program
      .getSourceFiles()
      .map((file) => file.fileName)
      .filter((file) => !program.isSourceFileDefaultLibrary(program.getSourceFile(file) as ts.SourceFile)),
    types: program.getTypeCount(),
    instantiations: program.getInstantiationCount(),
  };
}

describe("a consumer's type-check with skipLibCheck off", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  it("takes openapi-fetch's Middleware objects in createClient's and createTransport's options, and gives them back", async () => {
    const generated = await generatePackage(path.join(REPO_ROOT, "spec", "openapi.yaml"), "typecheck-cost");
    dirs.push(generated.dir);
    const dir = consumerProject(generated.dir);
    dirs.push(dir);
    expect(checkCost(dir, "middleware").diagnostics).toEqual([]);
  });

  it("loads no declarations of openapi-fetch or its helpers through either entry, and costs less than openapi-fetch's", async () => {
    const generated = await generatePackage(path.join(REPO_ROOT, "spec", "openapi.yaml"), "typecheck-cost");
    dirs.push(generated.dir);
    const dir = consumerProject(generated.dir);
    dirs.push(dir);
    const baseline = checkCost(dir, "openapiFetch");
    expect(baseline.diagnostics).toEqual([]);
    for (const consumer of ["createClient", "operations"] as const) {
      const cost = checkCost(dir, consumer);
      expect(cost.diagnostics).toEqual([]);
      expect(cost.files.filter((file) => /openapi-fetch|openapi-typescript-helpers/.test(file))).toEqual([]);
      // Were 1.03x the types and 0.99x the instantiations, with openapi-fetch's declarations loaded
      // and a `RequiredKeys` per key of every request; now about 0.5x and 0.04x.
      expect(cost.types).toBeLessThan(baseline.types * 0.75);
      expect(cost.instantiations).toBeLessThan(baseline.instantiations * 0.25);
    }
  });
});
