import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runCli } from "../generator/cli.js";
import { renderFromSpec } from "../generator/generate.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit documents at any depth, as YAML gives them
type Spec = Record<string, any>;

const base = (): Spec => {
  const spec = parse(readFileSync(path.join(REPO_ROOT, "test/specs/petstore-30.yaml"), "utf8")) as Spec;
  // A request enum to exercise the enum rules on the request side too.
  spec.components.schemas.NewPet.properties.size = { type: "string", enum: ["small", "large"] };
  return spec;
};

const dir = makeTempDir("contract");
afterAll(() => removeDir(dir));

async function diff(change: (spec: Spec) => void): Promise<{
  code: number;
  report: { bump: string; breaking: number; changes: { breaking: boolean; kind: string; location: string }[] };
}> {
  const before = base();
  const after = base();
  change(after);
  const oldPath = path.join(dir, `old-${Math.random().toString(36).slice(2)}.yaml`);
  const newPath = path.join(dir, `new-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(oldPath, stringify(before));
  writeFileSync(newPath, stringify(after));
  let out = "";
  const code = await runCli(["diff", oldPath, newPath, "--json"], {
    stdout: (text) => (out += text),
    stderr: () => undefined,
  });
  return { code, report: JSON.parse(out) as never };
}

describe("diff: one change of a known class at a time", () => {
  it.each<[string, (spec: Spec) => void, string, string]>([
    ["an operation removed", (s) => delete s.paths["/pets/{petId}"].get, "operation-removed", "getPet"],
    [
      "a response field removed",
      (s) => delete s.components.schemas.Pet.allOf[1].properties.owner,
      "response-field-removed",
      "listPets 200 response[].owner",
    ],
    [
      "a request field made required",
      (s) => s.components.schemas.NewPet.required.push("tag"),
      "request-field-made-required",
      "createPet request body.tag",
    ],
    [
      "a required request field added",
      (s) => {
        s.components.schemas.NewPet.properties.chip = { type: "string" };
        s.components.schemas.NewPet.required.push("chip");
      },
      "request-field-added-required",
      "createPet request body.chip",
    ],
    [
      "a type changed",
      (s) => (s.components.schemas.Error.properties.code = { type: "string" }),
      "type-changed",
      "listPets default response.code",
    ],
    [
      "an enum value removed from a response",
      (s) => (s.components.schemas.Pet.allOf[1].properties.status.enum = ["available", "sold"]),
      "response-enum-value-removed",
      "listPets 200 response[].status",
    ],
    [
      "an enum value added to a request",
      (s) => s.components.schemas.NewPet.properties.size.enum.push("medium"),
      "request-enum-value-added",
      "createPet request body.size",
    ],
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
      "an optional parameter added",
      (s) => s.paths["/pets"].get.parameters.push({ name: "sort", in: "query", schema: { type: "string" } }),
      "parameter-added",
    ],
  ])("%s is not breaking: exit 0, minor bump", async (_label, change, kind) => {
    const { code, report } = await diff(change);
    expect(report.changes.map((c) => c.kind)).toContain(kind);
    expect(report.changes.filter((c) => c.breaking)).toEqual([]);
    expect(code).toBe(0);
    expect(report.bump).toBe("minor");
  });

  it("finds nothing, and asks for no bump, between identical specs or a description edit", async () => {
    const { code, report } = await diff((s) => (s.paths["/pets"].get.summary = "List every pet"));
    expect(code).toBe(0);
    expect(report).toEqual({ bump: "none", breaking: 0, changes: [] });
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
