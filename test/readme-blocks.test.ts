import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatePackage } from "./support/generated-package.js";
import { PROJECT_PAGES } from "./support/project-pages.js";
import { DIGITALOCEAN, sharedPresent } from "./support/shared-files.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { typecheck } from "./support/typecheck.js";

interface Block {
  readonly line: number;
  readonly code: string;
}

/** Every ```ts (or ```typescript) block of a Markdown text, with the line it starts on. */
function typescriptBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    // A TypeScript fence, with or without an info string after the language (```ts twoslash).
    const fence = /^(\s*)```(ts|typescript)(\s.*)?$/.exec(lines[index] ?? "");
    if (fence === null) continue;
    const indent = fence[1] ?? "";
    const start = index + 1;
    let end = start;
    while (end < lines.length && (lines[end] ?? "").trim() !== "```") end += 1;
    blocks.push({
      line: start + 1,
      code: lines
        .slice(start, end)
        .map((line) => line.slice(indent.length))
        .join("\n"),
    });
    index = end;
  }
  return blocks;
}

/**
 * Each block of each page written as its own module of one consumer project (as a user pastes it),
 * the packages it names installed as links, and all type-checked under strict,
 * exactOptionalPropertyTypes and noUncheckedIndexedAccess. Returns the diagnostics, each naming the
 * page and line of its block.
 */
function compileBlocks(
  pages: readonly string[],
  label: string,
  packages: Readonly<Record<string, string>>,
): { count: number; errors: string[] } {
  const dir = makeTempDir(`readme-${label}`);
  writeFileSync(path.join(dir, "package.json"), '{ "name": "readme-consumer", "private": true, "type": "module" }\n');
  mkdirSync(path.join(dir, "node_modules"));
  for (const [name, target] of Object.entries(packages)) {
    mkdirSync(path.dirname(path.join(dir, "node_modules", name)), { recursive: true });
    symlinkSync(target, path.join(dir, "node_modules", name), "dir");
  }
  const files = pages.flatMap((page, pageIndex) =>
    typescriptBlocks(readFileSync(page, "utf8")).map((block) => {
      const file = path.join(dir, `page-${pageIndex}-line-${block.line}.ts`);
      writeFileSync(file, `${block.code}\nexport {};\n`);
      return file;
    }),
  );
  const errors = typecheck(files).map((message) =>
    message.replace(
      /^.*page-(\d+)-line-(\d+)\.ts:(\d+):\d+/,
      (_, page: string, line: string, offset: string) =>
        `${path.relative(REPO_ROOT, pages[Number(page)] ?? "")} line ${Number(line) + Number(offset) - 1}:`,
    ),
  );
  removeDir(dir);
  return { count: files.length, errors };
}

describe("every TypeScript block of the READMEs compiles as a user pastes it", () => {
  // The libraries a README shows the generated validators with, installed as a user would have them.
  const LIBRARIES = Object.fromEntries(
    [
      "hono",
      "@hono/standard-validator",
      "@standard-schema/spec",
      "@tanstack/query-core",
      "@tanstack/react-query",
      "@tanstack/vue-query",
      "vue",
    ].map((name) => [name, path.join(REPO_ROOT, "node_modules", name)]),
  );
  const LINKS = {
    "launchdarkly-experiments-client": path.join(REPO_ROOT, "generated"),
    "openapi-client-codegen": REPO_ROOT,
    ...LIBRARIES,
  };

  it("the project's README, CONTRIBUTING.md and every page of docs/", async () => {
    // The 3.2 examples are consumers of the client of test/specs/oas32/streams.yaml, the TanStack
    // Query ones of test/specs/browser/app.yaml's.
    const streams = await generatePackage(
      path.join(REPO_ROOT, "test", "specs", "oas32", "streams.yaml"),
      "readme-streams",
    );
    const app = await generatePackage(path.join(REPO_ROOT, "test", "specs", "browser", "app.yaml"), "readme-app");
    const { count, errors } = compileBlocks(PROJECT_PAGES, "project", {
      ...LINKS,
      "streams-openapi-3-2-client": streams.dir,
      "frontend-app-client": app.dir,
    });
    removeDir(streams.dir);
    removeDir(app.dir);
    expect(count).toBeGreaterThanOrEqual(15);
    expect(errors).toEqual([]);
  });

  it("the generated package's README", () => {
    const { count, errors } = compileBlocks([path.join(REPO_ROOT, "generated", "README.md")], "generated", LINKS);
    expect(count).toBe(12);
    expect(errors).toEqual([]);
  });

  describe("generated READMEs of other documents (integer path parameters, default responses, hostile names)", () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach(removeDir));
    const specs = ["petstore-30.yaml", "hostile.yaml", "hostile-2.yaml", "oas32/streams.yaml"].map((name) =>
      path.join(REPO_ROOT, "test", "specs", name),
    );
    for (const specPath of sharedPresent(DIGITALOCEAN, "the README of DigitalOcean's client")
      ? [...specs, DIGITALOCEAN]
      : specs) {
      const spec = path.basename(specPath);
      it(spec, async () => {
        const generated = await generatePackage(specPath, "readme-spec");
        dirs.push(generated.dir);
        const name = (JSON.parse(readFileSync(path.join(generated.dir, "package.json"), "utf8")) as { name: string })
          .name;
        const { count, errors } = compileBlocks([path.join(generated.dir, "README.md")], spec, {
          [name]: generated.dir,
          ...LIBRARIES,
        });
        expect(count).toBeGreaterThanOrEqual(2);
        expect(errors).toEqual([]);
      });
    }
  });
});
