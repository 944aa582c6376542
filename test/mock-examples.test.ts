import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SpecError } from "../generator/errors.js";
import { generatePackage, writeFiles } from "./support/generated-package.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";

// The mock answers with what the document says where it says it: a response's own example (when
// its schema accepts it), else a fixture in the state the response names (`x-fixture-trait`).
const THING = {
  type: "object",
  required: ["id", "state"],
  properties: { id: { type: "string" }, state: { type: "string", enum: ["new", "done"] } },
};
const document = (extra: Record<string, unknown> = {}) => ({
  openapi: "3.1.0",
  info: { title: "examples", version: "1.0.0" },
  paths: {
    "/example": {
      get: {
        operationId: "getExample",
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Thing" },
                example: { id: "thing-1", state: "done" },
              },
            },
          },
        },
      },
    },
    "/named": {
      get: {
        operationId: "getNamed",
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Thing" },
                examples: { first: { value: { id: "thing-2", state: "new" } } },
              },
            },
          },
        },
      },
    },
    "/wrong": {
      get: {
        operationId: "getWrong",
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" }, example: { id: 7 } } },
          },
        },
      },
    },
    "/state": {
      get: {
        operationId: "getState",
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/Thing" }, "x-fixture-trait": "finished" },
            },
          },
        },
      },
    },
    ...extra,
  },
  components: { schemas: { Thing: { ...THING, "x-fixture-traits": { finished: { set: { state: "done" } } } } } },
});

const dir = makeTempDir("mock-examples");
afterAll(() => removeDir(dir));

describe("mock answers prefer what the document says", () => {
  it("answers a response's example, or its first Example Object's value; a fixture where the example breaks the schema; the named state", async () => {
    writeFiles(dir, new Map([["examples.json", JSON.stringify(document())]]));
    const generated = await generatePackage(path.join(dir, "examples.json"), "mock-examples");
    const { createMockServer } = await generated.importEntry<{
      createMockServer(): Promise<{ url: string; close(): Promise<void> }>;
    }>("dist/testing.js");
    const mock = await createMockServer();
    try {
      const read = async (route: string): Promise<Record<string, unknown>> =>
        (await (await fetch(`${mock.url}${route}`)).json()) as Record<string, unknown>;
      expect(await read("/example")).toEqual({ id: "thing-1", state: "done" });
      expect(await read("/named")).toEqual({ id: "thing-2", state: "new" });
      const wrong = await read("/wrong");
      expect(typeof wrong.id).toBe("string");
      for (let index = 0; index < 3; index += 1) expect((await read("/state")).state).toBe("done");
    } finally {
      await mock.close();
    }
  });

  it("refuses a trait the schema does not declare, at the extension", async () => {
    const broken = document({
      "/bad": {
        get: {
          operationId: "getBad",
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/Thing" }, "x-fixture-trait": "gone" },
              },
            },
          },
        },
      },
    });
    writeFiles(dir, new Map([["bad.json", JSON.stringify(broken)]]));
    const error = await generatePackage(path.join(dir, "bad.json"), "mock-examples-bad").catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SpecError);
    const [problem] = (error as SpecError).problems;
    expect(problem?.message).toBe(
      '`x-fixture-trait` names "gone", which is not a trait of the response\'s schema (Thing has finished)',
    );
    expect(problem?.location.pointer).toBe("/paths/~1bad/get/responses/200/content/application~1json/x-fixture-trait");
  });
});
