// Import bindings the rewrite leaves unused (openapi-fetch's createClient and `Client`, the `paths`
// type), removed so a project under `noUnusedLocals` still compiles; only those the rewrite made unused.
import type { ImportDeclaration, ImportSpecifier, Node as MorphNode, SourceFile } from "ts-morph";
import { type Edit, statementRemoval } from "./call-edits.js";

type Morph = typeof import("ts-morph");

/** Each local name an import declaration binds, with the node that binds it (default, namespace, or named specifier). */
function bindings(declaration: ImportDeclaration): { local: string; node: MorphNode }[] {
  const found: { local: string; node: MorphNode }[] = [];
  const defaultImport = declaration.getDefaultImport();
  if (defaultImport !== undefined) found.push({ local: defaultImport.getText(), node: defaultImport });
  const namespace = declaration.getNamespaceImport();
  if (namespace !== undefined) found.push({ local: namespace.getText(), node: namespace });
  for (const named of declaration.getNamedImports()) found.push({ local: localName(named), node: named });
  return found;
}

function localName(specifier: ImportSpecifier): string {
  return (specifier.getAliasNode() ?? specifier.getNameNode()).getText();
}

/**
 * The edits that drop the named specifiers in `locals`: each with the comma before the next one,
 * and a trailing run with the comma after the last one kept (so no two edits overlap).
 */
function specifierRemovals(declaration: ImportDeclaration, locals: ReadonlySet<string>): Edit[] {
  const named = declaration.getNamedImports();
  const gone = named.map((specifier) => locals.has(localName(specifier)));
  const lastKept = gone.lastIndexOf(false);
  const edits: Edit[] = [];
  named.forEach((specifier, index) => {
    const next = named[index + 1];
    if (gone[index] === true && index < lastKept && next !== undefined)
      edits.push({ start: specifier.getStart(), end: next.getStart(), text: "" });
  });
  const keptBefore = named[lastKept];
  const last = named.at(-1);
  if (keptBefore !== undefined && last !== undefined && lastKept < named.length - 1)
    edits.push({ start: keptBefore.getEnd(), end: last.getEnd(), text: "" });
  return edits;
}

/**
 * The edits that drop the bindings named in `locals` from an import declaration: the whole
 * statement when nothing else is bound, else the default binding, or each named specifier.
 */
export function importBindingRemoval(declaration: ImportDeclaration, locals: ReadonlySet<string>): Edit[] {
  const all = bindings(declaration);
  const gone = all.filter((binding) => locals.has(binding.local));
  if (gone.length === 0) return [];
  if (gone.length === all.length) return [statementRemoval(declaration)];
  const defaultImport = declaration.getDefaultImport();
  const namedBindings = declaration.getImportClause()?.getNamedBindings();
  if (defaultImport === undefined || namedBindings === undefined) return specifierRemovals(declaration, locals);
  // Only the default binding stays: its `, { … }` or `, * as x` goes as one.
  if (!locals.has(defaultImport.getText()))
    return all.every((binding) => binding.node === defaultImport || locals.has(binding.local))
      ? [{ start: defaultImport.getEnd(), end: namedBindings.getEnd(), text: "" }]
      : specifierRemovals(declaration, locals);
  return [
    { start: defaultImport.getStart(), end: namedBindings.getStart(), text: "" },
    ...specifierRemovals(declaration, locals),
  ];
}

/** `module:local` of every import binding of the file that no other identifier of the file names. */
export function unusedImports(morph: Morph, file: SourceFile): Set<string> {
  const counts = new Map<string, number>();
  for (const identifier of file.getDescendantsOfKind(morph.SyntaxKind.Identifier))
    counts.set(identifier.getText(), (counts.get(identifier.getText()) ?? 0) + 1);
  const unused = new Set<string>();
  for (const declaration of file.getImportDeclarations())
    for (const { local, node } of bindings(declaration)) {
      // The binding's own identifiers (`local`, or `name as local`) are not uses.
      const own = morph.Node.isIdentifier(node) ? [node] : node.getDescendantsOfKind(morph.SyntaxKind.Identifier);
      if ((counts.get(local) ?? 0) <= own.filter((identifier) => identifier.getText() === local).length)
        unused.add(`${declaration.getModuleSpecifierValue()}:${local}`);
    }
  return unused;
}

/** The edits that remove the bindings of `file` unused now and used in `before` (from {@link unusedImports}). */
export function newlyUnusedImportRemovals(morph: Morph, file: SourceFile, before: ReadonlySet<string>): Edit[] {
  const now = unusedImports(morph, file);
  return file.getImportDeclarations().flatMap((declaration) => {
    const module = declaration.getModuleSpecifierValue();
    const locals = new Set(
      bindings(declaration)
        .map((binding) => binding.local)
        .filter((local) => now.has(`${module}:${local}`) && !before.has(`${module}:${local}`)),
    );
    return importBindingRemoval(declaration, locals);
  });
}
