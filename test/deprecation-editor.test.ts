import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/temp-dirs.js";
import { STRICT_OPTIONS } from "./support/typecheck.js";

const CONSUMER = path.join(REPO_ROOT, "test", "virtual-consumer.ts");
const SOURCE = `import { createClient } from "../generated/dist/index.js";
const client = createClient({ token: "t" });
const path = { projectKey: "p", environmentKey: "e", experimentKey: "x" };
void client.createIteration({ params: { path }, body: { hypothesis: "h", metrics: [], treatments: [], flags: {} } });
void client.patchExperiment({ params: { path }, body: { instructions: [{ kind: "archiveExperiment" }] } });
`;

/** A language service over one in-memory file, as an editor would run it. */
function suggestionDiagnostics(): ts.DiagnosticWithLocation[] {
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => STRICT_OPTIONS,
    getScriptFileNames: () => [CONSUMER],
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => {
      if (file === CONSUMER) return ts.ScriptSnapshot.fromString(SOURCE);
      return ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(readFileSync(file, "utf8")) : undefined;
    },
    getCurrentDirectory: () => REPO_ROOT,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (file) => file === CONSUMER || ts.sys.fileExists(file),
    readFile: (file) => (file === CONSUMER ? SOURCE : ts.sys.readFile(file)),
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  expect(
    service.getSemanticDiagnostics(CONSUMER).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
  ).toEqual([]);
  return service.getSuggestionDiagnostics(CONSUMER);
}

describe("deprecation in the editor", () => {
  it("strikes through the deprecated method at its call site, and only it", () => {
    const deprecated = suggestionDiagnostics().filter((d) => d.reportsDeprecated === true);
    expect(deprecated).toHaveLength(1);
    const [diagnostic] = deprecated;
    expect(ts.flattenDiagnosticMessageText(diagnostic?.messageText, "\n")).toBe("'createIteration' is deprecated.");
    const start = diagnostic?.start ?? -1;
    expect(SOURCE.slice(start, start + (diagnostic?.length ?? 0))).toBe("createIteration");
  });

  it("says where to go instead, in the declaration a consumer's editor shows", () => {
    const declarations = readFileSync(path.join(REPO_ROOT, "generated/dist/client.d.ts"), "utf8");
    expect(declarations).toContain(
      "@deprecated Use {@link Client.patchExperiment} (`PATCH /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}`) with the `updateExperimentFields` or `saveAndStartNewIteration` instructions instead.",
    );
    expect(declarations).toContain("@see https://launchdarkly.com/docs/api/experiments/patch-experiment");
  });
});
