// Corpus documents whose `types` output differs from openapi-typescript 7.13's CLI on purpose, and
// those whose output (byte-identical to its own) does not compile, each with its reason. Anything
// else that differs or fails to compile fails `npm run corpus`.

interface KnownDifference {
  /** The document, by its corpus name. */
  readonly document: string;
  /** The flag set it differs with (every flag present), or undefined for all. */
  readonly flags: readonly string[] | undefined;
  readonly reason: string;
}

export const KNOWN_TYPES_DIFFERENCES: readonly KnownDifference[] = [];

export function knownTypesDifference(document: string, flags: readonly string[]): string | undefined {
  return KNOWN_TYPES_DIFFERENCES.find(
    (known) =>
      known.document === document && (known.flags === undefined || known.flags.every((flag) => flags.includes(flag))),
  )?.reason;
}

/**
 * Documents where openapi-typescript's own output fails `strict`: `types` writes the same bytes by
 * default (a user's file must not change when they switch), and docs/from-openapi-typescript.md
 * lists these with the reason.
 */
export const KNOWN_COMPILE_FAILURES: Readonly<Record<string, string>> = {
  "heyapi/3.0.x/invalid/operationId-unique.yaml":
    "two operations share an operationId: openapi-typescript writes `operations` with the key twice (TS2300 duplicate identifier); `generate` renames one with a warning",
  "heyapi/3.1.x/invalid/operationId-unique.yaml":
    "two operations share an operationId: openapi-typescript writes `operations` with the key twice (TS2300 duplicate identifier); `generate` renames one with a warning",
  "heyapi/3.0.x/ref-deep.yaml":
    'a `$ref` into a schema\'s `items` or `properties` is printed as an indexed access (`…["items"]`) on the array type it made of that schema, which has no such member (TS2339)',
  "heyapi/json-schema-ref-parser/openapi-paths-ref.json":
    'a `$ref` to another operation\'s response schema is printed as `paths[…]["content"]["application/json"]["schema"]`, but the printed content holds the type itself, with no `schema` member (TS2339)',
};

export function knownCompileFailure(document: string): string | undefined {
  return KNOWN_COMPILE_FAILURES[document];
}
