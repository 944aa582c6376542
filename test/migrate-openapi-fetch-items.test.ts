import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { type Outcomes, runExportedFunctions } from "./support/run-downstream.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

// Three readings of `migrate --from openapi-fetch` a review found wrong: a rewritten call keeps
// openapi-fetch's JSON reading (`parseAs: "json"`, so a JSON body without a JSON Content-Type is still
// parsed), a `$ref` to a string enum is a plain query value (not refused), and an empty list, which
// openapi-fetch leaves out of the query, is refused rather than sent as `ids=`.

const FIXTURE = path.join(REPO_ROOT, "test/downstream-openapi-fetch/items-app");
const DOCUMENT = {
  openapi: "3.0.3",
  info: { title: "items", version: "1.0.0" },
  paths: {
    "/items": {
      get: {
        operationId: "listItems",
        parameters: [
          { name: "tag", in: "query", schema: { $ref: "#/components/schemas/Tag" } },
          { name: "ids", in: "query", schema: { type: "array", items: { type: "string" } } },
        ],
        responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  },
  components: { schemas: { Tag: { type: "string", enum: ["new", "old"] } } },
};

describe("migrate --from openapi-fetch keeps openapi-fetch's readings", () => {
  const work = makeTempDir("migrate-items");
  let generated: GeneratedPackage;
  let project: string;
  const spec = path.join(work, "items.json");
  beforeAll(async () => {
    writeFileSync(spec, JSON.stringify(DOCUMENT));
    generated = await generatePackage(spec, "migrate-items-package");
    project = path.join(work, "app");
    cpSync(FIXTURE, project, { recursive: true });
    mkdirSync(path.join(project, "node_modules"));
    const link = (target: string, name: string) => symlinkSync(target, path.join(project, "node_modules", name), "dir");
    link(generated.dir, "items-client");
    link(path.join(REPO_ROOT, "node_modules", "openapi-fetch"), "openapi-fetch");
    link(path.join(REPO_ROOT, "node_modules", "@types"), "@types");
    // openapi-typescript's usual setup: `paths` from the project's own schema file, not the generated package.
    cpSync(path.join(generated.dir, "src", "schema.ts"), path.join(project, "src", "schema.ts"));
    writeFileSync(
      path.join(project, "src", "own.ts"),
      'import createClient from "openapi-fetch";\nimport type { paths } from "./schema.js";\n\nconst own = createClient<paths>({ baseUrl: process.env.ITEMS_BASE_URL ?? "" });\n\nexport async function ownTag(): Promise<unknown> {\n  const { data } = await own.GET("/items", { params: { query: { tag: "old" } } });\n  return data;\n}\n',
    );
  });
  afterAll(() => {
    removeDir(work);
    removeDir(generated.dir);
  });

  it("rewrites the enum query with parseAs json, refuses the empty list, and the rewritten call reads a text/plain JSON body as before", async () => {
    const { createServer } = await import("node:http");
    // A server that answers JSON text labelled text/plain: openapi-fetch's default reading parses it.
    const server = createServer((_, res) => res.writeHead(200, { "content-type": "text/plain" }).end('{"n":1}'));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    process.env.ITEMS_BASE_URL = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
    try {
      const before: Outcomes = await runExportedFunctions(project, "before");
      const args = [path.join(REPO_ROOT, "bin/codegen.mjs"), "migrate", "--from", "openapi-fetch", project];
      const run = spawnSync(process.execPath, [...args, "--spec", spec, "--write"], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).toMatch(/items\.ts:\d+:\d+.*ids/);
      expect(run.stdout + run.stderr).toMatch(
        /own\.ts:\d+:\d+.*`paths` comes from a file of this project \(a relative import\), not from the generated package/,
      );
      expect(readFileSync(path.join(project, "src", "own.ts"), "utf8")).toContain('own.GET("/items"');
      const source = readFileSync(path.join(project, "src", "items.ts"), "utf8");
      expect(source).toContain('clientGenerated.listItems({ parseAs: "json", params: { query: { tag: "new" } } })');
      expect(source).toContain('client.GET("/items", { params: { query: { ids: [] } } })');
      const after: Outcomes = await runExportedFunctions(project, "after");
      expect(after).toEqual(before);
      expect(before["items.ts:byTag"]).toEqual({ n: 1 });
    } finally {
      server.close();
      delete process.env.ITEMS_BASE_URL;
    }
  });
});
