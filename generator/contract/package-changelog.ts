// The generated package's CHANGELOG.md, as a model for emit/emit-changelog.ts. Changes are what
// `diff` sees between the document of the last released version and the new one. A version is
// released when the package's version changes (packageVersion, --package-version, or a semver
// `info.version`): its section lists everything since the previous one. Until then the changes
// stand under "Unreleased", recomputed at each regeneration (an edit undone leaves nothing behind).
import { markdownText } from "../emit/code-text.js";
import { type LoadedSpec, loadSpec } from "../load/load-spec.js";
import type { ApiModel } from "../model/api-model.js";
import type { PreviousOutput } from "../write/previous-output.js";
import {
  type Bump,
  bulletsBump,
  changeBullet,
  isBelow,
  isBreakingBullet,
  isWarningBullet,
  orderBullets,
  raisedVersion,
  readSections,
  UNRELEASED,
  UNSEEN_CHANGE,
} from "./changelog-entries.js";
import { diffSpecs } from "./diff-specs.js";

/** A section this regeneration writes: its bullets, and the bump they call for (undefined: unclassified). */
export interface NewSection {
  readonly heading: string;
  readonly bullets: readonly string[];
  readonly bump: Bump | undefined;
  readonly first: boolean;
}

/** What a regeneration changed in CHANGELOG.md, for the CLI's line. */
export interface ChangelogNews {
  readonly released: string | undefined;
  readonly since: string | undefined;
  readonly breaking: number;
  /** Changes that keep callers' code compiling except an exhaustive `switch` (a response enum value added). */
  readonly warnings: number;
  readonly other: number;
  readonly classified: boolean;
  /** The version the changes call for over the last release, where the package's version is below it. */
  readonly dueVersion: string | undefined;
}

export type ChangelogModel =
  | { readonly kind: "kept"; readonly text: string; readonly released: string | undefined }
  | {
      readonly kind: "written";
      readonly packageName: string;
      readonly sections: readonly NewSection[];
      /** The earlier sections, as written. */
      readonly written: string;
      /** The released version's document, while there are unreleased changes. */
      readonly released: string | undefined;
      readonly news: ChangelogNews | undefined;
    };

export interface ChangelogInput {
  readonly previous: PreviousOutput;
  readonly spec: LoadedSpec;
  readonly model: ApiModel;
  /** The new `openapi.json` and the package's version. */
  readonly document: string;
  readonly version: string;
}

/** The bullets from `before` (a previous document's file) to the new document, and whether they are classified. */
async function bulletsSince(
  before: { text: string; file: string } | undefined,
  input: ChangelogInput,
): Promise<{ bullets: string[]; classified: boolean }> {
  if (before === undefined)
    return {
      bullets: ["- The document the last version was generated from is not at hand: the changes are not classified."],
      classified: false,
    };
  if (before.text === input.document) return { bullets: [], classified: true };
  try {
    const { changes } = diffSpecs(await loadSpec(before.file), input.spec);
    return {
      bullets: changes.length === 0 ? [UNSEEN_CHANGE] : orderBullets(changes.map(changeBullet)),
      classified: true,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      bullets: [
        `- The previous document could not be read (${markdownText(reason ?? "")}): the changes are not classified.`,
      ],
      classified: false,
    };
  }
}

function firstBullet(model: ApiModel): string {
  const count = model.operations.length;
  // The title and version come from the document: escaped, as every name in a bullet is.
  return `- First generated from ${markdownText(`${model.title} ${model.apiVersion}`)} (${count} operation${count === 1 ? "" : "s"}).`;
}

function news(
  bullets: readonly string[],
  classified: boolean,
  released: string | undefined,
  since: string,
  version: string,
): ChangelogNews {
  const breaking = bullets.filter(isBreakingBullet).length;
  const warnings = bullets.filter(isWarningBullet).length;
  const other = classified ? bullets.filter((bullet) => bullet !== UNSEEN_CHANGE).length - breaking - warnings : 0;
  const bump = bulletsBump(bullets, classified);
  const needed = bump === undefined || bump === "patch" ? undefined : raisedVersion(since, bump);
  const dueVersion = needed !== undefined && (released === undefined || isBelow(version, needed)) ? needed : undefined;
  return { released, since, breaking, warnings, other, classified, dueVersion };
}

export async function buildChangelog(input: ChangelogInput): Promise<ChangelogModel> {
  const { previous, model, version } = input;
  const written = readSections(previous.changelog ?? "").filter((section) => section.version !== UNRELEASED);
  const last = written[0]?.version;
  const releasedDoc = previous.released ?? previous.document;
  const base = {
    kind: "written",
    packageName: model.packageName,
    written: written.map((s) => s.text).join("\n\n"),
  } as const;
  if (last === undefined || previous.changelog === undefined)
    return {
      ...base,
      sections: [{ heading: version, bullets: [firstBullet(model)], bump: undefined, first: true }],
      written: "",
      released: undefined,
      news: undefined,
    };
  if (previous.document?.text === input.document && last === version)
    return { kind: "kept", text: previous.changelog, released: previous.released?.text };
  const { bullets, classified } = await bulletsSince(releasedDoc, input);
  if (last === version) {
    const unreleased =
      bullets.length === 0
        ? []
        : [{ heading: UNRELEASED, bullets, bump: bulletsBump(bullets, classified), first: false }];
    const released = releasedDoc !== undefined && releasedDoc.text !== input.document ? releasedDoc.text : undefined;
    return {
      ...base,
      sections: unreleased,
      released,
      news: bullets.length === 0 ? undefined : news(bullets, classified, undefined, last, version),
    };
  }
  const shown = bullets.length === 0 ? [UNSEEN_CHANGE] : bullets;
  return {
    ...base,
    sections: [{ heading: version, bullets: shown, bump: bulletsBump(shown, classified), first: false }],
    released: undefined,
    news: news(shown, classified, version, last, version),
  };
}

/** What a regeneration added to CHANGELOG.md, and the version it calls for where the package's is below it. */
export function changelogLine(news: ChangelogNews): string {
  const counts = !news.classified
    ? "changes that could not be classified"
    : news.breaking + news.warnings + news.other === 0
      ? "no change callers can see"
      : `${news.breaking} breaking${news.warnings === 0 ? "" : `, ${news.warnings} warning(s)`} and ${news.other} other change(s) for callers`;
  const where =
    news.released === undefined
      ? `unreleased since ${news.since}`
      : `released as ${news.released} (since ${news.since})`;
  const due =
    news.dueVersion === undefined
      ? ""
      : news.released === undefined
        ? `; to release them, give the package version ${news.dueVersion} (packageVersion or --package-version)`
        : `; they call for ${news.dueVersion} or above over ${news.since}`;
  return `CHANGELOG.md: ${counts}, ${where}${due}`;
}
