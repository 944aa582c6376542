import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/temp-dirs.js";

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: path.join(REPO_ROOT, "test"), loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    minify: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("the fixtures entry", () => {
  it("is absent from the bundle of a consumer that only imports the client", async () => {
    const clientOnly = await bundle(
      'import { createClient } from "../generated/dist/index.js";\nconsole.log(createClient);',
    );
    expect(clientOnly).toContain("createClient");
    expect(clientOnly).not.toMatch(/buildFixture|buildIterationRep|stringForPattern|0xdeadbeef/);
    const withFixtures = await bundle(
      'import { buildIterationRep } from "../generated/dist/fixtures.js";\nconsole.log(buildIterationRep());',
    );
    expect(withFixtures).toMatch(/buildFixture/);
  });

  it("neither it nor the client entry pulls in msw or the mock core: only ./msw does", async () => {
    const clientOnly = await bundle(
      'import { createClient } from "../generated/dist/index.js";\nconsole.log(createClient);',
    );
    const fixtures = await bundle(
      'import { fixtureFor } from "../generated/dist/fixtures.js";\nconsole.log(fixtureFor("patchExperiment"));',
    );
    for (const text of [clientOnly, fixtures]) expect(text).not.toMatch(/from "msw"|createMockCore|HttpResponse/);
    const msw = await build({
      stdin: {
        contents: 'export * from "../generated/dist/msw.js";',
        resolveDir: path.join(REPO_ROOT, "test"),
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      external: ["msw"],
      logLevel: "silent",
    });
    expect(msw.outputFiles[0]?.text ?? "").toMatch(/from "msw"[\s\S]*createMockCore/);
  });
});
