import { markdownInline } from "../emit/code-text.js";
import type { Change } from "./compare-schemas.js";
import type { SemverBump } from "./diff-specs.js";

/** One version's part of the generated package's CHANGELOG.md: its Markdown bullets, newest first. */
export interface ChangelogSection {
  readonly version: string;
  readonly bullets: readonly string[];
}

/** How a breaking change's bullet begins: the marker a previous CHANGELOG.md is read back by. */
const BREAKING = "- **Breaking**: ";
/** The bullet of a regeneration whose document changed in nothing callers see. */
export const UNSEEN_CHANGE = "- The document changed in nothing callers of this package can see.";

/** How the bullet of the package's first generation begins. */
export const FIRST_GENERATION = "- First generated from ";

/** A change as one Markdown bullet; the names in it come from the document, so they are escaped. */
export function changeBullet(change: Change): string {
  const text = `${markdownInline(change.location)}: ${markdownInline(change.message)} (${markdownInline(change.kind)})`;
  return `${change.breaking ? BREAKING : "- "}${text}`;
}

export function isBreakingBullet(bullet: string): boolean {
  return bullet.startsWith(BREAKING);
}

/** Breaking first, then by text: the same changes give the same bytes, whatever order diff found them in. */
export function orderBullets(bullets: readonly string[]): string[] {
  const unique = [...new Set(bullets)];
  // Breaking first, the first generation (the oldest news) last.
  const rank = (bullet: string): number =>
    isBreakingBullet(bullet) ? 0 : bullet === UNSEEN_CHANGE ? 2 : bullet.startsWith(FIRST_GENERATION) ? 3 : 1;
  return unique.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The sections of a CHANGELOG.md this generator wrote: each `## <version>` heading and the bullets
 * under it. Prose between them is rewritten from the template, so only the bullets are kept.
 */
export function readChangelogSections(markdown: string): ChangelogSection[] {
  const sections: { version: string; bullets: string[] }[] = [];
  for (const line of markdown.split("\n")) {
    const heading = /^## (\S+)\s*$/.exec(line);
    if (heading !== null) sections.push({ version: heading[1] ?? "", bullets: [] });
    else if (line.startsWith("- ")) sections.at(-1)?.bullets.push(line);
  }
  return sections;
}

/**
 * The sections after one regeneration: its bullets join the newest section when the package's
 * version is still that section's (changes gather under a version until it is raised), else they
 * open a new section on top.
 */
export function addToSections(
  sections: readonly ChangelogSection[],
  version: string,
  bullets: readonly string[],
): ChangelogSection[] {
  const [newest, ...older] = sections;
  if (newest !== undefined && newest.version === version) {
    const merged = [...newest.bullets, ...bullets];
    // "Nothing callers see" says nothing beside a change they do see.
    const seen = merged.filter((bullet) => bullet !== UNSEEN_CHANGE);
    return [{ version, bullets: orderBullets(seen.length > 0 ? seen : merged) }, ...older];
  }
  return [{ version, bullets: orderBullets(bullets) }, ...sections];
}

/** The version bump a section's bullets call for. */
export function sectionBump(section: ChangelogSection): SemverBump | "patch" {
  if (section.bullets.some(isBreakingBullet)) return "major";
  return section.bullets.some((bullet) => bullet !== UNSEEN_CHANGE && !bullet.startsWith(FIRST_GENERATION))
    ? "minor"
    : "patch";
}

/** A section that holds only the package's first generation. */
export function isFirstGeneration(section: ChangelogSection): boolean {
  return section.bullets.every((bullet) => bullet.startsWith(FIRST_GENERATION));
}

/** `version` raised by `bump` (pre-release and build parts dropped); undefined where it is not semver. */
export function raisedVersion(version: string, bump: SemverBump | "patch"): string | undefined {
  const parts = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (parts === null) return undefined;
  const [major, minor, patch] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
