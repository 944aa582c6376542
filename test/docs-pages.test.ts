import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_PAGES } from "./support/project-pages.js";
import { REPO_ROOT } from "./support/temp-dirs.js";

/** GitHub's anchor for a heading: lowercase, punctuation but `-` and `_` dropped, spaces to `-`. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a Markdown page: its headings' slugs, repeats numbered as GitHub numbers them. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (heading === null) continue;
    const base = slug(heading[1] ?? "");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

/** Every relative link of a page (outside code), with its line: `[text](target)`. */
function relativeLinks(markdown: string): { line: number; target: string }[] {
  const links: { line: number; target: string }[] = [];
  let fenced = false;
  markdown.split("\n").forEach((text, index) => {
    if (/^\s*```/.test(text)) fenced = !fenced;
    if (fenced) return;
    // `[text](target)` and `[text](target "title")`.
    for (const match of text.replace(/`[^`]*`/g, "").matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1] ?? "";
      if (!/^[a-z]+:/i.test(target)) links.push({ line: index + 1, target });
    }
  });
  return links;
}

describe("the documentation pages", () => {
  it("the README is a front page: under 200 lines, linking every page of docs/ and CONTRIBUTING.md", () => {
    const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    expect(readme.split("\n").length).toBeLessThan(200);
    const linked = new Set(relativeLinks(readme).map(({ target }) => target.split("#")[0]));
    const pages = PROJECT_PAGES.filter((page) => page !== path.join(REPO_ROOT, "README.md")).map((page) =>
      path.relative(REPO_ROOT, page),
    );
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });

  it("every relative link of every page names a file that exists, and an anchor that its headings give", () => {
    const broken: string[] = [];
    for (const page of PROJECT_PAGES) {
      for (const { line, target } of relativeLinks(readFileSync(page, "utf8"))) {
        const [file = "", anchor] = target.split("#");
        const resolved = file === "" ? page : path.resolve(path.dirname(page), decodeURIComponent(file));
        const where = `${path.relative(REPO_ROOT, page)}:${line} → ${target}`;
        if (file.startsWith("/")) broken.push(`${where}: an absolute path, which GitHub reads from the site's root`);
        else if (!existsSync(resolved)) broken.push(`${where}: no such file`);
        else if (
          anchor !== undefined &&
          resolved.endsWith(".md") &&
          !anchors(readFileSync(resolved, "utf8")).has(anchor)
        )
          broken.push(`${where}: no such heading`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("the link check can fail: a missing page and a missing heading are found", () => {
    expect(anchors("# A `title`: here\n## Two words\n## Two words\n")).toEqual(
      new Set(["a-title-here", "two-words", "two-words-1"]),
    );
    expect(
      relativeLinks('see [x](docs/nope.md#a) and [y](https://example.com) `[z](no.md)` [t](cli.md "CLI")\n'),
    ).toEqual([
      { line: 1, target: "docs/nope.md#a" },
      { line: 1, target: "cli.md" },
    ]);
  });
});
