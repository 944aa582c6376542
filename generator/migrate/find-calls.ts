import type { BindingElement, CallExpression, Identifier, Node as MorphNode, SourceFile } from "ts-morph";
import type { MigrationTarget } from "./migration-targets.js";

type Morph = typeof import("ts-morph");

/** How a deprecated method is reached at a call site. */
export type CallShape =
  | { readonly kind: "member"; readonly call: CallExpression; readonly name: MorphNode }
  | { readonly kind: "binding"; readonly call: CallExpression; readonly local: Identifier; readonly binding: MorphNode }
  | { readonly kind: "alias"; readonly call: CallExpression; readonly local: Identifier; readonly access: MorphNode }
  | { readonly kind: "unsupported"; readonly call: CallExpression; readonly reason: string };

export interface FoundCall {
  readonly target: MigrationTarget;
  readonly shape: CallShape;
  /** The generated package's directory, from the Client declaration. */
  readonly packageDir: string;
}

const CLIENT_FILE = /[\\/](dist|src)[\\/]client\.(d\.)?ts$/;

/** The package directory when `node` is (or declares) the `Client` member `method` of a generated package. */
function generatedMember(morph: Morph, node: MorphNode, method: string): string | undefined {
  const declarations = morph.Node.isPropertySignature(node) ? [node] : (node.getSymbol()?.getDeclarations() ?? []);
  for (const declaration of declarations) {
    if (!morph.Node.isPropertySignature(declaration) || declaration.getName() !== method) continue;
    const owner = declaration.getParent();
    const file = declaration.getSourceFile().getFilePath();
    if (morph.Node.isInterfaceDeclaration(owner) && owner.getName() === "Client" && CLIENT_FILE.test(file)) {
      return file.replace(CLIENT_FILE, "");
    }
  }
  return undefined;
}

/** For `const { name } = value` (or `{ name: local }`): the package directory when `value`'s member is the generated one. */
function destructuredMember(morph: Morph, binding: BindingElement, method: string): string | undefined {
  const propertyName = binding.getPropertyNameNode()?.getText() ?? binding.getName();
  if (propertyName !== method) return undefined;
  const declaration = binding.getParent().getParent();
  const source = morph.Node.isVariableDeclaration(declaration) ? (declaration.getInitializer() ?? declaration) : declaration;
  const member = source.getType().getProperty(method);
  for (const memberDeclaration of member?.getDeclarations() ?? []) {
    const packageDir = generatedMember(morph, memberDeclaration, method);
    if (packageDir !== undefined) return packageDir;
  }
  return undefined;
}

function classify(morph: Morph, call: CallExpression, target: MigrationTarget): { shape: CallShape; packageDir: string } | undefined {
  const { Node } = morph;
  const callee = call.getExpression();
  if (Node.isPropertyAccessExpression(callee) || Node.isElementAccessExpression(callee)) {
    const name = Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee.getArgumentExpression();
    if (name === undefined) return undefined;
    const packageDir = generatedMember(morph, name, target.deprecatedMethod);
    if (packageDir === undefined) return undefined;
    if (Node.isElementAccessExpression(callee) && !Node.isStringLiteral(name)) {
      return { packageDir, shape: { kind: "unsupported", call, reason: "the method is chosen by a computed key" } };
    }
    return { packageDir, shape: { kind: "member", call, name } };
  }
  if (!Node.isIdentifier(callee)) return undefined;
  for (const declaration of callee.getSymbol()?.getDeclarations() ?? []) {
    if (Node.isBindingElement(declaration)) {
      const packageDir = destructuredMember(morph, declaration, target.deprecatedMethod);
      if (packageDir !== undefined) return { packageDir, shape: { kind: "binding", call, local: callee, binding: declaration } };
    }
    if (Node.isVariableDeclaration(declaration)) {
      const initializer = declaration.getInitializer();
      if (!Node.isPropertyAccessExpression(initializer)) continue;
      const packageDir = generatedMember(morph, initializer.getNameNode(), target.deprecatedMethod);
      if (packageDir !== undefined) return { packageDir, shape: { kind: "alias", call, local: callee, access: initializer } };
    }
  }
  return undefined;
}

/** Deprecated calls in the file, in document order. */
export function findDeprecatedCalls(morph: Morph, file: SourceFile, targets: readonly MigrationTarget[]): FoundCall[] {
  const found: FoundCall[] = [];
  file.forEachDescendant((node) => {
    if (!morph.Node.isCallExpression(node)) return;
    for (const target of targets) {
      const classified = classify(morph, node, target);
      if (classified !== undefined) found.push({ target, ...classified });
    }
  });
  return found;
}
