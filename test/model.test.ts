import { describe, expect, it } from "vitest";
import { SpecError } from "../generator/errors.js";
import type { LoadedSpec } from "../generator/load/load-spec.js";
import { buildModel } from "../generator/model/build-model.js";

/** A LoadedSpec over an inline document, as the model sees it after loading. */
function inline(document: Record<string, unknown>): LoadedSpec {
  return {
    document,
    files: ["inline.yaml"],
    entryFile: "inline.yaml",
    warnings: [],
    locate: (pointer) => ({ file: "inline.yaml", pointer }),
  };
}

const base = { openapi: "3.1.0", info: { title: "Inline API", version: "1.0.0" } };

describe("buildModel", () => {
  it.each([
    [
      { type: "apiKey", in: "header", name: "Authorization" },
      { in: "header", name: "Authorization", prefix: "" },
    ],
    [
      { type: "apiKey", in: "query", name: "api_key" },
      { in: "query", name: "api_key", prefix: "" },
    ],
    [
      { type: "http", scheme: "bearer" },
      { in: "header", name: "Authorization", prefix: "Bearer " },
    ],
    [
      { type: "http", scheme: "Basic" },
      { in: "header", name: "Authorization", prefix: "Basic " },
    ],
    [
      { type: "oauth2", flows: {} },
      { in: "header", name: "Authorization", prefix: "Bearer " },
    ],
  ])("places the token as the security scheme says: %j", (scheme, expected) => {
    const model = buildModel(
      inline({ ...base, paths: {}, security: [{ main: [] }], components: { securitySchemes: { main: scheme } } }),
    );
    expect(model.auth).toMatchObject(expected);
  });

  it("uses the first server with its variables at their defaults, without a trailing slash", () => {
    const servers = [
      { url: "https://{region}.example.test/v1/", variables: { region: { default: "eu" } } },
      { url: "https://us.example.test" },
    ];
    const model = buildModel(inline({ ...base, paths: {}, servers }));
    expect(model.defaultBaseUrl).toBe("https://eu.example.test/v1");
    expect(model.serverUrls).toEqual(["https://eu.example.test/v1/", "https://us.example.test"]);
  });

  it("names the request media type each operation sends by default: JSON when offered, else the first", () => {
    const op = (contentType: string, operationId: string) => ({
      operationId,
      requestBody: { content: { [contentType]: { schema: { type: "object" } } } },
      responses: { "200": { description: "ok" } },
    });
    const paths = {
      "/a": { patch: op("application/json; domain-model=launchdarkly.semanticpatch", "semantic") },
      "/b": { post: op("application/json", "plain") },
      "/c": { post: op("multipart/form-data", "upload") },
      "/d": { post: op("application/x-www-form-urlencoded", "form") },
    };
    const model = buildModel(inline({ ...base, paths }));
    expect(Object.fromEntries(model.operations.map((o) => [o.methodName, o.requestContentType]))).toEqual({
      form: "application/x-www-form-urlencoded",
      plain: "application/json",
      semantic: "application/json; domain-model=launchdarkly.semanticpatch",
      upload: "multipart/form-data",
    });
  });

  it("resolves x-replacement to the replacement's method, and names a missing target by pointer", () => {
    const paths = {
      "/old": {
        post: {
          operationId: "old-op",
          deprecated: true,
          "x-replacement": { operationId: "new-op", instructions: ["a", "b"], docs: "https://d" },
          responses: {},
        },
      },
      "/new": { patch: { operationId: "new-op", responses: {} } },
    };
    const [newOp, oldOp] = buildModel(inline({ ...base, paths })).operations;
    expect(newOp?.methodName).toBe("newOp");
    expect(oldOp?.replacement).toEqual({
      operationId: "new-op",
      methodName: "newOp",
      method: "patch",
      httpMethod: "PATCH",
      path: "/new",
      instructions: ["a", "b"],
      docsUrl: "https://d",
    });

    const broken = {
      "/old": {
        post: { operationId: "old", deprecated: true, "x-replacement": { operationId: "gone" }, responses: {} },
      },
    };
    try {
      buildModel(inline({ ...base, paths: broken }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).problems[0]).toMatchObject({
        message: '`x-replacement` names operation "gone", which the document does not have',
        location: { pointer: "/paths/~1old/post/x-replacement/operationId" },
      });
    }
  });

  it("derives a method name when operationId is absent, and keeps names unique: an operationId used as written keeps its name", () => {
    const paths = { "/items/{id}": { get: { responses: {} }, put: { operationId: "getItemsId", responses: {} } } };
    const names = buildModel(inline({ ...base, paths })).operations.map((o) => `${o.method} ${o.methodName}`);
    expect(names).toEqual(["put getItemsId", "get getItemsId2"]);
    const spelled = {
      "/a": { post: { operationId: "Create", responses: {} } },
      "/b": { post: { operationId: "create", responses: {} } },
    };
    expect(buildModel(inline({ ...base, paths: spelled })).operations.map((o) => `${o.path} ${o.methodName}`)).toEqual([
      "/b create",
      "/a create2",
    ]);
  });

  it("never names an exported type after a global it would shadow (Error, Response, Node, Event, File)", () => {
    const schemas = Object.fromEntries(
      ["Error", "Response", "Node", "Event", "File", "error", "Widget"].map((name) => [name, { type: "object" }]),
    );
    const model = buildModel(inline({ ...base, paths: {}, components: { schemas } }));
    expect(Object.fromEntries(model.schemas.map((schema) => [schema.name, schema.typeName]))).toEqual({
      Error: "ErrorSchema",
      error: "ErrorSchema2",
      Event: "EventSchema",
      File: "FileSchema",
      Node: "NodeSchema",
      Response: "ResponseSchema",
      Widget: "Widget",
    });
  });
});
