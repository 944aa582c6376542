import type * as TS from "typescript";

const MAX_DEPTH = 6;

/**
 * How the surface reads a declaration: its text (`compact` makes layout irrelevant) and whether its
 * JSDoc says `@deprecated`. One reader works on a parsed declaration file, one on the nodes
 * openapi-typescript builds (printed, never parsed: see `schema-surface.ts`).
 */
export interface Reader {
  readonly ts: typeof TS;
  text(node: TS.Node): string;
  isDeprecated(node: TS.Node): boolean;
}

function compact(text: string): string {
  return text.replace(/\s+/g, " ").replace(/;\s*}/g, " }").trim();
}

/** Whether one comment (`/** … *\/`) is JSDoc with a `@deprecated` tag, by TypeScript's rules for when an `@` starts a tag. */
export function isDeprecatedComment(ts: typeof TS, comment: string): boolean {
  if (!comment.startsWith("/**") || comment.startsWith("/**/") || !comment.includes("@deprecated")) return false;
  const statement = ts.createSourceFile("comment.ts", `${comment}\ntype T = 0;`, ts.ScriptTarget.Latest).statements[0];
  const docs = (statement as { jsDoc?: readonly TS.JSDoc[] } | undefined)?.jsDoc ?? [];
  return docs.some((doc) => (doc.tags ?? []).some((tag) => tag.tagName.text === "deprecated"));
}

/**
 * A reader of a declaration file parsed without JSDoc (a third of the parse time): a comment that
 * mentions `@deprecated` is parsed on its own. A variable's JSDoc belongs to its statement, as the
 * surface has always read it.
 */
export function sourceReader(ts: typeof TS, source: TS.SourceFile): Reader {
  return {
    ts,
    text: (node) => node.getText(source),
    isDeprecated: (node) =>
      !ts.isVariableDeclaration(node) &&
      (ts.getLeadingCommentRanges(source.text, node.pos) ?? []).some(({ pos, end }) =>
        isDeprecatedComment(ts, source.text.slice(pos, end)),
      ),
  };
}

/**
 * Members of an interface or of an object type literal, one line each, nested object literals
 * expanded into dotted names: `components.schemas.IterationInput.hypothesis: string`.
 */
function memberLines(reader: Reader, owner: string, members: readonly TS.Node[], depth: number): string[] {
  const { ts, text } = reader;
  return members.flatMap((member) => {
    if (!ts.isPropertySignature(member) && !ts.isMethodSignature(member) && !ts.isIndexSignatureDeclaration(member))
      return [compact(`${owner} ${text(member)}`)];
    const parameter = ts.isIndexSignatureDeclaration(member) ? member.parameters[0] : undefined;
    const name = ts.isIndexSignatureDeclaration(member)
      ? `[${parameter === undefined ? "" : text(parameter.name)}: ${parameter?.type === undefined ? "any" : text(parameter.type)}]`
      : text(member.name);
    const deprecated = reader.isDeprecated(member) ? "  @deprecated" : "";
    const optional = ts.isPropertySignature(member) && member.questionToken !== undefined ? "?" : "";
    const typeNode = ts.isMethodSignature(member) ? undefined : member.type;
    const path = `${owner}.${name}${optional}`;
    if (typeNode !== undefined && ts.isTypeLiteralNode(typeNode) && depth < MAX_DEPTH) {
      return [`${path}: {}${deprecated}`, ...memberLines(reader, path, typeNode.members, depth + 1)];
    }
    const rest = ts.isMethodSignature(member)
      ? text(member).slice(name.length)
      : `: ${typeNode === undefined ? "unknown" : text(typeNode)}`;
    return [compact(`${path}${rest}`) + deprecated];
  });
}

function typeAliasLines(
  reader: Reader,
  name: string,
  declaration: TS.TypeAliasDeclaration,
  deprecated: string,
): string[] {
  const { ts, text } = reader;
  const parameters = declaration.typeParameters ?? [];
  const head = `type ${name}${parameters.length > 0 ? `<${parameters.map((parameter) => text(parameter)).join(", ")}>` : ""}`;
  if (ts.isTypeLiteralNode(declaration.type))
    return [
      `${head} = {}${deprecated}`,
      ...memberLines(reader, name, declaration.type.members, 0).map((line) => `  ${line}`),
    ];
  return [compact(`${head} = ${text(declaration.type)}`) + deprecated];
}

/**
 * The type TypeScript gives `export declare const X = <literal>`, the one form isolated declarations
 * leave without a type annotation, written as its checker writes it (`"…"` without ASCII escaping,
 * numbers by value).
 */
function literalTypeText(ts: typeof TS, initializer: TS.Expression | undefined): string {
  if (initializer === undefined) return "unknown";
  if (ts.isStringLiteral(initializer) || ts.isNoSubstitutionTemplateLiteral(initializer)) {
    const literal = ts.setEmitFlags(ts.factory.createStringLiteral(initializer.text), ts.EmitFlags.NoAsciiEscaping);
    return ts
      .createPrinter({ removeComments: true })
      .printNode(ts.EmitHint.Unspecified, literal, ts.createSourceFile("literal.ts", "", ts.ScriptTarget.Latest));
  }
  if (ts.isNumericLiteral(initializer)) return String(Number(initializer.text));
  if (
    ts.isPrefixUnaryExpression(initializer) &&
    initializer.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(initializer.operand)
  )
    return String(-Number(initializer.operand.text));
  if (ts.isBigIntLiteral(initializer)) return `${BigInt(initializer.text.slice(0, -1))}n`;
  if (initializer.kind === ts.SyntaxKind.TrueKeyword) return "true";
  if (initializer.kind === ts.SyntaxKind.FalseKeyword) return "false";
  return "unknown";
}

/** The lines of one exported declaration under the name it is exported as: its kind, signature or type text, members, deprecation. */
export function declarationLines(reader: Reader, name: string, declaration: TS.Declaration): string[] {
  const { ts, text } = reader;
  const deprecated = reader.isDeprecated(declaration) ? "  @deprecated" : "";
  if (ts.isInterfaceDeclaration(declaration))
    return [
      `interface ${name}${deprecated}`,
      ...memberLines(reader, name, declaration.members, 0).map((line) => `  ${line}`),
    ];
  if (ts.isTypeAliasDeclaration(declaration)) return typeAliasLines(reader, name, declaration, deprecated);
  if (ts.isFunctionDeclaration(declaration)) {
    const signature = text(declaration)
      .replace(/^export\s+(declare\s+)?/, "")
      .replace(/;\s*$/, "");
    return [compact(signature.replace(/^function\s+\S+?(?=[<(])/, `function ${name}`)) + deprecated];
  }
  if (ts.isClassDeclaration(declaration)) {
    const members = declaration.members.filter(
      (member) =>
        !ts.isSemicolonClassElement(member) &&
        !ts.isIndexSignatureDeclaration(member) &&
        !text(member).startsWith("private"),
    );
    return [`class ${name}${deprecated}`, ...members.map((member) => `  ${compact(text(member))}`)];
  }
  if (ts.isVariableDeclaration(declaration)) {
    const type = declaration.type === undefined ? literalTypeText(ts, declaration.initializer) : text(declaration.type);
    return [compact(`const ${name}: ${type}`) + deprecated];
  }
  return [compact(`${ts.SyntaxKind[declaration.kind]} ${name}`)];
}
