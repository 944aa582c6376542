import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpecError } from "../generator/errors.js";
import { type LoadedSpec, loadSpec } from "../generator/load/load-spec.js";
import { buildModel } from "../generator/model/build-model.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

// Reading OpenAPI 3.2: bundling across files through 3.2's new places of `$ref`s, `$self` and
// `$id` as reference bases (the specification's Appendix F), and the located warnings of its new
// fields where a document breaks their rules.

let dir: string;
beforeAll(() => {
  dir = makeTempDir("oas32-load");
});
afterAll(() => removeDir(dir));

let count = 0;
async function load(text: string): Promise<LoadedSpec> {
  count += 1;
  const file = path.join(dir, `doc-${count}.yaml`);
  writeFileSync(file, text);
  return loadSpec(file);
}

function warningsOf(spec: LoadedSpec): string[] {
  return spec.warnings.map(
    (warning) => `${warning.location.line ?? "?"}:${warning.location.column ?? "?"} ${warning.message}`,
  );
}

describe("OpenAPI 3.2 documents load", () => {
  it("bundles $refs to another file from additionalOperations, query, itemSchema and components.mediaTypes", async () => {
    const spec = await loadSpec("test/specs/oas32/multi/openapi.yaml");
    const operations = buildModel(spec).operations;
    expect(operations.map((operation) => [operation.methodName, operation.httpMethod])).toEqual([
      ["lockJob", "LOCK"],
      ["queryJob", "QUERY"],
    ]);
    const log = operations[1]?.responses[0]?.media[0];
    expect(log?.stream).toMatchObject({ framing: "json-lines", itemSchema: { $ref: "#/components/schemas/LogLine" } });
    expect(JSON.stringify(spec.document)).not.toContain("shared.yaml");
  });

  it("resolves references against $self and $id (Appendix F), the files laid out as their $self URIs say", async () => {
    const spec = await loadSpec("test/specs/oas32/self/openapi.yaml");
    const components = spec.document.components as {
      schemas: Record<string, { properties?: Record<string, { $ref?: string }> }>;
      requestBodies: Record<string, unknown>;
    };
    expect(Object.keys(components.schemas).sort()).toEqual(["Bar", "Echo", "Foo"]);
    expect(components.schemas.Foo?.properties?.bar?.$ref).toBe("#/components/schemas/Bar");
    expect(components.schemas.Echo?.properties?.foo?.$ref).toBe("#/components/schemas/Foo");
    expect(Object.keys(components.requestBodies)).toEqual(["Foo"]);
  });

  it("refuses 3.3 and names the versions it reads", async () => {
    await expect(load("openapi: 3.3.0\ninfo: {title: t, version: '1'}\npaths: {}\n")).rejects.toThrow(
      /unsupported OpenAPI version "3.3.0": expected 3.0.x, 3.1.x or 3.2.x/,
    );
  });

  it("warns, located, about additional methods it cannot tell apart or send, and leaves them out", async () => {
    const spec = await load(`openapi: 3.2.0
info: {title: t, version: "1"}
paths:
  /a:
    additionalOperations:
      POST: {responses: {"200": {description: ok}}}
      "BAD METHOD": {responses: {"200": {description: ok}}}
      Purge: {operationId: purgeA, responses: {"200": {description: ok}}}
      PURGE: {responses: {"200": {description: ok}}}
`);
    expect(warningsOf(spec)).toEqual([
      '6:13 "POST" has a field of its own (`post`): write the operation there: this operation is left out of the client',
      '7:21 "BAD METHOD" is not an HTTP method name (a token of letters, digits and !#$%&\'*+.^_`|~-): this operation is left out of the client',
      '9:14 "PURGE" is listed again in another spelling: the types could not tell the two apart: this operation is left out of the client',
    ]);
    expect(buildModel(spec).operations.map((operation) => operation.httpMethod)).toEqual(["Purge"]);
  });

  it("reads a querystring parameter without content as form-urlencoded, and one beside query parameters as left out", async () => {
    const spec = await load(`openapi: 3.2.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      parameters:
        - {name: whole, in: querystring, schema: {type: object}}
      responses: {"200": {description: ok}}
  /b:
    get:
      parameters:
        - {name: q, in: query, schema: {type: string}}
        - {name: whole, in: querystring, content: {application/json: {schema: {type: object}}}}
      responses: {"200": {description: ok}}
`);
    expect(warningsOf(spec)).toEqual([
      '7:11 querystring parameter "whole" has no `content`: read as application/x-www-form-urlencoded',
      '10:5 querystring parameter "whole" beside `in: query` parameters ("q"): the client sends the query parameters and leaves it out',
    ]);
    const [getA, getB] = buildModel(spec).operations;
    expect(getA?.parameters).toMatchObject([
      { in: "querystring", name: "whole", contentType: "application/x-www-form-urlencoded" },
    ]);
    expect(getB?.parameters.map((parameter) => parameter.in)).toEqual(["query"]);
  });

  it("keeps `in: querystring` an error in a 3.1 document", async () => {
    const refused = load(`openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      parameters: [{name: whole, in: querystring, content: {application/json: {schema: {}}}}]
      responses: {"200": {description: ok}}
`);
    await expect(refused).rejects.toBeInstanceOf(SpecError);
    await expect(refused).rejects.toThrow(/`in` must be one of query, header, path, cookie/);
  });
});
