import { codeStamp, NO_CACHE, type StepCache, stepKey } from "../cache/step-cache.js";
import { loadOxcTransform, packageVersion } from "../require-package.js";

type Oxc = ReturnType<typeof loadOxcTransform>;

interface Compiled {
  readonly js: string;
  readonly dts: string;
}

/**
 * One source file to `.js` and `.d.ts` with Oxc: the generated sources are written to satisfy
 * `isolatedDeclarations`, so each file compiles on its own, without a TypeScript program. One
 * parse gives both (`typescript.declaration`; two calls parsed each file twice, and held both
 * parses at once). Oxc's asynchronous calls run on libuv's thread pool, so files compile in
 * parallel with each other and with whatever the main thread does meanwhile.
 */
async function compileOne(oxc: Oxc, file: string, text: string): Promise<Compiled> {
  const result = await oxc.transform(file, text, {
    target: "es2022",
    sourceType: "module",
    typescript: { declaration: { stripInternal: false } },
  });
  if (result.errors.length > 0) {
    throw new Error(
      `internal error: cannot compile ${file}: ${result.errors.map((problem) => problem.message).join("; ")}`,
    );
  }
  return { js: result.code, dts: result.declaration ?? "" };
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
  const compile = (file: string, text: string): Promise<Compiled> => {
    oxc ??= loadOxcTransform();
    return compileOne(oxc, file, text);
  };
  // Without a cache, no round trip through JSON (a copy of every output, twice).
  const results = await Promise.all(
    files.map(async ([file, text]) =>
      cache === NO_CACHE
        ? compile(file, text)
        : (JSON.parse(
            await cache.through(
              () => stepKey("compile", ...stamp(), file, text),
              async () => JSON.stringify(await compile(file, text)),
            ),
          ) as Compiled),
    ),
  );
  const output = new Map<string, string>();
  files.forEach(([file], index) => {
    const base = `dist/${file.slice("src/".length, -".ts".length)}`; // src/fixtures/x.ts → dist/fixtures/x
    const { js, dts } = results[index] ?? { js: "", dts: "" };
    output.set(`${base}.js`, js);
    output.set(`${base}.d.ts`, dts);
  });
  return output;
}
