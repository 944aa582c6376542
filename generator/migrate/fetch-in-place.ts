// What goes with an openapi-fetch client moved in place besides its construction and `use` lines:
// openapi-fetch's createClient binding where only this construction used it, and an annotation with
// openapi-fetch's `Client` type, which the generated client is not.
import type { ImportDeclaration } from "ts-morph";
import type { Edit } from "./call-edits.js";
import { createClientName, type FetchClient } from "./fetch-clients.js";
import { importBindingRemoval } from "./fetch-imports.js";

type Morph = typeof import("ts-morph");

function fetchImports(client: FetchClient): ImportDeclaration[] {
  return client.declaration
    .getSourceFile()
    .getImportDeclarations()
    .filter((entry) => entry.getModuleSpecifierValue() === "openapi-fetch");
}

/** The local name of openapi-fetch's createClient when this construction is its only use, so it goes too. */
export function createBindingOnlyFor(morph: Morph, client: FetchClient): string | undefined {
  const local = createClientName(morph, client.declaration.getSourceFile());
  if (local === undefined) return undefined;
  const uses = local.findReferencesAsNodes().filter((reference) => reference !== local);
  const only = uses.length === 1 && uses[0]?.getParent() === client.construction;
  return only ? local.getText() : undefined;
}

/** The edits that remove openapi-fetch's createClient binding (the whole import when it binds nothing else). */
export function createBindingRemoval(client: FetchClient, local: string): Edit[] {
  return fetchImports(client).flatMap((declaration) => importBindingRemoval(declaration, new Set([local])));
}

/**
 * How the client's type annotation moves: `{ edit }` drops `: Client<paths>` (openapi-fetch's type;
 * the generated client's type is inferred instead), `{}` when there is none, undefined when it is
 * another type, which the generated client may not be (the client then moves beside it).
 */
export function annotationRemoval(morph: Morph, client: FetchClient): { edit?: Edit } | undefined {
  const typeNode = client.declaration.getTypeNode();
  if (typeNode === undefined) return {};
  if (!morph.Node.isTypeReference(typeNode)) return undefined;
  const typeName = typeNode.getTypeName().getText();
  const isFetchClient = fetchImports(client)
    .flatMap((declaration) => declaration.getNamedImports())
    .some(
      (named) => named.getName() === "Client" && (named.getAliasNode() ?? named.getNameNode()).getText() === typeName,
    );
  if (!isFetchClient) return undefined;
  return { edit: { start: client.declaration.getNameNode().getEnd(), end: typeNode.getEnd(), text: "" } };
}
