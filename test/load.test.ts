import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpecError, type SpecProblem } from "../generator/errors.js";
import { loadSpec } from "../generator/load/load-spec.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

let dir: string;
beforeAll(() => {
  dir = makeTempDir("load");
});
afterAll(() => removeDir(dir));

function problemsOf(run: () => unknown): SpecProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SpecError) return [...error.problems];
    throw error;
  }
  throw new Error("expected a SpecError");
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe("loadSpec: bundling", () => {
  it("hoists refs into other files into components, keeping recursion finite and names unique", () => {
    const spec = loadSpec("test/specs/multi-file/openapi.yaml");
    const schemas = (spec.document.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas)).toEqual(["Leaf", "Tree", "Leaf2"]);
    expect(schemas.Tree).toMatchObject({
      properties: { children: { items: { $ref: "#/components/schemas/Tree" } }, leaf: { $ref: "#/components/schemas/Leaf2" } },
    });
    expect(spec.files.map((file) => path.basename(file))).toEqual(["openapi.yaml", "parameters.yaml", "tree.yaml"]);
  });

  it("reports problems in a referenced file at that file's line", () => {
    const broken = write("multi/main.yaml", 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /x:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: "./other.yaml#/components/schemas/Bad"\n');
    write("multi/other.yaml", "components:\n  schemas:\n    Bad:\n      type: object\n      properties:\n        a:\n          type: strng\n");
    const [problem] = problemsOf(() => loadSpec(broken));
    expect(problem?.location).toMatchObject({ file: expect.stringMatching(/other\.yaml$/), line: 7, column: 17 });
    expect(problem?.message).toContain('unknown type "strng"');
  });

  it("reports an unreadable referenced file at the $ref", () => {
    const file = write("missing-ref.yaml", 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: "./nope.yaml#/components/schemas/A"\n');
    const problems = problemsOf(() => loadSpec(file));
    expect(problems[0]).toMatchObject({ message: '$ref to "./nope.yaml" cannot be read', location: { line: 7, column: 13 } });
    expect(problems[1]?.message).toBe("file not found");
  });

  it("keeps a schema named __proto__ as data, never as a prototype", () => {
    const file = write("proto.yaml", 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    __proto__:\n      type: object\n      properties:\n        polluted: {type: string}\n');
    const spec = loadSpec(file);
    const schemas = (spec.document.components as { schemas: object }).schemas;
    expect(Object.hasOwn(schemas, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(schemas)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("loadSpec: every problem at once, with a location", () => {
  it("lists all problems of a document in reading order", () => {
    const problems = problemsOf(() => loadSpec("test/specs/broken/duplicate-operation-id.yaml"));
    expect(problems.map((p) => [p.location.line, p.location.pointer, p.message])).toEqual([
      [14, "/paths/~1b~1{id}/get", 'path parameter "{id}" of "/b/{id}" is not declared in `parameters`'],
      [14, "/paths/~1b~1{id}/get/operationId", 'duplicate operationId "fetchThing" (first used at #/paths/~1a/get/operationId)'],
      [19, "/paths/~1b~1{id}/post", 'path parameter "{id}" of "/b/{id}" is not declared in `parameters`'],
      [22, "/paths/~1b~1{id}/post/parameters/0/in", "a parameter's `in` must be one of query, header, path, cookie"],
    ]);
  });

  it.each([
    ["an empty file", "empty.yaml", "", "file is empty"],
    ["a JSON syntax error", "bad.json", '{ "openapi": "3.1.0",, }', "cannot parse JSON"],
    ["a duplicate key", "dup.yaml", "openapi: 3.1.0\nopenapi: 3.0.0\n", "cannot parse YAML: Map keys must be unique"],
    ["an unsupported version", "v4.yaml", 'openapi: 4.0.0\ninfo: {title: t, version: "1"}\n', 'unsupported OpenAPI version "4.0.0"'],
    ["a top-level list", "list.yaml", "- a\n- b\n", "not an OpenAPI document: expected a mapping"],
  ])("rejects %s", (_label, name, text, message) => {
    const file = write(name, text);
    const problems = problemsOf(() => loadSpec(file));
    expect(problems[0]?.message).toContain(message);
    expect(problems[0]?.location.file).toMatch(new RegExp(`${name.replace(".", "\\.")}$`));
  });

  it("rejects a directory and a missing file by name", () => {
    expect(problemsOf(() => loadSpec(dir))[0]?.message).toBe("is a directory, not an OpenAPI document");
    expect(problemsOf(() => loadSpec(path.join(dir, "absent.yaml")))[0]?.message).toBe("file not found");
  });
});
