// The clients a project makes with openapi-fetch's `createClient<paths>()`, and every use of each:
// method calls, `use(...)` at the top level of the module (its middleware), and anything else.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CallExpression, Identifier, Node as MorphNode, SourceFile, VariableDeclaration } from "ts-morph";
import { FETCH_METHODS } from "./fetch-call.js";

type Morph = typeof import("ts-morph");

export interface FetchCall {
  readonly call: CallExpression;
  /** `GET`, …, or `request`. */
  readonly member: string;
  /** The name the client has where it is called (its local name, or an import's). */
  readonly receiver: Identifier;
}

export interface FetchClient {
  /** `file:name`, stable while other clients are rewritten. */
  readonly key: string;
  readonly declaration: VariableDeclaration;
  readonly construction: CallExpression;
  readonly packageDir: string;
  /** How the file names the package it takes `paths` from. */
  readonly specifier: string;
  readonly calls: FetchCall[];
  /** The arguments of each `client.use(...)` statement, in order, and the statements. */
  readonly uses: { readonly statement: MorphNode; readonly args: string[] }[];
  /** Why the client's middleware cannot be known: every call of it is then refused. */
  readonly blocker: string | undefined;
  /** A use other than a call or `use(...)`, which needs the openapi-fetch client kept. */
  readonly otherUse: string | undefined;
}

const SCHEMA_FILE = /[\\/](dist|src)[\\/]schema\.(d\.)?ts$/;

/** The local name openapi-fetch's createClient has in the file (its default import, or the named one). */
export function createClientName(morph: Morph, file: SourceFile): Identifier | undefined {
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() !== "openapi-fetch") continue;
    const named = declaration.getNamedImports().find((entry) => entry.getName() === "createClient");
    const local = declaration.getDefaultImport() ?? named?.getAliasNode() ?? named?.getNameNode();
    if (local !== undefined && morph.Node.isIdentifier(local)) return local;
  }
  return undefined;
}

function packageName(packageDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { name?: string };
    return manifest.name ?? path.basename(packageDir);
  } catch {
    return path.basename(packageDir);
  }
}

/** The generated package `paths` comes from, and how the file imports it. */
function pathsPackage(construction: CallExpression): { packageDir: string; specifier: string } | undefined {
  const typeArgument = construction.getTypeArguments()[0];
  const type = typeArgument?.getType();
  const declarationFile = [
    ...(type?.getAliasSymbol()?.getDeclarations() ?? []),
    ...(type?.getSymbol()?.getDeclarations() ?? []),
  ]
    .map((declaration) => declaration.getSourceFile().getFilePath())
    .find((file) => SCHEMA_FILE.test(file));
  if (typeArgument === undefined || declarationFile === undefined) return undefined;
  const packageDir = declarationFile.replace(SCHEMA_FILE, "");
  const typeName = typeArgument.getText().split(/[.<[]/)[0] ?? "";
  const imported = construction
    .getSourceFile()
    .getImportDeclarations()
    .find((entry) =>
      entry.getNamedImports().some((named) => (named.getAliasNode() ?? named.getNameNode()).getText() === typeName),
    );
  const specifier = imported?.getModuleSpecifierValue().replace(/\/schema(\.js)?$/, "") ?? packageName(packageDir);
  return { packageDir, specifier };
}

function where(node: MorphNode): string {
  return `${path.basename(node.getSourceFile().getFilePath())}:${node.getStartLineNumber()}`;
}

/** Sorts one reference of the client into a call, a `use`, or something else. */
function classifyReference(morph: Morph, client: FetchClient, reference: Identifier, declarationEnd: number): void {
  const { Node } = morph;
  const parent = reference.getParent();
  if (Node.isImportSpecifier(parent) || Node.isExportSpecifier(parent)) return;
  const call = parent?.getParent();
  if (!Node.isPropertyAccessExpression(parent) || parent.getExpression() !== reference) {
    (client as { otherUse?: string }).otherUse ??= `the client is used as a value at ${where(reference)}`;
    return;
  }
  const member = parent.getName();
  const called = Node.isCallExpression(call) && call.getExpression() === parent;
  if (called && (FETCH_METHODS.has(member) || member === "request")) {
    client.calls.push({ call, member, receiver: reference });
    return;
  }
  const statement = call?.getParent();
  const topLevel =
    Node.isExpressionStatement(statement) &&
    Node.isSourceFile(statement.getParent()) &&
    statement.getSourceFile() === client.declaration.getSourceFile() &&
    statement.getStart() > declarationEnd;
  if (called && member === "use" && topLevel) {
    client.uses.push({ statement, args: call.getArguments().map((arg) => arg.getText()) });
    return;
  }
  const blocker =
    member === "use" || member === "eject"
      ? `its middleware is changed at ${where(reference)}, not at the top level of the module that creates it, so which middleware a call goes through cannot be seen`
      : undefined;
  if (blocker !== undefined) (client as { blocker?: string }).blocker ??= blocker;
  else (client as { otherUse?: string }).otherUse ??= `the client's \`${member}\` is used at ${where(reference)}`;
}

/**
 * `paths` from a file of the project itself (openapi-typescript's `schema.d.ts`), not from a generated
 * package: the rewrite would not know which package's client to import, so every call is left, saying so.
 */
function ownSchemaBlocker(specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  return `\`paths\` comes from a file of this project (a relative import), not from the generated package: import it from the package \`generate\` wrote (\`import type { paths } from "<its package.json name>"\`, the same types), install that package where the calls are, and run again`;
}

/** The client a `createClient<paths>(…)` call of openapi-fetch makes, when it is a variable's initializer. */
function clientOf(morph: Morph, construction: CallExpression): FetchClient | undefined {
  const declaration = construction.getParent();
  if (!morph.Node.isVariableDeclaration(declaration) || declaration.getInitializer() !== construction) return undefined;
  const name = declaration.getNameNode();
  const source = pathsPackage(construction);
  if (!morph.Node.isIdentifier(name) || source === undefined) return undefined;
  const client: FetchClient = {
    key: `${declaration.getSourceFile().getFilePath()}:${name.getText()}`,
    declaration,
    construction,
    ...source,
    calls: [],
    uses: [],
    blocker: ownSchemaBlocker(source.specifier),
    otherUse: undefined,
  };
  const declarationEnd = declaration.getVariableStatement()?.getEnd() ?? declaration.getEnd();
  for (const reference of name.findReferencesAsNodes()) {
    if (reference !== name && morph.Node.isIdentifier(reference))
      classifyReference(morph, client, reference, declarationEnd);
  }
  return client;
}

/** Every openapi-fetch client of the files made by `createClient<paths>()` with `paths` from a generated package. */
export function findFetchClients(morph: Morph, files: readonly SourceFile[]): FetchClient[] {
  const clients: FetchClient[] = [];
  for (const file of files) {
    const local = createClientName(morph, file);
    if (local === undefined) continue;
    for (const reference of local.findReferencesAsNodes()) {
      const call = reference.getParent();
      if (
        reference.getSourceFile() !== file ||
        !morph.Node.isCallExpression(call) ||
        call.getExpression() !== reference
      )
        continue;
      const client = clientOf(morph, call);
      if (client !== undefined) clients.push(client);
    }
  }
  return clients;
}

const FETCH_CLIENT_FILE = /[\\/]openapi-fetch[\\/]/;

/**
 * Calls of openapi-fetch client methods that no found client makes: through a parameter, a
 * property, a client whose `paths` is not a generated package's. Reported, never rewritten.
 */
export function strayFetchCalls(
  morph: Morph,
  files: readonly SourceFile[],
  known: ReadonlySet<CallExpression>,
): CallExpression[] {
  const stray: CallExpression[] = [];
  for (const file of files) {
    file.forEachDescendant((node) => {
      if (!morph.Node.isCallExpression(node) || known.has(node)) return;
      const callee = node.getExpression();
      if (!morph.Node.isPropertyAccessExpression(callee)) return;
      const member = callee.getName();
      if (!FETCH_METHODS.has(member) && member !== "request") return;
      const declarations = callee.getNameNode().getSymbol()?.getDeclarations() ?? [];
      if (declarations.some((declaration) => FETCH_CLIENT_FILE.test(declaration.getSourceFile().getFilePath())))
        stray.push(node);
    });
  }
  return stray;
}
