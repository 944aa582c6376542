// OpenAPI 3.2's `$self`: the document's own URI, and the base its relative references resolve
// against. Documents are read from where they were retrieved (a path, a URL), not from their
// `$self`, so each `$ref` is rewritten here to what it names in the files at hand:
// - a reference to the document's own `$self` (absolute, or relative and resolving to it) is local;
// - one to a URI below the directory of `$self` is the file at the same place below the
//   document's own directory (as the documents are published together), with or without a
//   `.yaml`, `.yml` or `.json` extension, where such a file exists.
// Anything else is left as written, resolved against the retrieval URI (which the specification
// allows, and which is how a document without `$self` is read).
import { existsSync } from "node:fs";
import path from "node:path";

function withoutFragment(url: URL): string {
  return url.href.replace(/#.*$/, "");
}

function localFile(documentRef: string, target: URL, self: URL): string | undefined {
  const baseDir = self.href.replace(/[^/]*(?:[?#].*)?$/, "");
  const targetPath = withoutFragment(target);
  if (!targetPath.startsWith(baseDir) || /^[a-z][a-z0-9+.-]*:\/\//i.test(documentRef)) return undefined;
  const relative = decodeURIComponent(targetPath.slice(baseDir.length));
  const candidate = path.resolve(path.dirname(documentRef), relative);
  const found = ["", ".yaml", ".yml", ".json"]
    .map((extension) => candidate + extension)
    .find((file) => existsSync(file));
  return found === undefined ? undefined : path.relative(path.dirname(documentRef), found).split(path.sep).join("/");
}

type Ids = ReadonlyMap<string, string>;

/** The `$ref` as the files at hand name its target, when `$self` (or a schema's `$id`) changes what it names; undefined otherwise. */
function rebased(ref: string, documentRef: string, self: URL, base: URL, ids: Ids): string | undefined {
  let target: URL;
  try {
    target = new URL(ref, base);
  } catch {
    return undefined;
  }
  const fragment = target.hash;
  const at = ids.get(withoutFragment(target));
  // A schema's `$id`: its place in this document, and a JSON pointer fragment below it.
  if (at !== undefined) return `#${at}${fragment.startsWith("#/") ? fragment.slice(1) : ""}`;
  if (withoutFragment(target) === withoutFragment(self)) return fragment === "" ? "#" : fragment;
  const file = localFile(documentRef, target, self);
  return file === undefined ? undefined : `${file.startsWith(".") ? "" : "./"}${file}${fragment}`;
}

function childBase(record: Record<string, unknown>, base: URL): URL {
  if (typeof record.$id !== "string") return base;
  try {
    return new URL(record.$id, base);
  } catch {
    return base;
  }
}

/** Each node below the root with the base URI in force there: `$self`, then each `$id` on the way. */
function walk(
  root: unknown,
  self: URL,
  each: (record: Record<string, unknown>, pointer: string, base: URL) => void,
): void {
  const visit = (value: unknown, pointer: string, base: URL, depth: number): void => {
    if (depth > 500 || typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${pointer}/${index}`, base, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const own = childBase(record, base);
    each(record, pointer, own);
    for (const [key, item] of Object.entries(record))
      if (key !== "$ref") visit(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, own, depth + 1);
  };
  visit(root, "", self, 0);
}

/** Rewrites the `$ref`s of a parsed file whose root has an absolute `$self`, in place. */
export function resolveAgainstSelf(root: unknown, documentRef: string): void {
  const written = typeof root === "object" && root !== null ? (root as { $self?: unknown }).$self : undefined;
  if (typeof written !== "string") return;
  let self: URL;
  try {
    // A relative `$self` is resolved against the retrieval URI: then it changes nothing here.
    self = new URL(written);
  } catch {
    return;
  }
  const ids = new Map<string, string>();
  walk(root, self, (record, pointer, base) => {
    if (typeof record.$id === "string") ids.set(withoutFragment(base), pointer);
  });
  walk(root, self, (record, _pointer, base) => {
    if (typeof record.$ref !== "string") return;
    // A `$ref` beside an `$id` resolves against that `$id`, as JSON Schema says.
    const local = rebased(record.$ref, documentRef, self, base, ids);
    if (local !== undefined) record.$ref = local;
  });
}
