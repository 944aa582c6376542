import type { CallExpression, Node as MorphNode, SourceFile } from "ts-morph";

type Morph = typeof import("ts-morph");

/** A text edit by position; all of a rewrite's edits are computed first, then applied last-first. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function nodeEdit(node: { getStart(): number; getEnd(): number }, text: string): Edit {
  return { start: node.getStart(), end: node.getEnd(), text };
}

/**
 * Edits applied as text, not as AST replacements: everything outside them (formatting, comments,
 * unrelated code) stays byte for byte.
 */
export function applyEdits(file: SourceFile, edits: readonly Edit[]): void {
  let result = file.getFullText();
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  file.replaceWithText(result);
}

/** Whether the call's value is used: not when it is a statement of its own, awaited or not, or `void`ed. */
export function resultIsUsed(morph: Morph, call: CallExpression): boolean {
  const { Node } = morph;
  let node: MorphNode = call;
  let parent = node.getParent();
  while (parent !== undefined && (Node.isParenthesizedExpression(parent) || Node.isAwaitExpression(parent))) {
    node = parent;
    parent = parent.getParent();
  }
  return !(Node.isExpressionStatement(parent) || Node.isVoidExpression(parent));
}

/** The edit that deletes a whole statement, with its line when the statement is alone on it. */
export function statementRemoval(statement: MorphNode): Edit {
  const text = statement.getSourceFile().getFullText();
  let start = statement.getStart();
  let end = statement.getEnd();
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  if (text.slice(lineStart, start).trim() === "" && text.slice(end, lineEnd).trim() === "") {
    start = lineStart;
    end = lineEnd;
    // Between two blank lines, one of them goes too: the statement's block stays one paragraph break.
    const previousLine = text.slice(text.lastIndexOf("\n", Math.max(0, lineStart - 2)) + 1, lineStart);
    const nextNewline = text.indexOf("\n", lineEnd);
    if (
      lineStart > 0 &&
      previousLine.trim() === "" &&
      nextNewline !== -1 &&
      text.slice(lineEnd, nextNewline).trim() === ""
    )
      end = nextNewline + 1;
  }
  return { start, end, text: "" };
}

/** The edit that deletes one element of a comma-separated list, with the comma that joins it to a neighbour. */
function listItemRemoval(item: MorphNode, siblings: readonly MorphNode[]): Edit {
  const index = siblings.indexOf(item);
  const next = siblings[index + 1];
  if (next !== undefined) return { start: item.getStart(), end: next.getStart(), text: "" };
  const previous = siblings[index - 1];
  return { start: previous === undefined ? item.getStart() : previous.getEnd(), end: item.getEnd(), text: "" };
}

/**
 * Deletes a local name that nothing uses any more: `const alias = client.m;`, or one element of
 * `const { m, other } = client;`; undefined when the declaration is exported (other files may use it).
 */
export function declarationRemoval(morph: Morph, declaration: MorphNode): Edit | undefined {
  const { Node } = morph;
  if (Node.isBindingElement(declaration)) {
    const pattern = declaration.getParent();
    if (Node.isObjectBindingPattern(pattern) && pattern.getElements().length > 1)
      return listItemRemoval(declaration, pattern.getElements());
    const variable = pattern.getParent();
    return Node.isVariableDeclaration(variable) ? declarationRemoval(morph, variable) : undefined;
  }
  if (!Node.isVariableDeclaration(declaration)) return undefined;
  const list = declaration.getParent();
  const statement = list.getParent();
  if (!Node.isVariableDeclarationList(list) || !Node.isVariableStatement(statement) || statement.isExported())
    return undefined;
  const declarations = list.getDeclarations();
  return declarations.length > 1 ? listItemRemoval(declaration, declarations) : statementRemoval(statement);
}
