import type { CallExpression, Identifier, SourceFile } from "ts-morph";
import type { FoundCall } from "./find-calls.js";

type Morph = typeof import("ts-morph");

/** A text edit by position; all of a rewrite's edits are computed first, then applied last-first. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Why the call's arguments cannot be wrapped in the migration helper, if they cannot. */
function argumentProblem(morph: Morph, call: CallExpression): string | undefined {
  const args = call.getArguments();
  if (args.length !== 1) return `it passes ${args.length} arguments; the migration takes exactly the one request`;
  return args[0] !== undefined && morph.Node.isSpreadElement(args[0]) ? "its argument is spread" : undefined;
}

/** Text inserted around the argument, not a replaced node: a multi-line argument keeps its layout. */
function wrapEdits(calls: readonly CallExpression[], helper: string): Edit[] {
  return calls.flatMap((call) => {
    const [arg] = call.getArguments();
    if (arg === undefined) return [];
    return [
      { start: arg.getStart(), end: arg.getStart(), text: `${helper}(` },
      { start: arg.getEnd(), end: arg.getEnd(), text: ")" },
    ];
  });
}

function nodeEdit(node: { getStart(): number; getEnd(): number }, text: string): Edit {
  return { start: node.getStart(), end: node.getEnd(), text };
}

function applyEdits(file: SourceFile, edits: readonly Edit[]): void {
  const text = file.getFullText();
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  file.replaceWithText(result);
}

/** The calls through a local name, or a reason when the name is also used another way. */
function callsThrough(morph: Morph, local: Identifier, declarationStart: number): CallExpression[] | string {
  const calls: CallExpression[] = [];
  for (const reference of local.findReferencesAsNodes()) {
    if (reference.getStart() === declarationStart || reference.getSourceFile() !== local.getSourceFile()) continue;
    const parent = reference.getParent();
    if (morph.Node.isCallExpression(parent) && parent.getExpression() === reference) calls.push(parent);
    else return `\`${local.getText()}\` is also used other than by calling it (line ${reference.getStartLineNumber()})`;
  }
  for (const call of calls) {
    const problem = argumentProblem(morph, call);
    if (problem !== undefined) return `a call of \`${local.getText()}\` at line ${call.getStartLineNumber()}: ${problem}`;
  }
  return calls;
}

/** The edits of a call site (with every call through the same local name), or why it cannot be rewritten safely. */
function planRewrite(morph: Morph, found: FoundCall): Edit[] | string {
  const { shape, target } = found;
  const { Node } = morph;
  switch (shape.kind) {
    case "unsupported":
      return shape.reason;
    case "member": {
      const problem = argumentProblem(morph, shape.call);
      if (problem !== undefined) return problem;
      const name = Node.isStringLiteral(shape.name) ? JSON.stringify(target.replacementMethod) : target.replacementMethod;
      return [...wrapEdits([shape.call], target.helper), nodeEdit(shape.name, name)];
    }
    case "alias": {
      const declaration = shape.access.getParentIfKind(morph.SyntaxKind.VariableDeclaration);
      const calls = callsThrough(morph, shape.local, declaration?.getNameNode().getStart() ?? -1);
      if (typeof calls === "string") return calls;
      const access = shape.access;
      if (!Node.isPropertyAccessExpression(access)) return "unexpected alias";
      return [...wrapEdits(calls, target.helper), nodeEdit(access.getNameNode(), target.replacementMethod)];
    }
    case "binding":
      return planBinding(morph, found);
  }
}

/** `const { createIteration } = client` (or `{ createIteration: create }`): the binding and every call through it. */
function planBinding(morph: Morph, found: FoundCall): Edit[] | string {
  const shape = found.shape;
  if (shape.kind !== "binding" || !morph.Node.isBindingElement(shape.binding)) return "unexpected binding";
  const binding = shape.binding;
  const calls = callsThrough(morph, shape.local, binding.getNameNode().getStart());
  if (typeof calls === "string") return calls;
  const { replacementMethod, helper } = found.target;
  const edits = wrapEdits(calls, helper);
  const property = binding.getPropertyNameNode();
  if (property !== undefined) return [...edits, nodeEdit(property, replacementMethod)];
  const local = binding.getName();
  const taken = shape.local.getSymbolsInScope(morph.ts.SymbolFlags.Value).some((symbol) => symbol.getName() === replacementMethod);
  // The replacement's name is in use here: keep the local name, bound to the replacement.
  if (taken) return [...edits, nodeEdit(binding, `${replacementMethod}: ${local}`)];
  // Shorthand `{ createIteration }`: the local name is the method's, so it follows the method.
  return [...edits, nodeEdit(binding, replacementMethod), ...calls.map((call) => nodeEdit(call.getExpression(), replacementMethod))];
}

/** Rewrites a call site in place; returns a reason when it cannot be rewritten safely. */
export function rewriteCall(morph: Morph, found: FoundCall): string | undefined {
  const plan = planRewrite(morph, found);
  if (typeof plan === "string") return plan;
  applyEdits(found.shape.call.getSourceFile(), plan);
  return undefined;
}

/** Adds `import { helper }` from the generated package, reusing an import of it that the file already has. */
export function ensureHelperImport(morph: Morph, file: SourceFile, helper: string, packageDir: string, packageName: string): void {
  const imports = file.getImportDeclarations();
  if (imports.some((declaration) => declaration.getNamedImports().some((named) => named.getName() === helper))) return;
  const index = imports.find((declaration) => {
    const target = declaration.getModuleSpecifierSourceFile()?.getFilePath() ?? "";
    return target.startsWith(packageDir) && /[\\/](dist|src)[\\/]index\.(d\.)?ts$/.test(target) && !declaration.isTypeOnly();
  });
  if (index !== undefined) {
    index.addNamedImport(helper);
    return;
  }
  const fromPackage = imports.find((declaration) => (declaration.getModuleSpecifierSourceFile()?.getFilePath() ?? "").startsWith(packageDir));
  const specifier = fromPackage === undefined ? packageName : fromPackage.getModuleSpecifierValue().replace(/\/(fixtures|testing)(\.js)?$/, "");
  const quote = imports[0]?.getModuleSpecifier().getText().startsWith("'") === true ? morph.QuoteKind.Single : morph.QuoteKind.Double;
  file.getProject().manipulationSettings.set({ quoteKind: quote });
  file.insertImportDeclaration(imports.length, { namedImports: [helper], moduleSpecifier: specifier });
}
