import ts from "typescript";
import { describe, expect, it } from "vitest";
import { DeclarationExports } from "../generator/emit/declaration-exports.js";
import { renderSurface } from "../generator/emit/render-surface.js";
import { loadTypeScript } from "../generator/require-package.js";

/** What a real TypeScript program says each name of `entry` is declared as: file and start of each declaration. */
function exportsByChecker(files: ReadonlyMap<string, string>, entry: string): Record<string, string[]> {
  const root = "/package/";
  const absolute = new Map([...files].map(([name, text]) => [root + name, text]));
  const host = ts.createCompilerHost({ noLib: true });
  host.getSourceFile = (name, version) =>
    absolute.has(name)
      ? ts.createSourceFile(name.slice(root.length), absolute.get(name) ?? "", version, true)
      : undefined;
  host.fileExists = (name) => absolute.has(name);
  host.readFile = (name) => absolute.get(name);
  host.getCurrentDirectory = () => root;
  host.directoryExists = (name) => [...absolute.keys()].some((file) => file.startsWith(`${name}/`));
  host.realpath = (name) => name;
  const options = {
    noLib: true,
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  };
  const program = ts.createProgram([...absolute.keys()], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(root + entry);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  const result: Record<string, string[]> = {};
  for (const symbol of module === undefined ? [] : checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    result[symbol.name] = (target.declarations ?? []).map(
      (node) => `${node.getSourceFile().fileName.replace(root, "")}@${node.getStart()}`,
    );
  }
  return result;
}

function exportsByReader(files: ReadonlyMap<string, string>, entry: string): Record<string, string[]> {
  const reader = new DeclarationExports(loadTypeScript(), files);
  return Object.fromEntries(
    [...reader.of(entry)].map(([name, declarations]) => [
      name,
      declarations.map((declaration) =>
        "node" in declaration
          ? `${declaration.source.fileName}@${declaration.node.getStart(declaration.source)}`
          : `prepared ${declaration.name}`,
      ),
    ]),
  );
}

const PACKAGE = new Map([
  [
    "dist/index.d.ts",
    [
      'export { createClient, DEFAULT_BASE_URL as BASE } from "./client.js";',
      'export type { Client } from "./client.js";',
      'export * from "./types.js";',
      'export * from "./cycle.js";',
      'export type { Middleware } from "openapi-fetch";',
      "export interface Shadowed { own: true }",
      'import { type Helper } from "./runtime/helper.js";',
      "export { Helper, local as renamed };",
      "declare function local(): void;",
      "export declare function overloaded(a: string): string;",
      "export declare function overloaded(a: number): number;",
    ].join("\n"),
  ],
  [
    "dist/client.d.ts",
    'export declare const DEFAULT_BASE_URL = "https://x.test";\nexport declare function createClient(): Client;\nexport interface Client { get(): void }\nexport interface Client { post(): void }',
  ],
  [
    "dist/types.d.ts",
    "export type A = string;\nexport interface Shadowed { other: true }\nexport declare const one: 1, two: 2;\nexport default A;",
  ],
  ["dist/cycle.d.ts", 'export * from "./index.js";\nexport type FromCycle = 1;'],
  ["dist/runtime/helper.d.ts", "export declare class Helper { run(): void }"],
]);

describe("DeclarationExports: what each declaration file exports", () => {
  it("names the same declarations as TypeScript's checker, through re-exports, imports, `export *` cycles and merges", () => {
    for (const entry of ["dist/index.d.ts", "dist/types.d.ts", "dist/cycle.d.ts"]) {
      const expected = exportsByChecker(PACKAGE, entry);
      expect(exportsByReader(PACKAGE, entry)).toEqual(expected);
    }
    // The case list means something: every form above is in the answer.
    expect(Object.keys(exportsByChecker(PACKAGE, "dist/index.d.ts")).sort()).toEqual([
      "A",
      "BASE",
      "Client",
      "FromCycle",
      "Helper",
      "Middleware",
      "Shadowed",
      "createClient",
      "one",
      "overloaded",
      "renamed",
      "two",
    ]);
  });
});

describe("renderSurface: deprecation as TypeScript reads JSDoc", () => {
  const comments = [
    "/** @deprecated use B */",
    "/**\n * Text.\n * @deprecated\n */",
    "/**\n * @description @deprecated Always uses stretch.\n */",
    "/** mail me at x@deprecated.test */",
    "/* @deprecated, but not JSDoc */",
    "// @deprecated line comment",
    "/** first */\n/** @deprecated second */",
    "/** @deprecatedSoon */",
    "/** `@deprecated` in code */",
  ];

  it("marks exactly the declarations and members whose JSDoc has a @deprecated tag", async () => {
    const text = comments
      .map(
        (comment, index) =>
          `${comment}\nexport interface I${index} {\n  ${comment.replace(/\n/g, "\n  ")}\n  m: string;\n}`,
      )
      .join("\n");
    const surface = await renderSurface(new Map([["dist/index.d.ts", text]]), "pkg");
    const parsed = ts.createSourceFile("x.d.ts", text, ts.ScriptTarget.Latest, true);
    const tagged = (node: ts.Node): boolean => ts.getJSDocTags(node).some((tag) => tag.tagName.text === "deprecated");
    const expected = parsed.statements
      .filter(ts.isInterfaceDeclaration)
      .flatMap((declaration) => [
        `interface ${declaration.name.text}${tagged(declaration) ? "  @deprecated" : ""}`,
        `  ${declaration.name.text}.m: string${declaration.members[0] !== undefined && tagged(declaration.members[0]) ? "  @deprecated" : ""}`,
      ]);
    expect(surface.split("\n").slice(3, -1)).toEqual(expected);
    expect(expected.filter((line) => line.endsWith("@deprecated")).length).toBeGreaterThanOrEqual(8);
  });
});
