import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderFromSpec } from "../generator/generate.js";
import { listFiles } from "../generator/write/plan-output.js";
import { startLoopbackServer } from "./support/loopback-server.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { FLAG_SETS, typecheck, typecheckWithTypeScript7 } from "./support/typecheck.js";

const SPECS = [
  ["fragment", "spec/openapi.yaml"],
  ["petstore-30", "test/specs/petstore-30.yaml"],
  ["hostile", "test/specs/hostile.yaml"],
  ["hostile-2", "test/specs/hostile-2.yaml"],
] as const;

function writeAll(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

describe.each(SPECS)("generated package for %s", (name, specPath) => {
  let files: Map<string, string>;
  let dir: string;

  beforeAll(async () => {
    files = await renderFromSpec({ specPath });
    dir = makeTempDir(name);
    writeAll(dir, files);
  });
  afterAll(() => removeDir(dir));

  it("matches the reviewed file snapshots, one per output file, and no stale ones", async () => {
    for (const [file, content] of files) {
      await expect(content).toMatchFileSnapshot(path.join("__file_snapshots__", name, file));
    }
    expect(listFiles(path.join(REPO_ROOT, "test", "__file_snapshots__", name))).toEqual([...files.keys()]);
  });

  it.each(Object.entries(FLAG_SETS))(
    "type-checks under %s, with TypeScript 5.9 and 7, sources and the compiled declarations a consumer sees",
    (_, options) => {
      const consumer = path.join(dir, "consumer.ts");
      writeFileSync(
        consumer,
        'import { createClient, type Client } from "./dist/index.js";\nexport const client: Client = createClient({ token: "t" });\n',
      );
      const sources = [...files.keys()].filter((file) => file.startsWith("src/")).map((file) => path.join(dir, file));
      expect(typecheck([...sources, consumer], options)).toEqual([]);
      expect(typecheckWithTypeScript7(dir, [...sources, consumer], options)).toEqual([]);
    },
  );
});

describe("hostile spec", () => {
  it("runs nothing taken from the spec when imported and called", async () => {
    const dir = makeTempDir("hostile-run");
    const server = await startLoopbackServer();
    try {
      writeAll(dir, await renderFromSpec({ specPath: "test/specs/hostile.yaml" }));
      const module = (await import(pathToFileURL(path.join(dir, "dist/index.js")).href)) as {
        createClient: (options: object) => Record<string, (init?: object) => Promise<{ response: Response }>>;
      };
      const client = module.createClient({ baseUrl: server.baseUrl, token: "secret", deprecationWarnings: false });
      const methods = Object.keys(client).sort();
      expect(methods).toEqual([
        "constructorOperation",
        "delete",
        "getItem",
        "getItem2",
        "op123go",
        "proto",
        "quoteOpBack",
      ]);
      for (const method of methods) {
        const result = await client[method]?.({ params: { path: { "item-id": "a/b", id: 1 } } });
        expect(result?.response.status).toBe(200);
      }
      expect(Object.hasOwn(client, "constructorOperation")).toBe(true);
      expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
      expect(server.requests.map((request) => `${request.method} ${request.url}`)).toContain("GET /items/a%2Fb");
      expect(server.requests.every((request) => request.headers["x-api-key"] === "secret")).toBe(true);
    } finally {
      await server.close();
      removeDir(dir);
    }
  });
});
