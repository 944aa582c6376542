import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { markdownInline } from "../emit/code-text.js";
import type { TemplateSet } from "../emit/template-engine.js";
import { SpecError } from "../errors.js";
import { type LoadedSpec, loadSpec } from "../load/load-spec.js";
import type { ApiModel } from "../model/api-model.js";
import {
  addToSections,
  type ChangelogSection,
  changeBullet,
  FIRST_GENERATION,
  isBreakingBullet,
  isFirstGeneration,
  raisedVersion,
  readChangelogSections,
  sectionBump,
  UNSEEN_CHANGE,
} from "./changelog-entries.js";
import { diffSpecs } from "./diff-specs.js";

/** The output file the previous document is kept in, and read back from at the next regeneration. */
export const DOCUMENT_FILE = "openapi.json";
export const CHANGELOG_FILE = "CHANGELOG.md";

/** What this regeneration added to the changelog, for the CLI's summary (undefined when nothing). */
export interface ChangelogNews {
  readonly version: string;
  readonly breaking: number;
  readonly other: number;
  /** The version these changes call for, where the package's version was not raised that far. */
  readonly dueVersion: string | undefined;
}

export interface ChangelogInput {
  readonly outDir: string;
  readonly spec: LoadedSpec;
  readonly model: ApiModel;
  /** The rendered package: its `openapi.json` and `package.json` (for the version). */
  readonly files: ReadonlyMap<string, string>;
  readonly templates: TemplateSet;
}

function readIfPresent(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

function versionIn(manifest: string | undefined): string | undefined {
  if (manifest === undefined) return undefined;
  try {
    const version = (JSON.parse(manifest) as { version?: unknown }).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The bullets for the step from the previous document (its file in the output) to the new one. */
async function bulletsSince(previousFile: string, spec: LoadedSpec): Promise<string[]> {
  let before: LoadedSpec;
  try {
    before = await loadSpec(previousFile);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return ["- The previous document (`openapi.json`) could not be read: the changes are not classified."];
  }
  const { changes } = diffSpecs(before, spec);
  return changes.length === 0 ? [UNSEEN_CHANGE] : changes.map(changeBullet);
}

function firstBullet(model: ApiModel): string {
  const count = model.operations.length;
  const api = markdownInline(`${model.title} ${model.apiVersion}`);
  return `${FIRST_GENERATION}${api} (${count} operation${count === 1 ? "" : "s"}).`;
}

/**
 * The generated package's CHANGELOG.md: the previous one's sections, and this regeneration's
 * changes (from `diff` between the previous `openapi.json` of the output and the new document)
 * added under the package's version. An unchanged document leaves it as it was.
 */
export async function composeChangelog(
  input: ChangelogInput,
): Promise<{ text: string; news: ChangelogNews | undefined }> {
  const { outDir, files, model } = input;
  const version = versionIn(files.get("package.json")) ?? "0.0.0";
  const previousDocument = readIfPresent(path.join(outDir, DOCUMENT_FILE));
  const previousText = readIfPresent(path.join(outDir, CHANGELOG_FILE));
  const previous = previousText === undefined ? [] : readChangelogSections(previousText);
  let sections: ChangelogSection[];
  let bullets: string[] = [];
  if (previousDocument === undefined || previous.length === 0) sections = [{ version, bullets: [firstBullet(model)] }];
  else if (previousDocument === files.get(DOCUMENT_FILE)) sections = previous;
  else {
    bullets = await bulletsSince(path.join(outDir, DOCUMENT_FILE), input.spec);
    sections = addToSections(previous, version, bullets);
  }
  const text = input.templates.render("CHANGELOG.md", {
    packageName: model.packageName,
    sections: sections.map((section) => ({ ...section, summary: sectionSummary(section) })),
  });
  return { text, news: bullets.length === 0 ? undefined : news(bullets, version, previous[0]?.version) };
}

function sectionSummary(section: ChangelogSection): string {
  if (isFirstGeneration(section)) return "The first generation of this package.";
  const bump = sectionBump(section);
  if (bump === "major") return "Breaking changes: code that calls this package may no longer compile or work.";
  if (bump === "minor") return "Additions and changes that keep callers' code working.";
  return "Nothing that callers' code can see changed.";
}

function news(bullets: readonly string[], version: string, previousVersion: string | undefined): ChangelogNews {
  const breaking = bullets.filter(isBreakingBullet).length;
  const other = bullets.filter((bullet) => bullet !== UNSEEN_CHANGE).length - breaking;
  const bump = sectionBump({ version, bullets });
  // What these changes call for from the version the previous regeneration had.
  const needed = previousVersion === undefined || bump === "patch" ? undefined : raisedVersion(previousVersion, bump);
  const due = needed !== undefined && compareVersions(version, needed) < 0 ? needed : undefined;
  return { version, breaking, other, dueVersion: due };
}

/** Order of two versions by major, minor and patch (what a raise is measured in). */
function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] => (/^(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** What a regeneration added to CHANGELOG.md, and the version it calls for where that was not given. */
export function changelogLine(news: ChangelogNews): string {
  const counts =
    news.breaking + news.other === 0
      ? "the document changed in nothing callers see"
      : `${news.breaking} breaking and ${news.other} other change(s) for callers`;
  const due =
    news.dueVersion === undefined
      ? ""
      : `; if ${news.version} is published already, they call for ${news.dueVersion} (packageVersion or --package-version)`;
  return `CHANGELOG.md: ${counts}, under ${news.version}${due}`;
}
