// "Did you mean …?": the known name closest to a mistyped one, for unknown options and unresolved
// `$ref`s. Written here: it is a dozen lines, and no kept library of ours has it.

/** Edit distance with transpositions (optimal string alignment), case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        row[j] = Math.min(row[j] ?? 0, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (rows[x.length] as number[])[y.length] ?? 0;
}

/** The closest of `names` to `wanted`, when it is close enough to be what was meant (a third of its length, at least 2 edits). */
export function nearestName(wanted: string, names: Iterable<string>): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const name of names) {
    if (name === wanted) continue;
    const score = distance(wanted, name);
    if (best === undefined || score < best.score || (score === best.score && name < best.name)) best = { name, score };
  }
  return best !== undefined && best.score <= Math.max(2, Math.floor(wanted.length / 3)) ? best.name : undefined;
}
