// The edits that move one openapi-fetch client to the generated client: in place when every use of
// it can move, else beside it (`<name>Generated`), the calls that can move going through the new one.
import type { SourceFile } from "ts-morph";
import { type Edit, statementRemoval } from "./call-edits.js";
import { type OperationsByRoute, planFetchCall } from "./fetch-call.js";
import type { FetchClient } from "./fetch-clients.js";
import { ConstructionError, generatedConstruction, unsentHeaderNames } from "./fetch-construction.js";
import { annotationRemoval, createBindingOnlyFor, createBindingRemoval } from "./fetch-in-place.js";

type Morph = typeof import("ts-morph");

export interface CallRefusal {
  readonly file: SourceFile;
  readonly position: number;
  readonly reason: string;
}

export interface ClientPlan {
  readonly edits: Map<SourceFile, Edit[]>;
  /** Each rewritten call's range in its file before the edits, by `file:start`. */
  readonly rewritten: { readonly file: SourceFile; readonly start: number; readonly end: number }[];
  readonly refusals: CallRefusal[];
}

function addEdit(plan: ClientPlan, file: SourceFile, edit: Edit): void {
  const list = plan.edits.get(file) ?? [];
  list.push(edit);
  plan.edits.set(file, list);
}

export function callKey(file: SourceFile, position: number): string {
  return `${file.getFilePath()}:${position}`;
}

/** The name the generated createClient is imported under: `createClient` where the file leaves it free. */
function createName(morph: Morph, client: FetchClient, removedBinding: string | undefined): string {
  const taken = client.declaration
    .getSourceFile()
    .getDescendantsOfKind(morph.SyntaxKind.Identifier)
    .some((identifier) => identifier.getText() === "createClient");
  return !taken || removedBinding === "createClient" ? "createClient" : "createGeneratedClient";
}

/** The local name of the generated createClient where the file imports it already (an earlier client moved). */
function importedCreateName(client: FetchClient): string | undefined {
  const specifier = client.declaration
    .getSourceFile()
    .getImportDeclarations()
    .filter((entry) => entry.getModuleSpecifierValue() === client.specifier && !entry.isTypeOnly())
    .flatMap((entry) => entry.getNamedImports())
    .find((named) => named.getName() === "createClient" && !named.isTypeOnly());
  return (specifier?.getAliasNode() ?? specifier?.getNameNode())?.getText();
}

/** The edit that imports the generated createClient, before the file's first import. */
function importEdit(client: FetchClient, name: string): Edit {
  const file = client.declaration.getSourceFile();
  const first = file.getImportDeclarations()[0];
  const at = first?.getStart() ?? 0;
  const binding = name === "createClient" ? name : `createClient as ${name}`;
  return { start: at, end: at, text: `import { ${binding} } from ${JSON.stringify(client.specifier)};\n` };
}

/** The receiver each call of the sibling client is written with, importing it where the client is imported. */
function siblingReceiver(
  morph: Morph,
  plan: ClientPlan,
  client: FetchClient,
  receiver: FetchClient["calls"][number]["receiver"],
): string {
  const name = `${receiver.getText()}Generated`;
  if (receiver.getSourceFile() === client.declaration.getSourceFile()) return name;
  const specifier = receiver
    .getSymbol()
    ?.getDeclarations()
    .find((declaration) => morph.Node.isImportSpecifier(declaration));
  if (specifier === undefined || !morph.Node.isImportSpecifier(specifier)) return name;
  const key = `import:${specifier.getStart()}`;
  const edits = plan.edits.get(receiver.getSourceFile()) ?? [];
  if (!edits.some((edit) => (edit as Edit & { key?: string }).key === key)) {
    const alias = specifier.getAliasNode();
    const text = alias === undefined ? `, ${name}` : `, ${specifier.getName()}Generated as ${name}`;
    addEdit(plan, receiver.getSourceFile(), { start: specifier.getEnd(), end: specifier.getEnd(), text, key } as Edit);
  }
  return name;
}

/**
 * Plans the client's move, leaving out the calls in `refused` (by {@link callKey}). Throws a
 * {@link ConstructionError} when the construction cannot be written as the generated one.
 */
export function planClient(
  morph: Morph,
  client: FetchClient,
  operations: OperationsByRoute,
  refused: ReadonlyMap<string, string>,
): ClientPlan {
  const plan: ClientPlan = { edits: new Map(), rewritten: [], refusals: [] };
  if (client.blocker !== undefined) {
    for (const { call } of client.calls)
      plan.refusals.push({ file: call.getSourceFile(), position: call.getStart(), reason: client.blocker });
    return plan;
  }
  const planned = client.calls.map((found) => {
    const key = callKey(found.call.getSourceFile(), found.call.getStart());
    const reason = refused.get(key);
    if (reason !== undefined) return { found, result: reason };
    return { found, result: planFetchCall(morph, found.call, found.member, "RECEIVER", operations) };
  });
  for (const { found, result } of planned)
    if (typeof result === "string")
      plan.refusals.push({ file: found.call.getSourceFile(), position: found.call.getStart(), reason: result });
  const moving = planned.filter((entry) => typeof entry.result !== "string");
  const annotation = annotationRemoval(morph, client);
  const inPlace = plan.refusals.length === 0 && client.otherUse === undefined && annotation !== undefined;
  if (moving.length === 0 && !inPlace) return plan;
  const removedBinding = inPlace ? createBindingOnlyFor(morph, client) : undefined;
  const imported = importedCreateName(client);
  const name = imported ?? createName(morph, client, removedBinding);
  const construction = generatedConstruction(
    morph,
    client.construction,
    client.uses.flatMap((use) => use.args),
    name,
    unsentHeaderNames(operations.values()),
  );
  const declarationFile = client.declaration.getSourceFile();
  if (imported === undefined) addEdit(plan, declarationFile, importEdit(client, name));
  if (inPlace) {
    addEdit(plan, declarationFile, {
      start: client.construction.getStart(),
      end: client.construction.getEnd(),
      text: construction,
    });
    if (annotation?.edit !== undefined) addEdit(plan, declarationFile, annotation.edit);
    for (const use of client.uses) addEdit(plan, declarationFile, statementRemoval(use.statement));
    if (removedBinding !== undefined)
      for (const edit of createBindingRemoval(client, removedBinding)) addEdit(plan, declarationFile, edit);
  } else {
    const statement = client.declaration.getVariableStatementOrThrow();
    const after = client.uses.at(-1)?.statement ?? statement;
    const exported = statement.isExported() ? "export " : "";
    const sibling = `\n${exported}const ${client.declaration.getName()}Generated = ${construction};`;
    addEdit(plan, declarationFile, { start: after.getEnd(), end: after.getEnd(), text: sibling });
  }
  for (const { found, result } of moving) {
    const receiver = inPlace ? found.receiver.getText() : siblingReceiver(morph, plan, client, found.receiver);
    const file = found.call.getSourceFile();
    for (const edit of result as Edit[])
      addEdit(plan, file, { ...edit, text: edit.text.replace("RECEIVER", receiver) });
    plan.rewritten.push({ file, start: found.call.getStart(), end: found.call.getEnd() });
  }
  return plan;
}

export { ConstructionError };
