import { codeStamp, NO_CACHE, type StepCache, stepKey } from "../cache/step-cache.js";
import { loadOxcTransform, packageVersion } from "../require-package.js";

type Oxc = ReturnType<typeof loadOxcTransform>;

/**
 * One source file to `.js` and `.d.ts` with Oxc: the generated sources are written to satisfy
 * `isolatedDeclarations`, so each file compiles on its own, without a TypeScript program. Oxc's
 * asynchronous calls run on libuv's thread pool, so files compile in parallel with each other and
 * with whatever the main thread does meanwhile (rendering the templates while schema.ts compiles).
 */
async function compileOne(oxc: Oxc, file: string, text: string): Promise<string> {
  const [js, dts] = await Promise.all([
    oxc.transform(file, text, { target: "es2022", sourceType: "module" }),
    oxc.isolatedDeclaration(file, text, { stripInternal: false }),
  ]);
  const problems = [...js.errors, ...dts.errors];
  if (problems.length > 0) {
    throw new Error(`internal error: cannot compile ${file}: ${problems.map((problem) => problem.message).join("; ")}`);
  }
  return JSON.stringify({ js: js.code, dts: dts.code });
}

/**
 * Compiles the generated `src/*.ts` into `dist/*.js` and `dist/*.d.ts`, file by file: the sources
 * are written to satisfy `isolatedDeclarations`, so no type-checking program is needed here. The
 * work starts when this is called; the result is in the sources' order.
 */
export async function compileSources(
  sources: ReadonlyMap<string, string>,
  cache: StepCache = NO_CACHE,
): Promise<Map<string, string>> {
  let oxc: Oxc | undefined; // loaded on the first cache miss only
  const stamp = (): string[] => [codeStamp(import.meta.url), packageVersion("oxc-transform")];
  const files = [...sources].filter(([file]) => file.startsWith("src/") && file.endsWith(".ts"));
  const results = await Promise.all(
    files.map(([file, text]) =>
      cache.through(
        () => stepKey("compile", ...stamp(), file, text),
        () => {
          oxc ??= loadOxcTransform();
          return compileOne(oxc, file, text);
        },
      ),
    ),
  );
  const output = new Map<string, string>();
  files.forEach(([file], index) => {
    const base = `dist/${file.slice("src/".length, -".ts".length)}`; // src/fixtures/x.ts → dist/fixtures/x
    const { js, dts } = JSON.parse(results[index] ?? "") as { js: string; dts: string };
    output.set(`${base}.js`, js);
    output.set(`${base}.d.ts`, dts);
  });
  return output;
}
