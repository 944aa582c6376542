// Whether every read of an openapi-fetch call's result reads the same after the rewrite. Ours has
// the same `data`, `error` and `response` (plus `status`, and `malformed`/`invalid` on a body that
// is not the documented JSON), so reads of those three keep their meaning; the object as a whole
// (returned, passed on, spread, stored) does not, and is refused.
import type { CallExpression, Node as MorphNode } from "ts-morph";

type Morph = typeof import("ts-morph");

const SAME_KEYS = new Set(["data", "error", "response"]);

const WHOLE =
  "its result is used as a whole object (returned, passed on, spread or stored), which gains `status` in the generated client; read `data`, `error` and `response` from it here, or rewrite by hand";

/** Why a binding pattern reads something else than data/error/response, if it does. */
function patternProblem(morph: Morph, pattern: MorphNode): string | undefined {
  if (!morph.Node.isObjectBindingPattern(pattern)) return WHOLE;
  for (const element of pattern.getElements()) {
    if (element.getDotDotDotToken() !== undefined)
      return `it gathers the rest of the result (\`...${element.getName()}\`), which gains \`status\``;
    const key = element.getPropertyNameNode()?.getText() ?? element.getName();
    if (!SAME_KEYS.has(key)) return `it reads \`${key}\` of the result, which openapi-fetch's result does not have`;
  }
  return undefined;
}

/** Why a local name holding the awaited result is read otherwise than by its data/error/response, if it is. */
function localProblem(morph: Morph, name: MorphNode): string | undefined {
  const { Node } = morph;
  if (!Node.isIdentifier(name)) return patternProblem(morph, name);
  for (const reference of name.findReferencesAsNodes()) {
    if (reference === name) continue;
    const parent = reference.getParent();
    if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === reference) {
      if (SAME_KEYS.has(parent.getName())) continue;
      return `it reads \`${name.getText()}.${parent.getName()}\`, which openapi-fetch's result does not have`;
    }
    if (Node.isVariableDeclaration(parent) && parent.getInitializer() === reference) {
      const problem = patternProblem(morph, parent.getNameNode());
      if (problem === undefined) continue;
      return problem;
    }
    return `\`${name.getText()}\` (the result) is used as a whole object at line ${reference.getStartLineNumber()}, which gains \`status\` in the generated client; rewrite by hand`;
  }
  return undefined;
}

/** Why the call's result is read in a way the rewrite would change, or undefined when every read keeps its meaning. */
export function resultReadProblem(morph: Morph, call: CallExpression): string | undefined {
  const { Node } = morph;
  let node: MorphNode = call;
  let awaited = false;
  let parent = node.getParent();
  while (parent !== undefined && (Node.isParenthesizedExpression(parent) || Node.isAwaitExpression(parent))) {
    awaited ||= Node.isAwaitExpression(parent);
    node = parent;
    parent = parent.getParent();
  }
  if (Node.isExpressionStatement(parent) || Node.isVoidExpression(parent)) return undefined;
  if (!awaited) return "its promise is used other than by awaiting it; rewrite by hand";
  if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === node)
    return SAME_KEYS.has(parent.getName())
      ? undefined
      : `it reads \`${parent.getName()}\` of the result, which openapi-fetch's result does not have`;
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node)
    return localProblem(morph, parent.getNameNode());
  return WHOLE;
}
