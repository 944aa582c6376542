// The generated package's CHANGELOG.md as data: changes as bullets (names escaped), the sections a
// previous CHANGELOG.md holds (kept as written), and the version arithmetic of semver.
import { markdownText } from "../emit/code-text.js";
import { type Change, type ChangeLevel, usageText } from "./change.js";

/** The heading of the changes not yet released under a version of their own. */
export const UNRELEASED = "Unreleased";
/** How a breaking change's bullet begins; escaping keeps a document's names from forging it. */
const BREAKING = "- **Breaking**: ";
/** How a warning's bullet begins: code still compiles, but an exhaustive `switch` must handle a new value. */
const WARNING = "- **Warning**: ";
/** The bullet of a step whose document changed in nothing callers see. */
export const UNSEEN_CHANGE = "- The document changed in nothing callers of this package can see.";

export type Bump = "major" | "minor" | "patch";

const PREFIX: Readonly<Record<ChangeLevel, string>> = { breaking: BREAKING, warning: WARNING, info: "- " };

/** A change as one Markdown bullet; a component schema's change says what uses it. */
export function changeBullet(change: Change): string {
  const usage = change.usage === undefined ? "" : usageText(change.usage);
  const tail = usage === "" ? change.kind : `${change.kind}; ${usage}`;
  return `${PREFIX[change.level]}${markdownText(change.location)}: ${markdownText(change.message)} (${markdownText(tail)})`;
}

export function isBreakingBullet(bullet: string): boolean {
  return bullet.startsWith(BREAKING);
}

export function isWarningBullet(bullet: string): boolean {
  return bullet.startsWith(WARNING);
}

/** Breaking first, then warnings, then by text: the same changes give the same bytes, whatever order diff found them in. */
export function orderBullets(bullets: readonly string[]): string[] {
  const rank = (bullet: string): number => (isBreakingBullet(bullet) ? 0 : isWarningBullet(bullet) ? 1 : 2);
  return [...new Set(bullets)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The version bump a list of bullets calls for; undefined where they could not be classified. */
export function bulletsBump(bullets: readonly string[], classified: boolean): Bump | undefined {
  if (!classified) return undefined;
  if (bullets.some(isBreakingBullet)) return "major";
  return bullets.some((bullet) => bullet !== UNSEEN_CHANGE) ? "minor" : "patch";
}

/** A section of a previous CHANGELOG.md: its heading's first word, and its text as written. */
export interface WrittenSection {
  readonly version: string;
  readonly text: string;
}

/** The `## ` sections of a CHANGELOG.md, each kept as written (a hand-edited line stays). */
export function readSections(markdown: string): WrittenSection[] {
  const sections: { version: string; lines: string[] }[] = [];
  for (const line of markdown.split("\n")) {
    const heading = /^## +(\S+)/.exec(line);
    if (heading !== null) sections.push({ version: heading[1] ?? "", lines: [line] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections.map(({ version, lines }) => ({ version, text: lines.join("\n").trimEnd() }));
}

function parts(version: string): { core: [number, number, number]; pre: boolean } | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)(-[^+]*)?/.exec(version);
  if (match === null) return undefined;
  return { core: [Number(match[1]), Number(match[2]), Number(match[3])], pre: match[4] !== undefined };
}

/** `version` raised by `bump`, as semver's `inc` does (a pre-release rises to its release); undefined where not semver. */
export function raisedVersion(version: string, bump: Bump): string | undefined {
  const parsed = parts(version);
  if (parsed === undefined) return undefined;
  const [major, minor, patch] = parsed.core;
  if (bump === "major") return parsed.pre && minor === 0 && patch === 0 ? `${major}.0.0` : `${major + 1}.0.0`;
  if (bump === "minor") return parsed.pre && patch === 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
  return parsed.pre ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
}

/** Whether `version` is below `other` (major, minor, patch; a pre-release below its release); false where either is not semver. */
export function isBelow(version: string, other: string): boolean {
  const [a, b] = [parts(version), parts(other)];
  if (a === undefined || b === undefined) return false;
  for (let index = 0; index < 3; index += 1) {
    const difference = (a.core[index] ?? 0) - (b.core[index] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return a.pre && !b.pre;
}
