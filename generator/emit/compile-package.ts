import { codeStamp, NO_CACHE, stepKey, type StepCache } from "../cache/step-cache.js";
import { loadTypeScript, packageVersion } from "../require-package.js";

type TypeScript = ReturnType<typeof loadTypeScript>;

function compileOne(ts: TypeScript, file: string, text: string): { js: string; dts: string } {
  const compilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    declaration: true,
    isolatedDeclarations: true,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
  };
  const js = ts.transpileModule(text, { compilerOptions, fileName: file, reportDiagnostics: false });
  const dts = ts.transpileDeclaration(text, { compilerOptions, fileName: file, reportDiagnostics: true });
  const problems = dts.diagnostics ?? [];
  if (problems.length > 0) {
    const detail = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("; ");
    throw new Error(`internal error: cannot emit declarations for ${file}: ${detail}`);
  }
  return { js: js.outputText, dts: dts.outputText };
}

/**
 * Compiles the generated `src/*.ts` into `dist/*.js` and `dist/*.d.ts`, file by file: the sources
 * are written to satisfy `isolatedDeclarations`, so no type-checking program is needed here.
 */
export async function compileSources(sources: ReadonlyMap<string, string>, cache: StepCache = NO_CACHE): Promise<Map<string, string>> {
  let ts: TypeScript | undefined; // loaded on the first cache miss only
  const stamp = [codeStamp(import.meta.url), packageVersion("typescript")];
  const output = new Map<string, string>();
  for (const [file, text] of sources) {
    if (!file.startsWith("src/") || !file.endsWith(".ts")) continue;
    const base = `dist/${file.slice("src/".length, -".ts".length)}`; // src/fixtures/x.ts → dist/fixtures/x
    const compiled = await cache.through(stepKey("compile", ...stamp, file, text), () => JSON.stringify(compileOne((ts ??= loadTypeScript()), file, text)));
    const { js, dts } = JSON.parse(compiled) as { js: string; dts: string };
    output.set(`${base}.js`, js);
    output.set(`${base}.d.ts`, dts);
  }
  return output;
}
