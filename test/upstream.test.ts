import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderFromSpec } from "../generator/generate.js";
import { sharedPresent, UPSTREAM } from "./support/shared-files.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";
import { typecheck } from "./support/typecheck.js";

const present = sharedPresent(UPSTREAM, "upstream generation");

describe.skipIf(!present)("the full upstream LaunchDarkly document", () => {
  const dir = makeTempDir("upstream");
  afterAll(() => removeDir(dir));

  it("generates a client with all 348 operations, and the output type-checks under strict", async () => {
    const files = await renderFromSpec({ specPath: UPSTREAM });
    for (const [file, content] of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    const client = files.get("src/client.ts") ?? "";
    expect(client.match(/^ {2}readonly \w+: Runtime.Method</gm)).toHaveLength(348);
    expect(client).toContain(
      "readonly createIteration: Runtime.Method<CreateIterationRequest, CreateIterationResult>;",
    );
    const consumer = path.join(dir, "consumer.ts");
    writeFileSync(
      consumer,
      [
        'import { createClient } from "./dist/index.js";',
        'const client = createClient({ token: "t" });',
        'export const call = client.getFeatureFlag({ params: { path: { projectKey: "p", featureFlagKey: "f" } } });',
      ].join("\n"),
    );
    const sources = [...files.keys()].filter((file) => file.startsWith("src/")).map((file) => path.join(dir, file));
    expect(typecheck([...sources, consumer])).toEqual([]);
  });
});
