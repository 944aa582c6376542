// `openapi-client-codegen types` against openapi-typescript 7.13's own CLI, both run as a user
// would (subprocesses in a temporary directory): byte-identical output for each document × flags
// row, its --help's flags all taken, a Redocly config with several `apis`, --check's exit codes,
// and a bad document refused with its place, exit 2, the output left as it was.
import { spawn } from "node:child_process";
import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const OURS = path.join(REPO_ROOT, "bin/codegen.mjs");
const THEIRS = path.join(REPO_ROOT, "node_modules/openapi-typescript/bin/cli.js");

function run(script: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const types = (args: readonly string[], cwd: string): Promise<Run> => run(OURS, ["types", ...args], cwd);

const STATUS = { type: "string", enum: ["active", "retired", "draft-copy"], default: "active" };

/** Small documents, each touching what the flags change: enums, defaults, readOnly, deprecated, tuples, path parameters. */
const DOCUMENTS: Record<string, Record<string, unknown>> = {
  "pets-30.json": {
    openapi: "3.0.3",
    info: { title: "Pets", version: "1.0.0" },
    paths: {
      "/pets/{petId}": {
        parameters: [{ name: "petId", in: "path", required: true, schema: { type: "integer" } }],
        get: {
          operationId: "getPet",
          parameters: [{ name: "fields", in: "query", schema: { type: "array", items: { type: "string" } } }],
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
            },
            "404": { description: "missing" },
          },
        },
        delete: { operationId: "deletePet", deprecated: true, responses: { "204": { description: "gone" } } },
      },
    },
    components: {
      schemas: {
        Pet: {
          type: "object",
          required: ["id", "name"],
          properties: {
            id: { type: "integer", readOnly: true },
            name: { type: "string" },
            status: STATUS,
            tag: { type: "string", nullable: true },
            secret: { type: "string", writeOnly: true },
            old: { type: "string", deprecated: true },
            tags: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3 },
            extra: { type: "object" },
          },
        },
        "pet-status": STATUS,
        Kind: { type: "integer", enum: [1, 2, 3], "x-enum-varnames": ["One", "Two", "Three"] },
      },
    },
  },
  "shapes-31.json": {
    openapi: "3.1.0",
    info: { title: "Shapes", version: "1" },
    paths: {
      "/shapes": {
        post: {
          operationId: "createShape",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Shape" } } },
          },
          responses: {
            "201": {
              description: "made",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Shape" } } },
            },
          },
        },
      },
    },
    webhooks: {
      shapeMade: {
        post: {
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Shape" } } } },
          responses: { "200": { description: "ok" } },
        },
      },
    },
    components: {
      schemas: {
        Shape: {
          oneOf: [{ $ref: "#/components/schemas/Circle" }, { $ref: "#/components/schemas/Square" }],
          discriminator: { propertyName: "kind" },
        },
        Circle: {
          type: "object",
          required: ["kind"],
          properties: { kind: { type: "string" }, radius: { type: ["number", "null"] } },
        },
        Square: {
          type: "object",
          properties: { kind: { type: "string" }, side: { type: "number", default: 1 } },
          additionalProperties: { type: "string" },
        },
        Colour: { enum: ["red", "green", null] },
      },
    },
    $defs: { Point: { type: "object", properties: { x: { type: "number" } } } },
  },
};

/** Flag sets, each a row with every document. */
const FLAG_ROWS: readonly (readonly string[])[] = [
  [],
  ["--enum", "--export-type"],
  ["--immutable", "--alphabetize", "--default-non-nullable", "false"],
  ["--root-types", "--root-types-no-schema-prefix"],
  ["--root-types", "--root-types-keep-casing", "-t"],
  ["--enum", "--enum-values", "--dedupe-enums"],
  ["--enum", "--conditional-enums"],
  ["--path-params-as-types", "--array-length", "--make-paths-enum"],
  ["--read-write-markers", "--exclude-deprecated", "--properties-required-by-default"],
  ["--additional-properties", "--empty-objects-unknown", "--enum=true", "--no-alphabetize"],
];

let work: string;
beforeAll(() => {
  work = makeTempDir("types-command");
  for (const [name, document] of Object.entries(DOCUMENTS))
    writeFileSync(path.join(work, name), JSON.stringify(document, null, 2));
});
afterAll(() => removeDir(work));

describe("types: byte-identical to openapi-typescript 7.13's CLI", () => {
  const rows = Object.keys(DOCUMENTS).flatMap((document) => FLAG_ROWS.map((flags) => ({ document, flags })));
  it.each(rows)("$document $flags", async ({ document, flags }) => {
    const [ours, theirs] = await Promise.all([
      types([document, ...flags], work),
      run(THEIRS, [document, ...flags], work),
    ]);
    expect(theirs.status).toBe(0);
    expect(ours.stderr).toBe("");
    expect(ours.status).toBe(0);
    expect(ours.stdout).toBe(theirs.stdout);
  });

  it("writes the same file through -o, creating its folder", async () => {
    const [ours, theirs] = await Promise.all([
      types(["pets-30.json", "-o", "ours/schema.d.ts"], work),
      run(THEIRS, ["pets-30.json", "-o", "theirs/schema.d.ts"], work),
    ]);
    expect([ours.status, theirs.status]).toEqual([0, 0]);
    expect(readFileSync(path.join(work, "ours/schema.d.ts"), "utf8")).toBe(
      readFileSync(path.join(work, "theirs/schema.d.ts"), "utf8"),
    );
  });

  it("takes every flag its --help lists, and lists them", async () => {
    const theirs = readFileSync(THEIRS, "utf8");
    const flags = [...theirs.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1]);
    expect(flags.length).toBeGreaterThan(20);
    const help = await types(["--help"], work);
    expect(help.status).toBe(0);
    for (const flag of flags) expect(help.stdout).toContain(`  ${flag}`);
  });

  it("reads every API of a Redocly config, each to its x-openapi-ts.output", async () => {
    const config = [
      "apis:",
      "  pets@v1:",
      "    root: ./pets-30.json",
      "    x-openapi-ts:",
      "      output: ./apis/pets.ts",
      "  shapes@v1:",
      "    root: ./shapes-31.json",
      "    x-openapi-ts:",
      "      output: ./apis/shapes.ts",
      "",
    ].join("\n");
    writeFileSync(path.join(work, "multi.yaml"), config);
    const ours = await types(["--redocly", "multi.yaml", "--enum"], work);
    expect(ours.status).toBe(0);
    const mine = ["pets", "shapes"].map((name) => readFileSync(path.join(work, `apis/${name}.ts`), "utf8"));
    const theirs = await run(THEIRS, ["--redocly", "multi.yaml", "--enum"], work);
    expect(theirs.status).toBe(0);
    expect(["pets", "shapes"].map((name) => readFileSync(path.join(work, `apis/${name}.ts`), "utf8"))).toEqual(mine);
  });
});

describe("types --check and bad input", () => {
  it("exits 0 when the file is up to date, 1 when it differs or is missing, and writes nothing", async () => {
    const file = path.join(work, "check.d.ts");
    expect((await types(["pets-30.json", "-o", file], work)).status).toBe(0);
    const written = readFileSync(file, "utf8");
    expect((await types(["pets-30.json", "-o", file, "--check"], work)).status).toBe(0);
    const stale = await types(["pets-30.json", "-o", file, "--check", "--immutable"], work);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("check.d.ts: out of date");
    const missing = await types(["pets-30.json", "-o", path.join(work, "none.d.ts"), "--check"], work);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("none.d.ts: missing");
    expect(() => statSync(path.join(work, "none.d.ts"))).toThrow();
    expect(readFileSync(file, "utf8")).toBe(written);
  });

  it("writes through a symbolic link and keeps the file's mode, as openapi-typescript's own write does", async () => {
    writeFileSync(path.join(work, "real.d.ts"), "// old\n");
    chmodSync(path.join(work, "real.d.ts"), 0o640);
    symlinkSync("real.d.ts", path.join(work, "link.d.ts"));
    expect((await types(["pets-30.json", "-o", "link.d.ts"], work)).status).toBe(0);
    expect(lstatSync(path.join(work, "link.d.ts")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(work, "real.d.ts"), "utf8")).toContain("export interface paths");
    expect(statSync(path.join(work, "real.d.ts")).mode & 0o777).toBe(0o640);
  });

  it("refuses a document it cannot read with its place and exit 2, leaving the output as it was", async () => {
    writeFileSync(
      path.join(work, "broken.yaml"),
      'openapi: 3.0.3\ninfo: {title: x, version: "1"}\npaths:\n  /a:\n    get: [\n',
    );
    writeFileSync(path.join(work, "kept.d.ts"), "// kept\n");
    const broken = await types(["broken.yaml", "-o", "kept.d.ts"], work);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("broken.yaml:6:1: cannot read the document:");
    expect(readFileSync(path.join(work, "kept.d.ts"), "utf8")).toBe("// kept\n");
  });

  it("refuses what openapi-typescript's lint refuses, located, with exit 2", async () => {
    const document = {
      openapi: "3.0.3",
      info: { title: "x", version: "1" },
      paths: {
        "/a": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { $ref: "#/components/schemas/Nope" } } },
              },
            },
          },
        },
      },
    };
    writeFileSync(path.join(work, "unresolved.json"), JSON.stringify(document, null, 2));
    const ours = await types(["unresolved.json", "-o", "kept.d.ts"], work);
    expect(ours.status).toBe(2);
    expect(ours.stderr).toMatch(
      /unresolved\.json:\d+:\d+ \(#\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\): Can't resolve \$ref/,
    );
    expect(readFileSync(path.join(work, "kept.d.ts"), "utf8")).toBe("// kept\n");
  });

  it("refuses a $ref cycle Redocly throws on (not a crash), located by the loader, with exit 2", async () => {
    const schemas = { Baz: { $ref: "#/components/schemas/Qux" }, Qux: { $ref: "#/components/schemas/Baz" } };
    const document = { openapi: "3.1.0", info: { title: "x", version: "1" }, paths: {}, components: { schemas } };
    writeFileSync(path.join(work, "cycle.json"), JSON.stringify(document, null, 2));
    const ours = await types(["cycle.json", "-o", "kept.d.ts"], work);
    expect(ours.status).toBe(2);
    expect(ours.stderr).toMatch(/cycle\.json:\d+:\d+ \(#\/components\/schemas\/\w+\/\$ref\): circular \$ref/);
    expect(readFileSync(path.join(work, "kept.d.ts"), "utf8")).toBe("// kept\n");
  });

  it("refuses the flags openapi-typescript renamed, with its message", async () => {
    const renamed = await types(["pets-30.json", "--immutable-types"], work);
    expect(renamed.status).toBe(2);
    expect(renamed.stderr).toContain('The --immutable-types flag has been renamed to "--immutable".');
  });
});
