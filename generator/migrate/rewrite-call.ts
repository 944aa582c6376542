import type { CallExpression, Identifier, Node as MorphNode, SourceFile } from "ts-morph";
import { applyEdits, declarationRemoval, type Edit, nodeEdit, resultIsUsed } from "./call-edits.js";
import type { FoundCall } from "./find-calls.js";
import { inlineRequest } from "./inline-request.js";
import type { MigrationTarget } from "./migration-targets.js";

type Morph = typeof import("ts-morph");

export interface RewriteOptions {
  /** Write the replacement's request directly where the body is an object literal. */
  readonly inline: boolean;
}

/** A planned rewrite: its edits and the names it needs imported from the generated package. */
interface Plan {
  readonly edits: Edit[];
  readonly imports: string[];
}

/** Why the call's arguments cannot be carried over, if they cannot. */
function argumentProblem(morph: Morph, call: CallExpression): string | undefined {
  const args = call.getArguments();
  if (args.length !== 1) return `it passes ${args.length} arguments; the migration takes exactly the one request`;
  return args[0] !== undefined && morph.Node.isSpreadElement(args[0]) ? "its argument is spread" : undefined;
}

/**
 * One call rewritten, given the text that reaches the client (`client`, `this.api`, …). A call whose
 * result is used goes through the function that answers like the deprecated method, so every use
 * keeps its type and its value; a call whose result is dropped becomes the plain replacement call.
 */
function planCall(
  morph: Morph,
  call: CallExpression,
  receiver: string,
  target: MigrationTarget,
  options: RewriteOptions,
): Plan | string {
  const problem = argumentProblem(morph, call);
  if (problem !== undefined) return problem;
  const [arg] = call.getArguments();
  if (arg === undefined) return "it has no argument";
  const used = resultIsUsed(morph, call);
  const property = target.mode.resultProperty;
  const inline = options.inline ? inlineRequest(morph, arg, target) : undefined;
  const replacementCall = `${receiver}.${target.replacementMethod}`;
  if (inline !== undefined) {
    const sent = `${replacementCall}(${inline})`;
    if (!used || property === undefined || target.viaFunction === undefined)
      return { edits: [nodeEdit(call, sent)], imports: [] };
    return { edits: [nodeEdit(call, `selectData(${sent}, ${JSON.stringify(property)})`)], imports: ["selectData"] };
  }
  const modeOption = target.mode === target.modes[0] ? "" : `, { mode: ${JSON.stringify(target.mode.name)} }`;
  // Text replaced before the argument and inserted after it: a multi-line argument keeps its layout.
  const after = { start: arg.getEnd(), end: arg.getEnd(), text: modeOption };
  if (used && target.viaFunction !== undefined) {
    return {
      edits: [{ start: call.getStart(), end: arg.getStart(), text: `${target.viaFunction}(${receiver}, ` }, after],
      imports: [target.viaFunction],
    };
  }
  return {
    edits: [
      { start: call.getStart(), end: arg.getStart(), text: `${replacementCall}(${target.helper}(` },
      { ...after, text: `${modeOption})` },
    ],
    imports: [target.helper],
  };
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
  return calls;
}

/**
 * The receiver of `const { m } = receiver` or `const alias = receiver.m`, when each call through
 * the local name can name it instead: an identifier of a `const` or an import, visible unshadowed
 * at every call.
 */
function stableReceiver(morph: Morph, receiver: MorphNode, calls: readonly CallExpression[]): string {
  const { Node } = morph;
  const text = receiver.getText();
  if (!Node.isIdentifier(receiver))
    return `the client is reached through \`${text}\`, which may not be the same object at each call`;
  const symbol = receiver.getSymbol();
  const declarations = symbol?.getDeclarations() ?? [];
  const constant = declarations.every((declaration) => {
    if (Node.isImportSpecifier(declaration) || Node.isImportClause(declaration) || Node.isNamespaceImport(declaration))
      return true;
    if (Node.isVariableDeclaration(declaration) && declaration.getVariableStatement()?.getDeclarationKind() === "const")
      return true;
    // A parameter (`function f(client: Client)`) or a `let` is as stable as a `const` while nothing assigns to it.
    return (
      (Node.isParameterDeclaration(declaration) || Node.isVariableDeclaration(declaration)) &&
      assignmentTo(morph, declaration) === undefined
    );
  });
  if (symbol === undefined || declarations.length === 0 || !constant) {
    const assigned = declarations
      .map((declaration) => assignmentTo(morph, declaration))
      .find((line) => line !== undefined);
    return assigned === undefined
      ? `the client \`${text}\` is not a constant, so it may not be the same object at each call`
      : `the client \`${text}\` is assigned again at line ${assigned}, so it may not be the same object at each call`;
  }
  for (const call of calls) {
    const seen = call
      .getSymbolsInScope(morph.ts.SymbolFlags.Value | morph.ts.SymbolFlags.Alias)
      .find((candidate) => candidate.getName() === text);
    // Either side may be the import's alias or what it resolves to.
    const resolved = (candidate: typeof symbol) =>
      candidate.getAliasedSymbol()?.getDeclarations()[0] ?? candidate.getDeclarations()[0];
    const same = seen !== undefined && resolved(seen) === resolved(symbol);
    if (!same) return `\`${text}\` names something else at line ${call.getStartLineNumber()}`;
  }
  return "";
}

/** The line of the first assignment to a parameter's or variable's name after its declaration (`x = …`, `x++`), if any. */
function assignmentTo(morph: Morph, declaration: MorphNode): number | undefined {
  const { Node, SyntaxKind } = morph;
  if (!Node.isParameterDeclaration(declaration) && !Node.isVariableDeclaration(declaration)) return undefined;
  const name = declaration.getNameNode();
  if (!Node.isIdentifier(name)) return undefined;
  for (const reference of name.findReferencesAsNodes()) {
    if (reference === name) continue;
    const parent = reference.getParent();
    const assigned =
      (Node.isBinaryExpression(parent) &&
        parent.getLeft() === reference &&
        parent.getOperatorToken().getKind() >= SyntaxKind.FirstAssignment &&
        parent.getOperatorToken().getKind() <= SyntaxKind.LastAssignment) ||
      ((Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent)) &&
        (parent.getOperatorToken() === SyntaxKind.PlusPlusToken ||
          parent.getOperatorToken() === SyntaxKind.MinusMinusToken));
    if (assigned) return reference.getStartLineNumber();
  }
  return undefined;
}

/** A local name bound to the deprecated method: every call through it rewritten, then the name removed. */
function planLocal(
  morph: Morph,
  found: FoundCall,
  local: Identifier,
  declaration: MorphNode,
  receiver: MorphNode | undefined,
  options: RewriteOptions,
): Plan | string {
  const nameStart =
    morph.Node.isBindingElement(declaration) || morph.Node.isVariableDeclaration(declaration)
      ? declaration.getNameNode().getStart()
      : -1;
  const calls = callsThrough(morph, local, nameStart);
  if (typeof calls === "string") return calls;
  if (receiver === undefined) return "the client it is taken from cannot be named at the call";
  const unstable = stableReceiver(morph, receiver, calls);
  if (unstable !== "") return unstable;
  const removal = declarationRemoval(morph, declaration);
  if (removal === undefined) return `\`${local.getText()}\` is exported, so other files may call it`;
  const plan: Plan = { edits: [removal], imports: [] };
  for (const call of calls) {
    const callPlan = planCall(morph, call, receiver.getText(), found.target, options);
    if (typeof callPlan === "string")
      return `a call of \`${local.getText()}\` at line ${call.getStartLineNumber()}: ${callPlan}`;
    plan.edits.push(...callPlan.edits);
    plan.imports.push(...callPlan.imports);
  }
  return plan;
}

/** The edits of a call site (with every call through the same local name), or why it cannot be rewritten safely. */
function planRewrite(morph: Morph, found: FoundCall, options: RewriteOptions): Plan | string {
  const { shape } = found;
  const { Node } = morph;
  switch (shape.kind) {
    case "unsupported":
      return shape.reason;
    case "member": {
      const callee = shape.call.getExpression();
      if (!Node.isPropertyAccessExpression(callee) && !Node.isElementAccessExpression(callee))
        return "unexpected callee";
      if (callee.hasQuestionDotToken() || shape.call.hasQuestionDotToken())
        return "it is an optional call (`?.`); rewrite it by hand";
      return planCall(morph, shape.call, callee.getExpression().getText(), found.target, options);
    }
    case "alias": {
      const declaration = shape.access.getParentIfKind(morph.SyntaxKind.VariableDeclaration);
      if (declaration === undefined || !Node.isPropertyAccessExpression(shape.access)) return "unexpected alias";
      return planLocal(morph, found, shape.local, declaration, shape.access.getExpression(), options);
    }
    case "binding": {
      const pattern = shape.binding.getParent();
      const variable = pattern?.getParent();
      const receiver = Node.isVariableDeclaration(variable) ? variable.getInitializer() : undefined;
      return planLocal(morph, found, shape.local, shape.binding, receiver, options);
    }
  }
}

/** Rewrites a call site in place and returns the names to import; or a reason when it cannot be rewritten safely. */
export function rewriteCall(morph: Morph, found: FoundCall, options: RewriteOptions): string[] | string {
  const plan = planRewrite(morph, found, options);
  if (typeof plan === "string") return plan;
  applyEdits(found.shape.call.getSourceFile(), plan.edits);
  return [...new Set(plan.imports)];
}

/** Adds `import { name }` from the generated package, reusing an import of it that the file already has. */
export function ensureImport(
  morph: Morph,
  file: SourceFile,
  name: string,
  packageDir: string,
  packageName: string,
): void {
  const imports = file.getImportDeclarations();
  if (imports.some((declaration) => declaration.getNamedImports().some((named) => named.getName() === name))) return;
  const index = imports.find((declaration) => {
    const target = declaration.getModuleSpecifierSourceFile()?.getFilePath() ?? "";
    // Not `import * as api`: a namespace import cannot take named imports beside it.
    return (
      target.startsWith(packageDir) &&
      /[\\/](dist|src)[\\/]index\.(d\.)?ts$/.test(target) &&
      !declaration.isTypeOnly() &&
      declaration.getNamespaceImport() === undefined
    );
  });
  if (index !== undefined) {
    index.addNamedImport(name);
    return;
  }
  const fromPackage = imports.find((declaration) =>
    (declaration.getModuleSpecifierSourceFile()?.getFilePath() ?? "").startsWith(packageDir),
  );
  const specifier =
    fromPackage === undefined
      ? packageName
      : fromPackage.getModuleSpecifierValue().replace(/\/(fixtures|testing)(\.js)?$/, "");
  const quote =
    imports[0]?.getModuleSpecifier().getText().startsWith("'") === true
      ? morph.QuoteKind.Single
      : morph.QuoteKind.Double;
  file.getProject().manipulationSettings.set({ quoteKind: quote });
  file.insertImportDeclaration(imports.length, { namedImports: [name], moduleSpecifier: specifier });
}
