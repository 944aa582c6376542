import { levelRank } from "./contract/change.js";
import { diffSpecs } from "./contract/diff-specs.js";
import { diffLines } from "./contract/diff-text.js";
import { driftReport } from "./contract/drift.js";
import { loadSpec } from "./load/load-spec.js";

interface IO {
  readonly stdout: (text: string) => void;
}

/** `diff <old> <new>`: the changes callers see, grouped, worst first; exit 1 when any is breaking. */
export async function diffCommand(oldPath: string, newPath: string, json: boolean, io: IO): Promise<number> {
  const result = diffSpecs(await loadSpec(oldPath), await loadSpec(newPath));
  const ordered = [...result.changes].sort((a, b) => levelRank(a.level) - levelRank(b.level));
  const breaking = ordered.filter((change) => change.breaking).length;
  if (json) {
    const warnings = ordered.filter((change) => change.level === "warning").length;
    io.stdout(JSON.stringify({ bump: result.bump, breaking, warnings, changes: ordered }, null, 2));
  } else for (const line of diffLines(ordered, result.bump)) io.stdout(line);
  return breaking > 0 ? 1 : 0;
}

/** `drift --upstream <path>`: every difference between the fragment and the upstream document, both ways. */
export async function driftCommand(specPath: string, upstreamPath: string, json: boolean, io: IO): Promise<number> {
  const items = driftReport(await loadSpec(specPath), await loadSpec(upstreamPath));
  if (json) {
    io.stdout(JSON.stringify({ differences: items }, null, 2));
  } else {
    for (const item of items) io.stdout(`${item.location}: ${item.message}`);
    io.stdout(`${items.length} difference(s) between ${specPath} and ${upstreamPath}.`);
  }
  return 0;
}
