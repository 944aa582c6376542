import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
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

async function problemsOf(run: () => Promise<unknown>): Promise<SpecProblem[]> {
  try {
    await run();
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

const HEAD = 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\n';

function schemasOf(document: Record<string, unknown>): Record<string, unknown> {
  return (document.components as { schemas: Record<string, unknown> }).schemas;
}

describe("loadSpec: bundling with Redocly", () => {
  it("hoists refs into other files into components, keeping recursion finite and names unique", async () => {
    const spec = await loadSpec("test/specs/multi-file/openapi.yaml");
    const schemas = schemasOf(spec.document);
    expect(Object.keys(schemas)).toEqual(["Leaf", "Tree", "schemas-Leaf"]);
    expect(schemas.Tree).toMatchObject({
      properties: {
        children: { items: { $ref: "#/components/schemas/Tree" } },
        leaf: { $ref: "#/components/schemas/schemas-Leaf" },
      },
    });
    expect(spec.files.map((file) => path.basename(file))).toEqual(["openapi.yaml", "parameters.yaml", "tree.yaml"]);
  });

  it("locates a pointer of the bundled document in the file it was written in", async () => {
    const spec = await loadSpec("test/specs/multi-file/openapi.yaml");
    expect(spec.locate("/components/schemas/Tree/properties/leaf")).toEqual({
      file: "test/specs/multi-file/schemas/tree.yaml",
      pointer: "/components/schemas/Tree/properties/leaf",
      line: 10,
      column: 9,
    });
    expect(spec.locate("/components/parameters/Id/in")).toMatchObject({
      file: "test/specs/multi-file/parameters.yaml",
      line: 5,
      column: 11,
    });
  });

  it("bundles a $ref cycle between files outside /components (as DigitalOcean's files have)", async () => {
    const entry = write(
      "cycle/main.yaml",
      `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: "./models/agent.yml"\n`,
    );
    write(
      "cycle/models/agent.yml",
      "type: object\nproperties:\n  name: {type: string}\n  owner:\n    $ref: ./team.yml\n",
    );
    write(
      "cycle/models/team.yml",
      "type: object\nproperties:\n  agents:\n    type: array\n    items:\n      $ref: ./agent.yml\n",
    );
    const spec = await loadSpec(entry);
    expect(spec.warnings).toEqual([]);
    expect(schemasOf(spec.document)).toEqual({
      agent: { type: "object", properties: { name: { type: "string" }, owner: { $ref: "#/components/schemas/team" } } },
      team: {
        type: "object",
        properties: { agents: { type: "array", items: { $ref: "#/components/schemas/agent" } } },
      },
    });
  });

  it("keeps a $ref's siblings, and $ref keys inside example and default data as data", async () => {
    const text = `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Id: {type: string}\n    Item:\n      type: object\n      properties:\n        id:\n          $ref: "#/components/schemas/Id"\n          description: The item's id\n      example: {id: "1", link: {$ref: "https://example.invalid/items/1"}}\n      default: {link: {$ref: "./nowhere.json"}}\n  examples:\n    member:\n      value: {members: [{$ref: "https://example.invalid/users/1"}]}\n`;
    const spec = await loadSpec(write("siblings.yaml", text));
    const item = schemasOf(spec.document).Item as Record<string, unknown>;
    expect(item.properties).toEqual({ id: { $ref: "#/components/schemas/Id", description: "The item's id" } });
    expect(item.example).toEqual({ id: "1", link: { $ref: "https://example.invalid/items/1" } });
    expect(item.default).toEqual({ link: { $ref: "./nowhere.json" } });
    expect((spec.document.components as { examples: unknown }).examples).toEqual({
      member: { value: { members: [{ $ref: "https://example.invalid/users/1" }] } },
    });
  });

  it("reads YAML merge keys", async () => {
    const text = `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Base: &base\n      type: object\n      properties:\n        id: {type: string}\n    Named:\n      <<: *base\n      required: [id]\n`;
    const spec = await loadSpec(write("merge.yaml", text));
    expect(schemasOf(spec.document).Named).toEqual({
      type: "object",
      properties: { id: { type: "string" } },
      required: ["id"],
    });
  });

  it("keeps a schema named __proto__ as data, never as a prototype", async () => {
    const file = write(
      "proto.yaml",
      `${HEAD}paths: {}\ncomponents:\n  schemas:\n    __proto__:\n      type: object\n      properties:\n        polluted: {type: string}\n`,
    );
    const schemas = schemasOf((await loadSpec(file)).document);
    expect(Object.hasOwn(schemas, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(schemas)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("loadSpec: remote $refs", () => {
  let server: Server;
  let baseUrl: string;
  const served: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      served.push(request.url ?? "");
      if (request.url === "/schemas/pet.yaml") {
        response.writeHead(200, { "content-type": "application/yaml" });
        response.end(
          "Pet:\n  type: object\n  properties:\n    owner:\n      $ref: ./owner.yaml#/Owner\nBroken:\n  type: object\n",
        );
      } else if (request.url === "/schemas/owner.yaml") {
        response.writeHead(200, { "content-type": "application/yaml" });
        response.end("Owner:\n  type: object\n  properties:\n    name: {type: string}\n");
      } else {
        response.writeHead(404);
        response.end("not here");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("fetches them over HTTP, and what they $ref relative to them", async () => {
    const file = write(
      "remote.yaml",
      `${HEAD}paths:\n  /pets:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: "${baseUrl}/schemas/pet.yaml#/Pet"\n`,
    );
    const spec = await loadSpec(file);
    expect(schemasOf(spec.document)).toEqual({
      Pet: { type: "object", properties: { owner: { $ref: "#/components/schemas/Owner" } } },
      Owner: { type: "object", properties: { name: { type: "string" } } },
    });
    expect(spec.files).toEqual([file, `${baseUrl}/schemas/owner.yaml`, `${baseUrl}/schemas/pet.yaml`]);
    expect(spec.locate("/components/schemas/Owner/properties/name")).toMatchObject({
      file: `${baseUrl}/schemas/owner.yaml`,
      line: 4,
      column: 11,
    });
  });

  it("reports a remote file that cannot be fetched at the $ref, with the server's answer", async () => {
    const file = write(
      "remote-404.yaml",
      `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Gone:\n      $ref: "${baseUrl}/missing.yaml#/Gone"\n`,
    );
    const problems = await problemsOf(() => loadSpec(file));
    expect(problems).toEqual([
      {
        message: `Failed to load ${baseUrl}/missing.yaml: 404 Not Found`,
        location: { file: `${baseUrl}/missing.yaml`, pointer: "" },
      },
      {
        message: `$ref to "${baseUrl}/missing.yaml" cannot be read`,
        location: expect.objectContaining({ line: 7, column: 13 }),
      },
    ]);
  });
});

describe("loadSpec: every problem once, with a location", () => {
  it("reports an unreadable referenced file at the $ref, and the reason in that file", async () => {
    const file = write(
      "missing-ref.yaml",
      `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: "./nope.yaml#/components/schemas/A"\n`,
    );
    const problems = await problemsOf(() => loadSpec(file));
    expect(problems[0]).toMatchObject({
      message: '$ref to "./nope.yaml" cannot be read',
      location: { line: 7, column: 13 },
    });
    expect(problems[1]).toMatchObject({
      message: "file not found",
      location: { file: expect.stringMatching(/nope\.yaml$/) },
    });
  });

  it("reports a problem in a file that is $ref'd from several places once, in that file", async () => {
    const entry = write(
      "twice/main.yaml",
      `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "./shared.yaml#/ok"}\n  /b:\n    get:\n      responses:\n        "200": {$ref: "./shared.yaml#/ok"}\n`,
    );
    write(
      "twice/shared.yaml",
      "ok:\n  description: ok\n  content:\n    application/json:\n      schema:\n        type: strng\n",
    );
    const spec = await loadSpec(entry);
    expect(spec.warnings).toHaveLength(1);
    expect(spec.warnings[0]).toMatchObject({
      location: { file: expect.stringMatching(/twice\/shared\.yaml$/), line: 6, column: 15 },
    });
    expect(spec.warnings[0]?.message).toContain('unknown type "strng"');
  });

  it("refuses a pure $ref cycle, also across files, once per cycle", async () => {
    const local = write(
      "pure-cycle.yaml",
      `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Baz: {$ref: "#/components/schemas/Qux"}\n    Qux:\n      description: loops\n      $ref: "#/components/schemas/Baz"\n`,
    );
    expect(await problemsOf(() => loadSpec(local))).toEqual([
      {
        message:
          'circular $ref "#/components/schemas/Qux": the chain #/components/schemas/Qux → #/components/schemas/Baz never reaches a value',
        location: expect.objectContaining({ line: 6, column: 17 }),
      },
    ]);
    const entry = write(
      "cross-cycle/main.yaml",
      `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: "./b.yaml#/B"}\n`,
    );
    write("cross-cycle/b.yaml", 'B: {$ref: "./main.yaml#/components/schemas/A"}\n');
    const [problem, ...rest] = await problemsOf(() => loadSpec(entry));
    expect(rest).toEqual([]);
    expect(problem?.message).toMatch(
      /^circular \$ref "\.\/b\.yaml#\/B": the chain .*b\.yaml#\/B → #\/components\/schemas\/A never reaches a value$/,
    );
  });

  it.each([
    ["an empty file", "empty.yaml", "", "file is empty"],
    ["a JSON syntax error", "bad.json", '{ "openapi": "3.1.0",, }', "cannot parse JSON"],
    ["a duplicate key", "dup.yaml", "openapi: 3.1.0\nopenapi: 3.0.0\n", "cannot parse YAML: Map keys must be unique"],
    [
      "an unsupported version",
      "v4.yaml",
      'openapi: 4.0.0\ninfo: {title: t, version: "1"}\n',
      'unsupported OpenAPI version "4.0.0"',
    ],
    ["a top-level list", "list.yaml", "- a\n- b\n", "not an OpenAPI document: expected a mapping"],
    [
      "no version field",
      "none.yaml",
      "info: {title: t}\n",
      "not an OpenAPI document: the `openapi` version field is missing",
    ],
  ])("rejects %s", async (_label, name, text, message) => {
    const file = write(name, text);
    const problems = await problemsOf(() => loadSpec(file));
    expect(problems[0]?.message).toContain(message);
    expect(problems[0]?.location.file).toMatch(new RegExp(`${name.replace(".", "\\.")}$`));
  });

  it("rejects a directory and a missing file by name", async () => {
    expect((await problemsOf(() => loadSpec(dir)))[0]?.message).toBe("is a directory, not an OpenAPI document");
    expect((await problemsOf(() => loadSpec(path.join(dir, "absent.yaml"))))[0]?.message).toBe("file not found");
  });

  it("refuses a YAML alias bomb before anything walks it", async () => {
    const lines = [
      "openapi: 3.1.0",
      'info: {title: t, version: "1"}',
      "paths: {}",
      "x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]",
    ];
    for (let level = 1; level < 9; level += 1)
      lines.push(
        `x-${level}: &l${level} [${Array.from({ length: 10 }, () => (level === 1 ? "*a" : `*l${level - 1}`)).join(", ")}]`,
      );
    const problems = await problemsOf(() => loadSpec(write("bomb.yaml", `${lines.join("\n")}\n`)));
    expect(problems[0]?.message).toMatch(/^cannot parse YAML: .*alias/i);
  });
});

describe("unresolved references", () => {
  it("suggest the nearest existing name", async () => {
    const file = write(
      "near-miss.yaml",
      `${HEAD}paths:
  /pets:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Pet" }
components:
  schemas:
    Pets: { type: array, items: { type: string } }
    Owner: { type: object }
`,
    );
    const problems = await problemsOf(() => loadSpec(file));
    expect(problems.map((problem) => problem.message)).toEqual([
      'unresolved $ref "#/components/schemas/Pet": nothing at #/components/schemas/Pet (did you mean Pets?)',
    ]);
    expect(problems[0]?.location.line).toBe(11);
  });
});

describe("a $ref with a broken percent-escape", () => {
  it("is refused at the $ref, once, without Redocly's resolver ever reading it", async () => {
    const file = write(
      "broken-escape.yaml",
      `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: { $ref: "#/components/schemas/%ZZ" }\n`,
    );
    const problems = await problemsOf(() => loadSpec(file));
    expect(problems.map((problem) => [problem.location.line, problem.message])).toEqual([
      [
        6,
        '$ref "#/components/schemas/%ZZ" is not a URI reference: it has a "%" that is not a percent-encoded character (write "%25" for a "%")',
      ],
    ]);
  });
});

describe("discriminator mappings", () => {
  it("read a bare schema name as the schema of that name", async () => {
    const file = write(
      "bare-mapping.yaml",
      `${HEAD}paths: {}\ncomponents:\n  schemas:\n    Pet:\n      oneOf: [{ $ref: "#/components/schemas/Cat" }]\n      discriminator: { propertyName: kind, mapping: { cat: Cat } }\n    Cat: { type: object, properties: { kind: { type: string } } }\n`,
    );
    const spec = await loadSpec(file);
    const pet = (
      spec.document.components as { schemas: Record<string, { discriminator: { mapping: Record<string, string> } }> }
    ).schemas.Pet;
    expect(pet?.discriminator.mapping).toEqual({ cat: "#/components/schemas/Cat" });
  });
});
