import type { Expression, Node as MorphNode, ObjectLiteralExpression } from "ts-morph";
import type { MigrationTarget } from "./migration-targets.js";

type Morph = typeof import("ts-morph");

/** Whether a value may be `undefined` at run time: the helper leaves such fields out, a literal would send them. */
function mayBeUndefined(expression: Expression): boolean {
  const type = expression.getType();
  if (type.isAny() || type.isUnknown() || type.isUndefined()) return true;
  return (
    type.isUnion() &&
    type.getUnionTypes().some((member) => member.isUndefined() || member.isAny() || member.isUnknown())
  );
}

/** `name: value` pairs of an object literal written out field by field, or undefined when it is not. */
function literalFields(morph: Morph, literal: ObjectLiteralExpression): { name: string; value: string }[] | undefined {
  const { Node } = morph;
  const fields: { name: string; value: string }[] = [];
  for (const property of literal.getProperties()) {
    if (Node.isShorthandPropertyAssignment(property)) {
      if (mayBeUndefined(property.getNameNode())) return undefined;
      fields.push({ name: property.getName(), value: property.getName() });
      continue;
    }
    if (!Node.isPropertyAssignment(property)) return undefined;
    const nameNode = property.getNameNode();
    const initializer = property.getInitializer();
    if (initializer === undefined || Node.isComputedPropertyName(nameNode) || mayBeUndefined(initializer))
      return undefined;
    // `__proto__: x` in a literal sets the prototype, not a field: the helper never saw it as one.
    if (property.getName().replace(/^["']|["']$/g, "") === "__proto__") return undefined;
    fields.push({ name: nameNode.getText(), value: initializer.getText() });
  }
  return fields;
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function indentOf(node: MorphNode): string {
  const text = node.getSourceFile().getFullText();
  const lineStart = text.lastIndexOf("\n", node.getStart() - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
}

/**
 * The request written directly as the replacement's, for `--inline`: the argument with its `body`
 * object literal replaced by the semantic-patch instruction the helper would have built, so no
 * reference to the deprecated operation's request type is left. Undefined when the argument is
 * not an object literal whose `body` is one, field by field, with no field that may be undefined.
 */
export function inlineRequest(morph: Morph, argument: MorphNode, target: MigrationTarget): string | undefined {
  const { Node } = morph;
  if (!Node.isObjectLiteralExpression(argument)) return undefined;
  const body = argument.getProperty("body");
  if (!Node.isPropertyAssignment(body)) return undefined;
  const literal = body.getInitializer();
  if (!Node.isObjectLiteralExpression(literal)) return undefined;
  const fields = literalFields(morph, literal);
  if (fields === undefined || fields.length === 0) return undefined;
  const indent = indentOf(body);
  const inner = `${indent}        `;
  const updates = fields.map(
    ({ name, value }) => `${inner}${name}: { operation: ${JSON.stringify(target.fieldOperation)}, value: ${value} },`,
  );
  const replacement = [
    "{",
    `${indent}  ${propertyKey(target.instructionsProperty)}: [`,
    `${indent}    {`,
    `${indent}      kind: ${JSON.stringify(target.mode.kind)},`,
    `${indent}      ${propertyKey(target.valueProperty)}: {`,
    ...updates,
    `${indent}      },`,
    `${indent}    },`,
    `${indent}  ],`,
    `${indent}}`,
  ].join("\n");
  const start = argument.getStart();
  const text = argument.getText();
  return text.slice(0, literal.getStart() - start) + replacement + text.slice(literal.getEnd() - start);
}
