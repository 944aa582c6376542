// Query values that openapi-fetch and the generated client write differently: openapi-fetch leaves
// `null`, `[]` and `{}` out of the URL, the generated client sends `name=` for each. A rewrite keeps
// the request only where the value cannot be one of those.
import type { Node as MorphNode, Type } from "ts-morph";

type Morph = typeof import("ts-morph");

/** A type whose values may be null, or unknown to the checker. */
function mayBeNull(type: Type): boolean {
  if (type.isAny() || type.isUnknown() || type.isNull()) return true;
  return type.isUnion() && type.getUnionTypes().some((member) => member.isNull() || member.isAny());
}

/** A type whose values may be an array or an object, which may be empty. */
function mayBeContainer(type: Type): boolean {
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  return members.some((member) => member.isArray() || member.isTuple() || member.isObject());
}

/** One plain value: neither null nor a container. */
function isPlainType(type: Type): boolean {
  return !mayBeNull(type) && !mayBeContainer(type);
}

function valueType(morph: Morph, node: MorphNode): Type {
  return morph.Node.isShorthandPropertyAssignment(node) ? node.getNameNode().getType() : node.getType();
}

/** A literal that is neither null nor empty: `[1, 2]`, `{ name: "x" }`, each part one plain value. */
function isNonEmptyLiteral(morph: Morph, node: MorphNode): boolean {
  const { Node } = morph;
  if (Node.isArrayLiteralExpression(node)) {
    const elements = node.getElements();
    return (
      elements.length > 0 &&
      elements.every((element) => !Node.isSpreadElement(element) && isPlainType(element.getType()))
    );
  }
  if (!Node.isObjectLiteralExpression(node)) return false;
  const properties = node.getProperties();
  return (
    properties.length > 0 &&
    properties.every(
      (property) =>
        (Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property)) &&
        isPlainType(valueType(morph, property)),
    )
  );
}

function valueProblem(name: string, text: string): string {
  return `the query value \`${name}: ${text}\` may be null or empty ([] or {}): openapi-fetch leaves such a value out of the URL, the generated client sends \`${name}=\`; give a non-empty literal, or leave the key out where the value is empty`;
}

/** Why the query values of a call may be written otherwise than openapi-fetch wrote them, or undefined. */
export function queryValuesProblem(morph: Morph, query: MorphNode): string | undefined {
  const { Node } = morph;
  const value = Node.isPropertyAssignment(query) ? query.getInitializer() : query;
  if (value === undefined) return undefined;
  if (Node.isObjectLiteralExpression(value)) {
    for (const property of value.getProperties()) {
      if (!Node.isPropertyAssignment(property) && !Node.isShorthandPropertyAssignment(property)) continue;
      const member = Node.isPropertyAssignment(property) ? property.getInitializer() : property;
      if (member === undefined || isPlainType(valueType(morph, member)) || isNonEmptyLiteral(morph, member)) continue;
      return valueProblem(property.getName(), member.getText().split("\n")[0] ?? "");
    }
    return undefined;
  }
  return queryTypeProblem(valueType(morph, value), value, value.getText());
}

/** As {@link queryValuesProblem}, for a query the code gives as a value of a type (`text`) rather than a literal. */
export function queryTypeProblem(type: Type, at: MorphNode, text: string): string | undefined {
  for (const property of type.getNonNullableType().getProperties()) {
    if (isPlainType(property.getTypeAtLocation(at))) continue;
    return valueProblem(property.getName(), `${text}.${property.getName()}`);
  }
  return undefined;
}
