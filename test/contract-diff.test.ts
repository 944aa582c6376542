import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runCli } from "../generator/cli.js";
import { renderFromSpec } from "../generator/generate.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit documents at any depth, as YAML gives them
type Spec = Record<string, any>;

const photoForm = (spec: Spec): Spec =>
  spec.paths["/pets/{petId}/photo"].put.requestBody.content["application/x-www-form-urlencoded"].schema;

const base = (): Spec => {
  const spec = parse(readFileSync(path.join(REPO_ROOT, "test/specs/petstore-30.yaml"), "utf8")) as Spec;
  // Enums only requests use (NewPet's would reach answers too, through Pet's allOf): in a body, in a parameter.
  photoForm(spec).properties.format = { type: "string", enum: ["jpeg", "png"] };
  spec.paths["/pets"].get.parameters.push({ name: "order", in: "query", schema: { type: "string", enum: ["asc"] } });
  // A component schema no operation uses: still an exported type of the package.
  spec.components.schemas.Legacy = { type: "object", properties: { id: { type: "string" } } };
  return spec;
};

const dir = makeTempDir("contract");
afterAll(() => removeDir(dir));

async function diff(
  change: (spec: Spec) => void,
  json = true,
): Promise<{
  out: string;
  code: number;
  report: {
    bump: string;
    breaking: number;
    changes: { breaking: boolean; level: string; kind: string; location: string; message: string }[];
  };
}> {
  const before = base();
  const after = base();
  change(after);
  const oldPath = path.join(dir, `old-${Math.random().toString(36).slice(2)}.yaml`);
  const newPath = path.join(dir, `new-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(oldPath, stringify(before));
  writeFileSync(newPath, stringify(after));
  let out = "";
  const code = await runCli(["diff", oldPath, newPath, ...(json ? ["--json"] : [])], {
    stdout: (text) => (out += `${text}\n`),
    stderr: () => undefined,
  });
  return { out, code, report: json ? (JSON.parse(out) as never) : (undefined as never) };
}

describe("diff: one change of a known class at a time", () => {
  it.each<[string, (spec: Spec) => void, string, string]>([
    ["an operation removed", (s) => delete s.paths["/pets/{petId}"].get, "operation-removed", "getPet"],
    [
      "a response field removed",
      (s) => delete s.components.schemas.Pet.allOf[1].properties.owner,
      "response-field-removed",
      "Pet.owner",
    ],
    [
      "a request field made required",
      (s) => s.components.schemas.NewPet.required.push("tag"),
      "request-field-made-required",
      "NewPet.tag",
    ],
    [
      "a required request field added",
      (s) => {
        s.components.schemas.NewPet.properties.chip = { type: "string" };
        s.components.schemas.NewPet.required.push("chip");
      },
      "request-field-added-required",
      "NewPet.chip",
    ],
    [
      "a type changed",
      (s) => (s.components.schemas.Error.properties.code = { type: "string" }),
      "type-changed",
      "Error.code",
    ],
    [
      "an enum value removed from a request",
      (s) => (photoForm(s).properties.format.enum = ["jpeg"]),
      "request-enum-value-removed",
      "uploadPhoto request body.format",
    ],
    [
      "an enum value removed from a parameter",
      (s) => (s.paths["/pets"].get.parameters[3].schema.enum = ["desc"]),
      "request-enum-value-removed",
      'listPets query parameter "order"',
    ],
    ["a component schema removed", (s) => delete s.components.schemas.Legacy, "schema-removed", "Legacy"],
    [
      "a path changed",
      (s) => {
        s.paths["/animals"] = s.paths["/pets"];
        delete s.paths["/pets"];
      },
      "operation-moved",
      "listPets",
    ],
    [
      "a required parameter added",
      (s) =>
        s.paths["/pets"].get.parameters.push({
          name: "owner",
          in: "query",
          required: true,
          schema: { type: "string" },
        }),
      "parameter-added-required",
      "listPets",
    ],
  ])("%s is breaking: exit 1, named, major bump", async (_label, change, kind, where) => {
    const { code, report } = await diff(change);
    expect(code).toBe(1);
    expect(report.bump).toBe("major");
    const match = report.changes.find((c) => c.kind === kind);
    expect(match, JSON.stringify(report.changes)).toBeDefined();
    expect(match?.breaking).toBe(true);
    expect(match?.level).toBe("breaking");
    expect(
      match?.location.startsWith(where) || report.changes.some((c) => c.kind === kind && c.location.startsWith(where)),
    ).toBe(true);
  });

  it.each<[string, (spec: Spec) => void, string]>([
    [
      "an optional request field added",
      (s) => (s.components.schemas.NewPet.properties.nickname = { type: "string" }),
      "request-field-added",
    ],
    [
      "a response field added",
      (s) => (s.components.schemas.Pet.allOf[1].properties.weight = { type: "number" }),
      "response-field-added",
    ],
    [
      "an operation added",
      (s) =>
        (s.paths["/pets/{petId}"].put = { operationId: "replacePet", responses: { "204": { description: "ok" } } }),
      "operation-added",
    ],
    ["a deprecation added", (s) => (s.paths["/pets"].get.deprecated = true), "operation-deprecated"],
    [
      "an enum value removed from a response",
      (s) => (s.components.schemas.Pet.allOf[1].properties.status.enum = ["available", "sold"]),
      "response-enum-value-removed",
    ],
    [
      "an enum value added to a request",
      (s) => photoForm(s).properties.format.enum.push("webp"),
      "request-enum-value-added",
    ],
    [
      "an enum value added to a parameter",
      (s) => s.paths["/pets"].get.parameters[3].schema.enum.push("desc"),
      "request-enum-value-added",
    ],
    [
      "a component schema added",
      (s) => (s.components.schemas.Tag = { type: "object", properties: { name: { type: "string" } } }),
      "schema-added",
    ],
    [
      "an optional parameter added",
      (s) => s.paths["/pets"].get.parameters.push({ name: "sort", in: "query", schema: { type: "string" } }),
      "parameter-added",
    ],
  ])("%s is not breaking: exit 0, minor bump", async (_label, change, kind) => {
    const { code, report } = await diff(change);
    expect(report.changes.map((c) => c.kind)).toContain(kind);
    expect(report.changes.filter((c) => c.level !== "info")).toEqual([]);
    expect(code).toBe(0);
    expect(report.bump).toBe("minor");
  });

  it("finds nothing, and asks for no bump, between identical specs or a description edit", async () => {
    const { code, report } = await diff((s) => (s.paths["/pets"].get.summary = "List every pet"));
    expect(code).toBe(0);
    expect(report).toEqual({ bump: "none", breaking: 0, warnings: 0, changes: [] });
  });

  it("an enum value added to a response is a warning of its own: exit 0, minor bump, and said so in the text", async () => {
    const added = (s: Spec): void => s.components.schemas.Pet.allOf[1].properties.status.enum.push("adopted");
    const { code, report } = await diff(added);
    expect(code).toBe(0);
    expect(report.bump).toBe("minor");
    expect(report.changes).toMatchObject([
      {
        level: "warning",
        breaking: false,
        kind: "response-enum-value-added",
        location: "Pet.status",
        message: 'enum value "adopted" added (an exhaustive switch needs a case for it)',
      },
    ]);
    const text = await diff(added, false);
    expect(text.out).toContain(
      '  warning       Pet.status: enum value "adopted" added (an exhaustive switch needs a case for it)  [response-enum-value-added]',
    );
    expect(text.out).toContain("0 breaking, 1 warning(s) and 0 non-breaking change(s)");
  });
});

describe("the API-surface file", () => {
  async function surface(change: (spec: Spec) => void): Promise<string> {
    const spec = base();
    change(spec);
    const file = path.join(dir, `surface-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, stringify(spec));
    return (await renderFromSpec({ specPath: file })).get("api-surface.txt") ?? "";
  }

  it("changes exactly when the public API changes", async () => {
    const original = await surface(() => undefined);
    expect(original).toContain("Client.listPets: Runtime.Method<ListPetsRequest, ListPetsResult>");
    expect(await surface((s) => (s.paths["/pets"].get.description = "Only the docs changed."))).toBe(original);
    const added = await surface((s) => (s.components.schemas.NewPet.properties.nickname = { type: "string" }));
    const addedLines = added.split("\n").filter((line) => !original.split("\n").includes(line));
    expect(addedLines).toEqual(["  components.schemas.NewPet.nickname?: string"]);
    const deprecated = await surface((s) => (s.paths["/pets"].get.deprecated = true));
    expect(deprecated).toContain("Client.listPets: Runtime.Method<ListPetsRequest, ListPetsResult>  @deprecated");
  });
});
