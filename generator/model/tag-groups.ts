// The generated README's sections: operations grouped by tag, as OpenAPI 3.2's tag tree says
// (`parent`, with `summary` as the heading). Tags of another `kind` than navigation (a badge, an
// audience) label operations but make no section.
import { isRecord } from "../load/json-pointer.js";
import type { OperationModel, TagGroupModel } from "./api-model.js";

interface DeclaredTag {
  readonly name: string;
  readonly summary: string | undefined;
  readonly parent: string | undefined;
}

function declaredTags(document: Record<string, unknown>): DeclaredTag[] {
  if (!Array.isArray(document.tags)) return [];
  return document.tags.filter(isRecord).flatMap((tag): DeclaredTag[] => {
    if (typeof tag.name !== "string" || (tag.kind !== undefined && tag.kind !== "nav")) return [];
    return [
      {
        name: tag.name,
        summary: typeof tag.summary === "string" ? tag.summary : undefined,
        parent: typeof tag.parent === "string" ? tag.parent : undefined,
      },
    ];
  });
}

/**
 * Sections in the tag tree's order (each parent before its children, depth-first, as declared),
 * each operation under its first navigation tag; undefined when no declared tag has a `parent`, so
 * a flat document keeps its one table.
 */
export function tagGroups(
  document: Record<string, unknown>,
  operations: readonly OperationModel[],
): TagGroupModel[] | undefined {
  const tags = declaredTags(document);
  const byName = new Map(tags.map((tag) => [tag.name, tag]));
  if (!tags.some((tag) => tag.parent !== undefined && byName.has(tag.parent))) return undefined;
  const placed = new Map<string, string[]>();
  const rest: string[] = [];
  for (const operation of operations) {
    const tag = operation.tags.find((name) => byName.has(name));
    if (tag === undefined) rest.push(operation.methodName);
    else placed.set(tag, [...(placed.get(tag) ?? []), operation.methodName]);
  }
  const groups: TagGroupModel[] = [];
  const visit = (tag: DeclaredTag, depth: number, seen: ReadonlySet<string>): void => {
    groups.push({ heading: tag.summary ?? tag.name, depth, operations: placed.get(tag.name) ?? [] });
    for (const child of tags)
      if (child.parent === tag.name && !seen.has(child.name)) visit(child, depth + 1, new Set([...seen, child.name]));
  };
  // A parent that names no declared tag (or a loop of parents) is read as a top-level tag.
  for (const tag of tags) if (tag.parent === undefined || !byName.has(tag.parent)) visit(tag, 0, new Set([tag.name]));
  if (rest.length > 0) groups.push({ heading: "Other operations", depth: 0, operations: rest });
  return groups.filter(
    (group, index) => group.operations.length > 0 || groups.slice(index + 1).some((next) => next.depth > group.depth),
  );
}
