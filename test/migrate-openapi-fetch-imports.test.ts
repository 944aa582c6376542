import { describe, expect, it } from "vitest";
import { applyEdits } from "../generator/migrate/call-edits.js";
import { importBindingRemoval, newlyUnusedImportRemovals, unusedImports } from "../generator/migrate/fetch-imports.js";

const morph = await import("ts-morph");

function sourceFile(text: string) {
  return new morph.Project({ useInMemoryFileSystem: true }).createSourceFile("/a.ts", text);
}

/** Each import line with the bindings dropped from it, and the line left (empty: the statement goes). */
const REMOVALS: { name: string; line: string; locals: string[]; left: string }[] = [
  { name: "the only binding", line: 'import createClient from "x";', locals: ["createClient"], left: "" },
  { name: "every binding", line: 'import c, { type A } from "x";', locals: ["c", "A"], left: "" },
  {
    name: "the default before named",
    line: 'import c, { type A } from "x";',
    locals: ["c"],
    left: 'import { type A } from "x";',
  },
  {
    name: "the named after a default",
    line: 'import c, { type A, B } from "x";',
    locals: ["A", "B"],
    left: 'import c from "x";',
  },
  {
    name: "a namespace after a default",
    line: 'import c, * as ns from "x";',
    locals: ["ns"],
    left: 'import c from "x";',
  },
  { name: "the first named", line: 'import { a, b, c } from "x";', locals: ["a"], left: 'import { b, c } from "x";' },
  { name: "a trailing run", line: 'import { a, b, c } from "x";', locals: ["b", "c"], left: 'import { a } from "x";' },
  { name: "both ends", line: 'import { a, b, c } from "x";', locals: ["a", "c"], left: 'import { b } from "x";' },
  {
    name: "an alias by its local name",
    line: 'import { Client as C, b } from "x";',
    locals: ["C"],
    left: 'import { b } from "x";',
  },
  {
    name: "the default and a named",
    line: 'import c, { a, b } from "x";',
    locals: ["c", "b"],
    left: 'import { a } from "x";',
  },
];

describe("migrate --from openapi-fetch: the imports the rewrite leaves unused", () => {
  for (const { name, line, locals, left } of REMOVALS)
    it(`removes ${name}`, () => {
      const file = sourceFile(`${line}\nuse();\n`);
      const declaration = file.getImportDeclarations()[0];
      if (declaration === undefined) throw new Error("no import");
      applyEdits(file, importBindingRemoval(declaration, new Set(locals)));
      expect(file.getFullText()).toBe(left === "" ? "use();\n" : `${left}\nuse();\n`);
    });

  it("finds a binding unused when no other identifier of the file names it", () => {
    const file = sourceFile(
      ['import c, { type A, B as b } from "x";', 'import type { paths } from "y";', "const v: A = c(b);", ""].join(
        "\n",
      ),
    );
    expect([...unusedImports(morph, file)]).toEqual(["y:paths"]);
  });

  it("removes only the bindings the rewrite made unused, not those unused before it", () => {
    const file = sourceFile(
      ['import { unusedBefore } from "u";', 'import type { paths } from "y";', "const c = make<paths>();", ""].join(
        "\n",
      ),
    );
    const before = unusedImports(morph, file);
    applyEdits(file, [
      { start: file.getFullText().indexOf("<paths>"), end: file.getFullText().indexOf("()"), text: "" },
    ]);
    applyEdits(file, newlyUnusedImportRemovals(morph, file, before));
    expect(file.getFullText()).toBe('import { unusedBefore } from "u";\nconst c = make();\n');
  });
});
