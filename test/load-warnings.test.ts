import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpecError } from "../generator/errors.js";
import { type LoadedSpec, loadSpec } from "../generator/load/load-spec.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

let dir: string;
beforeAll(() => {
  dir = makeTempDir("load-warnings");
});
afterAll(() => removeDir(dir));

let count = 0;
async function load(text: string, extension = "yaml"): Promise<LoadedSpec> {
  count += 1;
  const file = path.join(dir, `doc-${count}.${extension}`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return loadSpec(file);
}

async function refusal(text: string): Promise<string[]> {
  try {
    await load(text);
  } catch (error) {
    if (error instanceof SpecError)
      return error.problems.map(
        (problem) => `${problem.location.line ?? "?"}:${problem.location.column ?? "?"} ${problem.message}`,
      );
    throw error;
  }
  throw new Error("expected a SpecError");
}

/** Each warning as `line:column message`. */
function warningsOf(spec: LoadedSpec): string[] {
  return spec.warnings.map(
    (warning) => `${warning.location.line ?? "?"}:${warning.location.column ?? "?"} ${warning.message}`,
  );
}

const OK = '      responses:\n        "200": {description: ok}\n';

describe("lint-level rules are warnings: the document is read one clear way and generation goes on", () => {
  it("reads a numeric info.version as written, and a missing title as the file's name", async () => {
    const spec = await load("openapi: 3.0.3\ninfo:\n  version: 1.0\npaths: {}\n");
    expect(warningsOf(spec)).toEqual([
      `2:1 \`info.title\` is missing: read as "doc-${count}" (the file's name)`,
      '3:12 `info.version` 1.0 is a number: read as "1.0"',
    ]);
    expect(spec.document.info).toEqual({ version: "1.0", title: `doc-${count}` });
    expect(spec.warnings.map((warning) => warning.kind)).toEqual(["info", "info"]);
  });

  it("reads a version field written as a YAML number", async () => {
    const spec = await load('openapi: 3.1\ninfo: {title: t, version: "1"}\npaths: {}\n');
    expect(warningsOf(spec)).toEqual(['1:10 openapi 3.1 (a number) read as "3.1.0"']);
    expect(spec.document.openapi).toBe("3.1.0");
  });

  it("reads path parameters that are not declared, declared in the query, or not required, as required path parameters", async () => {
    const text = [
      "openapi: 3.1.0",
      'info: {title: t, version: "1"}',
      "paths:",
      "  /a/{id}/b/{key}/c/{slot}:",
      "    get:",
      "      parameters:",
      "        - {name: key, in: query, schema: {type: integer}}",
      "        - {name: slot, in: path, schema: {type: string}}",
      OK,
    ].join("\n");
    const spec = await load(text);
    expect(warningsOf(spec)).toEqual([
      '5:5 "{id}" of "/a/{id}/b/{key}/c/{slot}" is not declared: read as a required string path parameter',
      '5:5 "{key}" of "/a/{id}/b/{key}/c/{slot}" is declared `in: query`: read as a required path parameter',
      '8:11 path parameter "slot" is not marked `required: true`: read as required',
    ]);
    const operation = (spec.document.paths as Record<string, { get: { parameters: unknown[] } }>)[
      "/a/{id}/b/{key}/c/{slot}"
    ]?.get;
    expect(operation?.parameters).toEqual([
      { name: "slot", in: "path", required: true, schema: { type: "string" } },
      { name: "id", in: "path", required: true, schema: { type: "string" } },
      { name: "key", in: "path", required: true, schema: { type: "integer" } },
    ]);
  });

  it("ignores unknown schema types, or reads a clear alias, and keeps the rest of the schema", async () => {
    const text =
      'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: invalid, minLength: 2}\n    B: {type: int}\n    C:\n      type: object\n      properties:\n        name: {type: string, required: true}\n';
    const spec = await load(text);
    expect(warningsOf(spec)).toEqual([
      '6:15 unknown type "invalid" (expected string, number, integer, boolean, array, object, null): ignored: the schema allows any type',
      '7:15 unknown type "int" (expected string, number, integer, boolean, array, object, null): read as "integer"',
      '11:40 `required: true` on property "name": read as "name" being required by the object',
    ]);
    expect((spec.document.components as { schemas: unknown }).schemas).toEqual({
      A: { minLength: 2 },
      B: { type: "integer" },
      C: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
    });
  });

  it("leaves out a path parameter its path has no {name} for, from the list that declares it, once however many operations share it", async () => {
    const text = [
      "openapi: 3.0.3",
      'info: {title: t, version: "1"}',
      "paths:",
      "  /things/{thingId}:",
      "    parameters:",
      "      - {name: thingId, in: path, required: true, schema: {type: string}}",
      '      - $ref: "#/components/parameters/Id"',
      "    get:",
      '      responses: {"200": {description: ok}}',
      "    delete:",
      '      responses: {"204": {description: gone}}',
      "  /items/{id}:",
      "    get:",
      "      parameters:",
      '        - $ref: "#/components/parameters/Id"',
      '      responses: {"200": {description: ok}}',
      "components:",
      "  parameters:",
      "    Id: {name: id, in: path, required: true, schema: {type: string}}",
      "",
    ].join("\n");
    const spec = await load(text);
    expect(warningsOf(spec)).toEqual([
      '7:9 path parameter "id" names no "{id}" of "/things/{thingId}": no request can carry it, so it is left out',
    ]);
    const paths = spec.document.paths as Record<string, { parameters?: unknown[]; get: { parameters?: unknown[] } }>;
    expect(paths["/things/{thingId}"]?.parameters).toEqual([
      { name: "thingId", in: "path", required: true, schema: { type: "string" } },
    ]);
    // The shared component still serves the path that has an {id}.
    expect(paths["/items/{id}"]?.get.parameters).toEqual([{ $ref: "#/components/parameters/Id" }]);
  });

  it("warns of a oneOf that lists the same $ref twice (hey-api's ExternalUnionSchema) and reads it as written; inline twins are left to the fixtures' warning", async () => {
    const text = [
      "openapi: 3.0.3",
      'info: {title: t, version: "1"}',
      "paths: {}",
      "components:",
      "  schemas:",
      "    A: {type: object, properties: {id: {type: string}}}",
      "    B: {type: object, required: [uuid], properties: {uuid: {type: string}}}",
      "    U:",
      "      oneOf:",
      '        - $ref: "#/components/schemas/A"',
      '        - $ref: "#/components/schemas/A"',
      '        - $ref: "#/components/schemas/B"',
      "        - {type: integer}",
      '        - $ref: "#/components/schemas/B"',
      "        - {type: integer}",
      "",
    ].join("\n");
    const spec = await load(text);
    expect(warningsOf(spec)).toEqual([
      '11:11 `oneOf` lists $ref "#/components/schemas/A" again (as branch 0): every value it names matches both entries, never exactly one; list it once, or write `anyOf`',
      '14:11 `oneOf` lists $ref "#/components/schemas/B" again (as branch 2): every value it names matches both entries, never exactly one; list it once, or write `anyOf`',
    ]);
    expect((spec.document.components as { schemas: { U: unknown } }).schemas.U).toEqual({
      oneOf: [
        { $ref: "#/components/schemas/A" },
        { $ref: "#/components/schemas/A" },
        { $ref: "#/components/schemas/B" },
        { type: "integer" },
        { $ref: "#/components/schemas/B" },
        { type: "integer" },
      ],
    });
  });

  it("reads a path without its leading slash, an operationId written as a number, and an empty operation", async () => {
    const text = `openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  items:\n    get:\n      operationId: 123\n${OK}    post:\n`;
    const spec = await load(text);
    expect(warningsOf(spec)).toEqual([
      '4:3 path "items" does not start with "/": read as "/items"',
      '6:20 `operationId` 123 is a number: read as "123"',
      "9:10 `post` is empty: there is no such operation",
    ]);
    expect(spec.document.paths).toEqual({
      "/items": { get: { operationId: "123", responses: { "200": { description: "ok" } } } },
    });
  });
});

describe("what leaves no correct client is refused, each problem located", () => {
  it("renames a duplicate operationId with a located warning, and refuses it under --strict", async () => {
    const text = `openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      operationId: same\n${OK}  /b:\n    get:\n      operationId: same\n${OK}`;
    const spec = await load(text);
    expect(warningsOf(spec)).toEqual([
      '11:20 operationId "same" is used again (first at #/paths/~1a/get/operationId): read as "same_2", so this operation\'s method and types are named after that',
    ]);
    expect(
      (spec.document.paths as Record<string, Record<string, { operationId: string }>>)["/b"]?.get?.operationId,
    ).toBe("same_2");
  });

  it("refuses a local $ref that resolves to nothing", async () => {
    const text =
      'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: "#/components/schemas/Missing"}\n';
    expect(await refusal(text)).toEqual([
      '6:15 unresolved $ref "#/components/schemas/Missing": nothing at #/components/schemas/Missing',
    ]);
  });

  it("takes a property named `$ref` for a name, and refuses a `$ref` that is not a string", async () => {
    const named = await load(
      'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Member:\n      type: object\n      properties:\n        $ref: {type: string}\n',
    );
    expect(named.warnings).toEqual([]);
    expect(
      await refusal(
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 7}\n',
      ),
    ).toEqual(["6:15 `$ref` must be a string, not 7"]);
  });

  it("refuses servers without a url, and parameters without a name or a known location", async () => {
    const text = `openapi: 3.1.0\ninfo: {title: t, version: "1"}\nservers:\n  - description: no url\npaths:\n  /a:\n    get:\n      parameters:\n        - {in: query}\n        - {name: b, in: body}\n${OK}`;
    expect(await refusal(text)).toEqual([
      "4:5 a server needs a `url` string",
      "9:11 a parameter needs a `name`",
      '10:25 parameter "b": `in` must be one of query, header, path, cookie',
    ]);
  });

  it("refuses what is not an OpenAPI document, and an unsupported version", async () => {
    expect(await refusal("title: a README\n")).toEqual([
      "1:1 not an OpenAPI document: the `openapi` version field is missing",
    ]);
    expect(await refusal('swagger: "1.2"\n')).toEqual(['1:10 unsupported Swagger version "1.2": expected 2.0']);
  });
});

describe("Swagger 2.0", () => {
  it("is converted to OpenAPI 3.0 with swagger2openapi, with a warning, and problems are located in the Swagger file", async () => {
    const text = [
      "swagger: 2.0",
      "info: {title: Pets, version: 1}",
      "host: pets.example.test",
      "basePath: /v1",
      "paths:",
      "  /pets/{id}:",
      "    get:",
      "      operationId: getPet",
      "      produces: [application/json]",
      "      responses:",
      "        200:",
      "          description: ok",
      "          schema: {$ref: '#/definitions/Pet'}",
      "definitions:",
      "  Pet:",
      "    type: object",
      "    properties:",
      "      name: {type: strng}",
      "",
    ].join("\n");
    const spec = await load(text);
    expect(warningsOf(spec)).toEqual([
      '1:10 swagger 2.0 (a number) read as "2.0"',
      // The converter reads `version: 1` as "1" itself (its one fix).
      "1:10 a Swagger 2.0 document: converted to OpenAPI 3.0.0 with swagger2openapi (it fixed 1 small error of the document on the way)",
      '7:5 "{id}" of "/pets/{id}" is not declared: read as a required string path parameter',
      '18:20 unknown type "strng" (expected string, number, integer, boolean, array, object, null): ignored: the schema allows any type',
    ]);
    expect(spec.document).toMatchObject({
      openapi: "3.0.0",
      servers: [{ url: "//pets.example.test/v1" }],
      paths: {
        "/pets/{id}": {
          get: {
            responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } },
          },
        },
      },
      components: { schemas: { Pet: { type: "object", properties: { name: {} } } } },
    });
  });

  it("renames a Swagger 2.0 document's duplicate operationId, like any other", async () => {
    const text =
      "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {operationId: x, responses: {200: {description: ok}}}\n    post: {operationId: x, responses: {200: {description: ok}}}\n";
    expect(warningsOf(await load(text))).toContain(
      '6:25 operationId "x" is used again (first at #/paths/~1a/get/operationId): read as "x_2", so this operation\'s method and types are named after that',
    );
  });
});
