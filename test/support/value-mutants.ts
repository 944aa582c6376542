// Single-change mutants of a valid value, for judging a validator against another: each changes
// one place (a property removed, a type changed, a bound crossed, an enum value altered, an extra
// property, an item added or dropped). Value-driven, not schema-driven, so they also probe what
// the schema does not say; the judge decides which are still valid.

type Path = readonly (string | number)[];

export interface Mutant {
  /** What changed where, for a report: `remove /a/b`, `type /a: string → number`. */
  readonly change: string;
  readonly value: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Blob);
}

/** Every place in the value, breadth first, at most `limit`. */
function places(value: unknown, limit: number): { path: Path; value: unknown }[] {
  const found: { path: Path; value: unknown }[] = [];
  const queue: { path: Path; value: unknown }[] = [{ path: [], value }];
  for (let next = queue.shift(); next !== undefined && found.length < limit; next = queue.shift()) {
    found.push(next);
    const node = next.value;
    if (Array.isArray(node))
      for (const [index, item] of node.entries()) queue.push({ path: [...next.path, index], value: item });
    else if (isRecord(node))
      for (const [key, item] of Object.entries(node)) queue.push({ path: [...next.path, key], value: item });
  }
  return found;
}

function pointer(path: Path): string {
  return `/${path.map((token) => String(token).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

/** A copy of `root` with the place at `path` replaced by `replace(old)` (undefined removes it). */
function changed(root: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const next = changed(copy[head as number], rest, replace);
    if (next === undefined && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(root as Record<string, unknown>)) {
    if (key !== head)
      Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  const next = changed((root as Record<string, unknown>)[head as string], rest, replace);
  if (next !== undefined || rest.length > 0)
    Object.defineProperty(copy, head as string, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

function mutationsAt(root: unknown, path: Path, old: unknown): Mutant[] {
  const at = pointer(path);
  const make = (change: string, replace: (old: unknown) => unknown): Mutant => ({
    change: `${change} ${at}`,
    value: changed(root, path, replace),
  });
  const result: Mutant[] = [];
  if (path.length > 0) result.push(make("remove", () => undefined));
  if (typeof old === "string") {
    result.push(
      make("type string→number", () => 7),
      make("alter string", (text) => `${String(text)}~x`),
      make("empty string", () => ""),
      make("long string", (text) => String(text).repeat(40)),
    );
  } else if (typeof old === "number") {
    result.push(
      make("type number→string", (n) => String(n)),
      make("fraction", (n) => (n as number) + 0.5),
      make("above", (n) => (n as number) + 1e10),
      make("below", (n) => (n as number) - 1e10),
    );
  } else if (typeof old === "boolean") {
    result.push(
      make("flip", (flag) => !flag),
      make("type boolean→string", (flag) => String(flag)),
    );
  } else if (old === null) {
    result.push(make("type null→object", () => ({})));
  } else if (Array.isArray(old)) {
    result.push(
      make("type array→object", () => ({})),
      make("empty array", () => []),
    );
    if (old.length > 0)
      result.push(
        make("repeat item", (items) => [
          ...(items as unknown[]),
          (items as unknown[])[(items as unknown[]).length - 1],
        ]),
      );
  } else if (isRecord(old)) {
    result.push(
      make("extra property", (object) => ({ ...(object as object), zzExtra: 1 })),
      make("type object→array", () => []),
    );
  }
  result.push(make("null", () => null));
  return result;
}

/** Up to `max` mutants of `value`, spread over its places, the same for the same value. */
export function mutantsOf(value: unknown, max = 30): Mutant[] {
  const all = places(value, 200).flatMap((place) => mutationsAt(value, place.path, place.value));
  if (all.length <= max) return all;
  const step = all.length / max;
  return Array.from({ length: max }, (_, index) => all[Math.floor(index * step)] as Mutant);
}
