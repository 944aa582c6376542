import type { BindingElement, CallExpression, Identifier, Node as MorphNode, SourceFile } from "ts-morph";
import type { MigrationTarget } from "./migration-targets.js";

type Morph = typeof import("ts-morph");

/** How a deprecated method is reached at a call site. */
export type CallShape =
  | { readonly kind: "member"; readonly call: CallExpression; readonly name: MorphNode }
  | { readonly kind: "binding"; readonly call: CallExpression; readonly local: Identifier; readonly binding: MorphNode }
  | { readonly kind: "alias"; readonly call: CallExpression; readonly local: Identifier; readonly access: MorphNode }
  | { readonly kind: "unsupported"; readonly call: MorphNode; readonly reason: string };

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
  const source = morph.Node.isVariableDeclaration(declaration)
    ? (declaration.getInitializer() ?? declaration)
    : declaration;
  const member = source.getType().getProperty(method);
  for (const memberDeclaration of member?.getDeclarations() ?? []) {
    const packageDir = generatedMember(morph, memberDeclaration, method);
    if (packageDir !== undefined) return packageDir;
  }
  return undefined;
}

function classify(
  morph: Morph,
  call: CallExpression,
  target: MigrationTarget,
): { shape: CallShape; packageDir: string } | undefined {
  const { Node } = morph;
  const callee = call.getExpression();
  if (Node.isPropertyAccessExpression(callee) || Node.isElementAccessExpression(callee)) {
    const name = Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee.getArgumentExpression();
    if (name === undefined) return undefined;
    if (Node.isElementAccessExpression(callee) && !Node.isStringLiteral(name)) {
      // `client[key](…)`: the key's type says whether it may name the deprecated method.
      const packageDir = dynamicMember(morph, callee.getExpression(), name, target.deprecatedMethod);
      return packageDir === undefined
        ? undefined
        : {
            packageDir,
            shape: {
              kind: "unsupported",
              call,
              reason: "the method is chosen at run time by a computed key; rewrite it by hand",
            },
          };
    }
    const packageDir = generatedMember(morph, name, target.deprecatedMethod);
    if (packageDir === undefined) return undefined;
    return { packageDir, shape: { kind: "member", call, name } };
  }
  if (!Node.isIdentifier(callee)) return undefined;
  for (const declaration of callee.getSymbol()?.getDeclarations() ?? []) {
    if (Node.isBindingElement(declaration)) {
      const packageDir = destructuredMember(morph, declaration, target.deprecatedMethod);
      if (packageDir !== undefined)
        return { packageDir, shape: { kind: "binding", call, local: callee, binding: declaration } };
    }
    if (Node.isVariableDeclaration(declaration)) {
      const initializer = declaration.getInitializer();
      if (!Node.isPropertyAccessExpression(initializer)) continue;
      const packageDir = generatedMember(morph, initializer.getNameNode(), target.deprecatedMethod);
      if (packageDir !== undefined)
        return { packageDir, shape: { kind: "alias", call, local: callee, access: initializer } };
    }
  }
  return undefined;
}

/** The package directory when `object[key]` may be the generated client's `method`: `key` is a string that may equal it. */
function dynamicMember(morph: Morph, object: MorphNode, key: MorphNode, method: string): string | undefined {
  const member = object.getType().getProperty(method);
  const packageDir = member
    ?.getDeclarations()
    .map((declaration) => generatedMember(morph, declaration, method))
    .find((dir) => dir !== undefined);
  if (packageDir === undefined) return undefined;
  const keyType = key.getType();
  const options = keyType.isUnion() ? keyType.getUnionTypes() : [keyType];
  const mayName = options.some((option) =>
    option.isStringLiteral() ? option.getLiteralValue() === method : option.isString() || option.isAny(),
  );
  return mayName ? packageDir : undefined;
}

/** The calls made through a local name (`const alias = client.m` or `const { m } = client`). */
function callsOfLocal(morph: Morph, name: MorphNode): number {
  if (!morph.Node.isIdentifier(name)) return 0;
  return name.findReferencesAsNodes().filter((reference) => {
    const parent = reference.getParent();
    return reference !== name && morph.Node.isCallExpression(parent) && parent.getExpression() === reference;
  }).length;
}

/**
 * The deprecated method taken as a value and never called through a local name (handed to other
 * code, stored): nothing to rewrite at a call, so it is reported. Type positions (`typeof …`) are
 * not run-time uses and are left alone.
 */
function valueReference(morph: Morph, node: MorphNode, target: MigrationTarget): FoundCall | undefined {
  const { Node } = morph;
  if (!Node.isPropertyAccessExpression(node) && !Node.isBindingElement(node)) return undefined;
  if (node.getFirstAncestorByKind(morph.SyntaxKind.TypeQuery) !== undefined) return undefined;
  let packageDir: string | undefined;
  let local: MorphNode | undefined;
  if (Node.isPropertyAccessExpression(node)) {
    const parent = node.getParent();
    if (Node.isCallExpression(parent) && parent.getExpression() === node) return undefined;
    packageDir = generatedMember(morph, node.getNameNode(), target.deprecatedMethod);
    if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) local = parent.getNameNode();
  } else if (Node.isBindingElement(node)) {
    packageDir = destructuredMember(morph, node, target.deprecatedMethod);
    local = node.getNameNode();
  }
  if (packageDir === undefined || (local !== undefined && callsOfLocal(morph, local) > 0)) return undefined;
  const reason = `\`${target.deprecatedMethod}\` is taken as a value here, not called; rewrite its uses by hand`;
  return { target, packageDir, shape: { kind: "unsupported", call: node, reason } };
}

/** Deprecated calls in the file, in document order. */
export function findDeprecatedCalls(morph: Morph, file: SourceFile, targets: readonly MigrationTarget[]): FoundCall[] {
  const found: FoundCall[] = [];
  file.forEachDescendant((node) => {
    for (const target of targets) {
      if (!morph.Node.isCallExpression(node)) {
        const reference = valueReference(morph, node, target);
        if (reference !== undefined) found.push(reference);
        continue;
      }
      const classified = classify(morph, node, target);
      if (classified !== undefined) found.push({ target, ...classified });
    }
  });
  return found;
}
