import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  dataLiteral,
  docComment,
  propertyKey,
  singleQuotedLiteral,
  stringLiteral,
} from "../generator/emit/code-text.js";
import { methodIdentifier, typeIdentifier, uniqueNames } from "../generator/model/naming.js";

/** Parses TypeScript text and returns its syntax errors. */
function syntaxErrors(source: string): string[] {
  const file = ts.createSourceFile("x.ts", source, ts.ScriptTarget.ES2022, true);
  return (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  );
}

describe("code-safe text", () => {
  it("stringLiteral round-trips any string as one literal", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const literal = stringLiteral(text);
        const source = `export const value = ${literal};`;
        expect(syntaxErrors(source)).toEqual([]);
        const file = ts.createSourceFile("x.ts", source, ts.ScriptTarget.ES2022);
        const statement = file.statements[0] as ts.VariableStatement;
        const initializer = statement.declarationList.declarations[0]?.initializer as ts.StringLiteral;
        expect(initializer.text).toBe(text);
      }),
    );
  });

  it("docComment cannot be closed early by spec text, and code after it stays code", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" })), fc.string({ unit: "binary" }), (paragraphs, tag) => {
        const source = `${docComment({ paragraphs, tags: [{ name: "see", text: tag }] }, 0)}\nexport const marker = 1;`;
        const file = ts.createSourceFile("x.ts", source, ts.ScriptTarget.ES2022);
        expect(syntaxErrors(source)).toEqual([]);
        expect(file.statements).toHaveLength(1);
      }),
    );
  });

  it("propertyKey makes any name a key of exactly that name, __proto__ included", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("__proto__", "constructor", "class", "1a", "a-b")),
        (name) => {
          const source = `const o = { ${propertyKey(name)}: 1 }; export default o;`;
          expect(syntaxErrors(source)).toEqual([]);
          const object = new Function(`return { ${propertyKey(name)}: 1 };`)() as object;
          expect(Object.keys(object)).toEqual([name]);
          expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
        },
      ),
    );
  });
});

describe("naming", () => {
  it("turns any operationId into a valid method identifier that shadows nothing on Object.prototype", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (operationId) => {
        const name = methodIdentifier(operationId);
        expect(name).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain(name);
      }),
    );
  });

  it("turns any schema name into a PascalCase type identifier clear of the package's own exports", () => {
    const taken = new Set(["Client", "ClientOptions"]);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (schemaName) => {
        const name = typeIdentifier(schemaName, taken);
        expect(name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
        expect(taken.has(name)).toBe(false);
        expect(syntaxErrors(`export type ${name} = string;`)).toEqual([]);
      }),
    );
  });

  it.each([
    ["get-item", "getItem"],
    ["createIteration", "createIteration"],
    ["Get_Item By ID", "getItemByID"],
    ["123go", "op123go"],
    ["constructor", "constructorOperation"],
    ["__proto__", "proto"],
    ["", "operation"],
    ["delete", "delete"],
  ])("methodIdentifier(%j) is %j", (input, expected) => {
    expect(methodIdentifier(input)).toBe(expected);
  });

  it("resolves collisions after camel-casing deterministically, in input order", () => {
    expect(uniqueNames(["getItem", "getItem", "getItem2", "getItem"])).toEqual([
      "getItem",
      "getItem2",
      "getItem22",
      "getItem3",
    ]);
  });
});

describe("data literals", () => {
  it("a single-quoted literal parses back to its text, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const literal = singleQuotedLiteral(text);
        expect(syntaxErrors(`export const x = ${literal};`)).toEqual([]);
        expect(new Function(`return ${literal};`)()).toBe(text);
      }),
    );
    expect(singleQuotedLiteral(JSON.stringify({ a: "it's" }))).toBe(`'{"a":"it\\'s"}'`);
  });

  it("a data literal keeps `__proto__` an own key and parses back to the data (property)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(fc.string(), fc.constant("__proto__")),
          fc.oneof(fc.string(), fc.integer(), fc.boolean()),
        ),
        (data) => {
          const literal = dataLiteral(data);
          const value = new Function(`return ${literal};`)() as Record<string, unknown>;
          expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
          expect(Object.keys(value).sort()).toEqual(Object.keys(data).sort());
        },
      ),
    );
  });
});
