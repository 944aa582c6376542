import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/temp-dirs.js";

// What a bundle of the generated package carries, read from esbuild's output (minified, as a
// consumer ships it): one validator brings its schema's closure and no other schema; a call
// through `<pkg>/operations` brings no validator code unless validation is on, and then only the
// validators of the operations it names.

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: path.join(REPO_ROOT, "test"), loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

const CALL =
  '{ params: { path: { projectKey: "p", environmentKey: "e", experimentKey: "x" } }, body: { instructions: [{ kind: "archiveExperiment" }] } }';
// Strings only one schema's checks or JSON Schema hold: CovariateInfoRep's `fileName`, IterationInput's `primaryFunnelKey`, StopIterationInstruction's `winningReason`.
const COVARIATE = "fileName";
const ITERATION_INPUT = "primaryFunnelKey";
const PATCH_BODY = "winningReason";

describe("what a bundle of validators carries", () => {
  it("one component validator: its checks, the schemas it reaches, the rules they name; no other schema", async () => {
    const code = await bundle(
      `import { CovariateInfoRep } from "../generated/dist/validators.js";\nexport const r = CovariateInfoRep["~standard"].validate(globalThis.value);\n`,
    );
    expect(code).toContain(COVARIATE);
    expect(code).toContain("must be a valid uuid (format)");
    expect(code).not.toContain(ITERATION_INPUT);
    expect(code).not.toContain(PATCH_BODY);
    // Formats its schema does not name stay out (the URI expression is the largest).
    expect(code).not.toContain("json-pointer");
    expect(code).not.toContain("[Vv][0-9a-f]+");
  });

  it("a call through <pkg>/operations without validation: no validator code at all", async () => {
    const code = await bundle(
      `import { createTransport, patchExperiment } from "../generated/dist/operations.js";\nexport const r = patchExperiment(createTransport({ token: "t" }), ${CALL});\n`,
    );
    expect(code).not.toContain("~standard");
    expect(code).not.toContain("must be one of");
    expect(code).not.toContain(PATCH_BODY);
    expect(code).not.toContain("invalid_response");
  });

  it("with validation on, only the validators of the operation named", async () => {
    const code = await bundle(
      `import { createTransport, patchExperiment, validation } from "../generated/dist/operations.js";\nimport { patchExperimentValidators } from "../generated/dist/validators.js";\n` +
        `const transport = createTransport({ token: "t", validate: { with: { patchExperiment: patchExperimentValidators } } }, validation);\nexport const r = patchExperiment(transport, ${CALL});\n`,
    );
    expect(code).toContain("~standard");
    expect(code).toContain(PATCH_BODY);
    expect(code).toContain("invalid_response");
    // createIteration's request body (IterationInput) is another operation's: not carried.
    expect(code).not.toContain(ITERATION_INPUT);
    // …as it is when the transport is given every operation's validators (the probe can fail).
    const every = await bundle(
      `import { operationValidators } from "../generated/dist/validators.js";\nexport const r = operationValidators;\n`,
    );
    expect(every).toContain(ITERATION_INPUT);
  });
});
