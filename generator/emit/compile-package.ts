/**
 * Compiles the generated `src/*.ts` into `dist/*.js` and `dist/*.d.ts`, file by file: the sources
 * are written to satisfy `isolatedDeclarations`, so no type-checking program is needed here.
 */
export async function compileSources(sources: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const { default: ts } = await import("typescript");
  const compilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    declaration: true,
    isolatedDeclarations: true,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
  };
  const output = new Map<string, string>();
  for (const [file, text] of sources) {
    if (!file.startsWith("src/") || !file.endsWith(".ts")) continue;
    const base = `dist/${file.slice("src/".length, -".ts".length)}`; // src/fixtures/x.ts → dist/fixtures/x
    const js = ts.transpileModule(text, { compilerOptions, fileName: file, reportDiagnostics: false });
    const dts = ts.transpileDeclaration(text, { compilerOptions, fileName: file, reportDiagnostics: true });
    const problems = dts.diagnostics ?? [];
    if (problems.length > 0) {
      const detail = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("; ");
      throw new Error(`internal error: cannot emit declarations for ${file}: ${detail}`);
    }
    output.set(`${base}.js`, js.outputText);
    output.set(`${base}.d.ts`, dts.outputText);
  }
  return output;
}
