// A difference between two versions of an API as callers of the generated client see it, and the
// places a component schema's change reaches. Levels follow oasdiff's: error, warning, info.

/**
 * `breaking`: callers' code may no longer compile or work. `warning`: it still compiles against
 * what it wrote, but code that handles every case (an exhaustive `switch`) must handle a new one.
 * `info`: nothing callers wrote stops working.
 */
export type ChangeLevel = "breaking" | "warning" | "info";

export type Direction = "request" | "response";

/** Where a component schema is used: by an operation (at a body, parameter or response) or by another schema. */
export interface Place {
  readonly operation?: string;
  readonly schema?: string;
  /** `listPets 200 response[]`, `Invoice.lines[]`. */
  readonly location: string;
}

/** Who a changed component schema reaches, in the direction the change was read. */
export interface Usage {
  /** Every operation that reaches the schema, directly or through other schemas, sorted. */
  readonly operations: readonly string[];
  /** The schemas that use it directly, sorted. */
  readonly schemas: readonly string[];
  /** Each direct use, with its location. */
  readonly places: readonly Place[];
}

/** One difference between two versions of an API, as a caller of the generated client sees it. */
export interface Change {
  readonly level: ChangeLevel;
  /** `level === "breaking"`, kept for readers of `--json` that only ask this. */
  readonly breaking: boolean;
  readonly kind: string;
  /** The operation whose own part changed; undefined for a change inside a component schema. */
  readonly operation: string | undefined;
  /** The component schema the change is inside (located from its name: `Pet.owner`). */
  readonly schema?: string;
  /** Where, in words a caller recognises: `createIteration request body.metrics[].key`, `Pet.owner`. */
  readonly location: string;
  readonly message: string;
  /** For a change inside a component schema: everything that uses it. */
  readonly usage?: Usage;
}

/** Where a change is: an operation's own part, or a component schema. */
export interface Owner {
  readonly operation: string | undefined;
  readonly schema?: string;
}

export function makeChange(level: ChangeLevel, kind: string, owner: Owner, location: string, message: string): Change {
  const base = { level, breaking: level === "breaking", kind, operation: owner.operation, location, message };
  return owner.schema === undefined ? base : { ...base, schema: owner.schema };
}

const RANK: Readonly<Record<ChangeLevel, number>> = { breaking: 0, warning: 1, info: 2 };

/** Breaking first, then warnings, then the rest. */
export function levelRank(level: ChangeLevel): number {
  return RANK[level];
}

/** Names, shown while there are at most `max` of them, else counted: `operations getPet, listPets`, `12 operations`. */
export function namesOrCount(names: readonly string[], noun: string, max = 3): string {
  if (names.length === 0) return "";
  if (names.length > max) return `${names.length} ${noun}s`;
  return `${noun}${names.length === 1 ? "" : "s"} ${names.join(", ")}`;
}

/** What a changed schema's usage amounts to, in one short phrase: `used by operations getPet, listPets and 2 schemas`. */
export function usageText(usage: Usage, max = 3): string {
  const parts = [namesOrCount(usage.operations, "operation", max), namesOrCount(usage.schemas, "schema", max)];
  const said = parts.filter((part) => part !== "");
  return said.length === 0 ? "" : `used by ${said.join(" and ")}`;
}
