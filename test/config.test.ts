import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

function cliIn(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(REPO_ROOT, "bin/codegen.mjs"), ...args], { cwd, encoding: "utf8" });
}

describe("codegen.config.ts", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  it("sets spec, output and a template override: one partial replaced, the rest built in", () => {
    const dir = makeTempDir("config");
    dirs.push(dir);
    mkdirSync(path.join(dir, "my-templates", "partials"), { recursive: true });
    writeFileSync(
      path.join(dir, "my-templates", "partials", "header.hbs"),
      "// ACME client, generated. Ask #platform before editing.\n",
    );
    writeFileSync(
      path.join(dir, "codegen.config.ts"),
      [
        'import { defineConfig } from "openapi-client-codegen";',
        "",
        "export default defineConfig({",
        `  spec: ${JSON.stringify(path.join(REPO_ROOT, "test/specs/petstore-30.yaml"))},`,
        '  out: "./client",',
        '  packageName: "@acme/pets-client",',
        '  templates: "./my-templates",',
        "});",
      ].join("\n"),
    );
    const result = cliIn(dir);
    expect(result.status, result.stderr).toBe(0);
    const client = readFileSync(path.join(dir, "client/src/client.ts"), "utf8");
    expect(client.startsWith("// ACME client, generated. Ask #platform before editing.\n")).toBe(true);
    expect(client).toContain("readonly listPets: Runtime.Method<ListPetsRequest, ListPetsResult>;");
    expect(JSON.parse(readFileSync(path.join(dir, "client/package.json"), "utf8")).name).toBe("@acme/pets-client");
    // A flag still wins over the config file.
    expect(cliIn(dir, "--out", "other", "--quiet").status).toBe(0);
    expect(readFileSync(path.join(dir, "other/src/client.ts"), "utf8")).toContain("ACME client");
  });

  it("names an operation's paging where the document's names follow no convention, or turns it off; a wrong name is located", () => {
    const dir = makeTempDir("config-pagination");
    dirs.push(dir);
    const spec = JSON.stringify(path.join(REPO_ROOT, "test/specs/browser/app.yaml"));
    const write = (pagination: string): void =>
      writeFileSync(
        path.join(dir, "codegen.config.mjs"),
        `export default { spec: ${spec}, out: "./client", pagination: ${pagination} };\n`,
      );
    const query = (): string => readFileSync(path.join(dir, "client/src/query.ts"), "utf8");
    write("{}");
    expect(cliIn(dir, "--quiet").status).toBe(0);
    expect(query()).not.toContain("listFeedInfiniteQueryOptions"); // no convention recognised
    expect(query()).toContain("listPagesInfiniteQueryOptions"); // `page` is one
    write('{ listFeed: { param: "since", next: "paging.following" }, listPages: false }');
    expect(cliIn(dir, "--quiet").status).toBe(0);
    expect(query()).toContain('{ kind: "cursor", param: "since", path: ["paging", "following"] }');
    expect(query()).not.toContain("listPagesInfiniteQueryOptions");
    write('{ listFeed: { param: "cursor", next: "x" }, createItem: { param: "page", count: "page", items: "" } }');
    const wrong = cliIn(dir, "--quiet");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('(#/pagination/listFeed/param): listFeed has no query parameter "cursor"');
    expect(wrong.stderr).toContain(
      '(#/pagination/createItem): no operation read by a query (GET, HEAD, QUERY) has operationId "createItem"',
    );
    write('{ listFeed: { param: "since" } }');
    expect(cliIn(dir, "--quiet").stderr).toContain("codegen.config.mjs (#/pagination/listFeed): needs either `next`");
  });

  it("refuses warnings with `strict: true`, as --strict does; the flag's absence does not turn it off", () => {
    const dir = makeTempDir("config-strict");
    dirs.push(dir);
    const spec = JSON.stringify(path.join(REPO_ROOT, "test/specs/lint/missing-info.yaml"));
    writeFileSync(
      path.join(dir, "codegen.config.mjs"),
      `export default { spec: ${spec}, out: "./client", strict: true };\n`,
    );
    const refused = cliIn(dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("1 warning, refused under --strict:");
    writeFileSync(path.join(dir, "codegen.config.mjs"), `export default { spec: ${spec}, strict: "yes" };\n`);
    expect(cliIn(dir).stderr).toContain('codegen.config.mjs (#/strict): "strict" must be true or false');
  });

  it("rejects unknown or mistyped options by name, with the file, exit 2", () => {
    const dir = makeTempDir("config-bad");
    dirs.push(dir);
    writeFileSync(path.join(dir, "codegen.config.mjs"), 'export default { spek: "x.yaml", out: 3 };\n');
    const result = cliIn(dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("bad configuration:");
    expect(result.stderr).toContain(
      'codegen.config.mjs (#/spek): unknown option "spek" (known: spec, out, packageName, packageVersion, templates, strict, pagination)',
    );
    expect(result.stderr).toContain('codegen.config.mjs (#/out): "out" must be a non-empty string');
  });

  it("gives the generated package a version of its own (packageVersion, --package-version wins), the API's stays in its README", () => {
    const dir = makeTempDir("config-version");
    dirs.push(dir);
    writeFileSync(
      path.join(dir, "codegen.config.mjs"),
      'export default { out: "./client", packageVersion: "3.0.0-beta.1" };\n',
    );
    expect(cliIn(dir, "--quiet").status).toBe(0);
    const manifest = () =>
      JSON.parse(readFileSync(path.join(dir, "client/package.json"), "utf8")) as { version: string };
    expect(manifest().version).toBe("3.0.0-beta.1");
    expect(readFileSync(path.join(dir, "client/README.md"), "utf8")).toContain("(API version 2.0)");
    expect(cliIn(dir, "--quiet", "--package-version", "3.1.0").status).toBe(0);
    expect(manifest().version).toBe("3.1.0");
    const bad = cliIn(dir, "--package-version", "3.1");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--package-version: "3.1" is not a semantic version');
    expect(manifest().version).toBe("3.1.0");
    writeFileSync(path.join(dir, "codegen.config.mjs"), 'export default { packageVersion: "v1" };\n');
    expect(cliIn(dir).stderr).toContain('codegen.config.mjs (#/packageVersion): "v1" is not a semantic version');
  });
});
