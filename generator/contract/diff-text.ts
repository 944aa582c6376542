// `diff`'s text report: changes grouped by the operation or component schema they are in, worst
// first, each line short enough to read (`--json` keeps every location and every place whole).
import { type Change, type ChangeLevel, levelRank, type Usage, usageText } from "./change.js";
import type { SemverBump } from "./diff-specs.js";

const LABEL: Readonly<Record<ChangeLevel, string>> = {
  breaking: "BREAKING    ",
  warning: "warning     ",
  info: "non-breaking",
};
/** A line's width where its location can be shortened to fit; a location keeps at least MIN_LOCATION. */
const LINE_WIDTH = 120;
const MIN_LOCATION = 40;
const MAX_MESSAGE = 80;
const MAX_TITLE = 110;

interface Group {
  readonly title: string;
  readonly changes: Change[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A long path keeps whole segments of its end, then of its start: `Report.totals.….applied_rate`. */
export function shortened(text: string, max: number): string {
  const parts = text.split(".");
  if (text.length <= max || parts.length < 3) return text;
  const joined = (head: number, tail: number): string =>
    [...parts.slice(0, head), "…", ...parts.slice(parts.length - tail)].join(".");
  let [head, tail] = [1, 1];
  while (head + tail < parts.length - 1) {
    if (joined(head, tail + 1).length <= max) tail += 1;
    else if (joined(head + 1, tail).length <= max) head += 1;
    else break;
  }
  return joined(head, tail);
}

function clipped(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The union of what uses a schema, over all its changes (each read in its own direction). */
function unitedUsage(changes: readonly Change[]): Usage {
  const operations = new Set(changes.flatMap((change) => change.usage?.operations ?? []));
  const schemas = new Set(changes.flatMap((change) => change.usage?.schemas ?? []));
  return { operations: [...operations].sort(), schemas: [...schemas].sort(), places: [] };
}

/** `Schema Money, used by 8 operations and 4 schemas:`; names where few and short enough, else counts. */
function groupTitle(key: string, members: readonly Change[]): string {
  if (!key.startsWith("Schema ")) return `${key}:`;
  const usage = unitedUsage(members);
  const named = usageText(usage);
  const said = `${key}, ${named}:`.length <= MAX_TITLE ? named : usageText(usage, 0);
  return said === "" ? `${key}:` : `${shortened(key, MAX_TITLE)}, ${said}:`;
}

function groupsOf(changes: readonly Change[]): Group[] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key =
      change.schema !== undefined
        ? `Schema ${change.schema}`
        : change.operation !== undefined
          ? `Operation ${change.operation}`
          : "Other";
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups].map(([key, members]) => ({ title: groupTitle(key, members), changes: members }));
}

const worst = (group: Group): number => Math.min(...group.changes.map((change) => levelRank(change.level)));

function changeLine(change: Change): string {
  const lead = `  ${LABEL[change.level]}  `;
  const rest = `: ${clipped(change.message, MAX_MESSAGE)}  [${change.kind}]`;
  const room = Math.max(MIN_LOCATION, LINE_WIDTH - lead.length - rest.length);
  return `${lead}${shortened(change.location, room)}${rest}`;
}

/** The report's lines: each group's title, then its changes, worst first; then the summary and the bump. */
export function diffLines(changes: readonly Change[], bump: SemverBump): string[] {
  const groups = groupsOf(changes).sort((a, b) => worst(a) - worst(b) || byText(a.title, b.title));
  const lines = groups.flatMap((group) => [
    group.title,
    ...[...group.changes]
      .sort(
        (a, b) => levelRank(a.level) - levelRank(b.level) || byText(a.location, b.location) || byText(a.kind, b.kind),
      )
      .map(changeLine),
  ]);
  const count = (level: ChangeLevel): number => changes.filter((change) => change.level === level).length;
  const summary = `${count("breaking")} breaking, ${count("warning")} warning(s) and ${count("info")} non-breaking change(s)`;
  lines.push(
    bump === "none"
      ? "No changes callers can see: no version bump needed."
      : `${summary}: the generated package needs a ${bump} version bump.`,
  );
  return lines;
}
