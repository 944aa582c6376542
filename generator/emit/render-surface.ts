import type * as TS from "typescript";
import { codeStamp, NO_CACHE, type StepCache, sha256, stepKey } from "../cache/step-cache.js";
import { loadTypeScript, packageVersion } from "../require-package.js";
import { DeclarationExports } from "./declaration-exports.js";

/** The package's entry points, as `exports` names them. */
const ENTRIES = [
  [".", "dist/index.d.ts"],
  ["./fixtures", "dist/fixtures.d.ts"],
  ["./testing", "dist/testing.d.ts"],
] as const;

const MAX_DEPTH = 6;

/** The TypeScript API and the source file of the nodes being printed. */
interface Reader {
  readonly ts: typeof TS;
  readonly source: TS.SourceFile;
  text(node: TS.Node): string;
}

function compact(text: string): string {
  return text.replace(/\s+/g, " ").replace(/;\s*}/g, " }").trim();
}

/**
 * Whether a JSDoc comment (`/** … *\/`) in front of the node has a `@deprecated` tag. The files are
 * parsed without JSDoc (a third of the parse time); a comment that mentions `@deprecated` is parsed
 * on its own by TypeScript, whose rules say when an `@` starts a tag. A variable's JSDoc belongs to
 * its statement, as the surface has always read it.
 */
function isDeprecated({ ts, source }: Reader, node: TS.Node): boolean {
  if (ts.isVariableDeclaration(node)) return false;
  const text = source.text;
  return (ts.getLeadingCommentRanges(text, node.pos) ?? []).some(({ pos, end }) => {
    const comment = text.slice(pos, end);
    return (
      comment.startsWith("/**") &&
      !comment.startsWith("/**/") &&
      comment.includes("@deprecated") &&
      hasDeprecatedTag(ts, comment)
    );
  });
}

function hasDeprecatedTag(ts: typeof TS, comment: string): boolean {
  const statement = ts.createSourceFile("comment.ts", `${comment}\ntype T = 0;`, ts.ScriptTarget.Latest).statements[0];
  const docs = (statement as { jsDoc?: readonly TS.JSDoc[] } | undefined)?.jsDoc ?? [];
  return docs.some((doc) => (doc.tags ?? []).some((tag) => tag.tagName.text === "deprecated"));
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
    const deprecated = isDeprecated(reader, member) ? "  @deprecated" : "";
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

function declarationLines(reader: Reader, name: string, declaration: TS.Declaration): string[] {
  const { ts, text } = reader;
  const deprecated = isDeprecated(reader, declaration) ? "  @deprecated" : "";
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

/** Every exported name of an entry with its kind, signature or type text, and deprecation; sorted. */
function entryLines(ts: typeof TS, exports: DeclarationExports, file: string): string[] {
  const exported = [...exports.of(file)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return exported.flatMap(([name, declarations]) =>
    declarations.flatMap(({ node, source }) =>
      declarationLines({ ts, source, text: (item) => item.getText(source) }, name, node as TS.Declaration),
    ),
  );
}

/**
 * `api-surface.txt`: the generated package's public surface as callers see it, read from its
 * declaration files. It changes exactly when the public API changes.
 */
export async function renderSurface(
  files: ReadonlyMap<string, string>,
  packageName: string,
  cache: StepCache = NO_CACHE,
): Promise<string> {
  const key = (): string => {
    const declarations = [...files]
      .filter(([file]) => file.endsWith(".d.ts"))
      .map(([file, text]) => `${file}:${sha256(text)}`);
    return stepKey("surface", codeStamp(import.meta.url), packageVersion("typescript"), packageName, ...declarations);
  };
  return cache.through(key, () => printSurface(files, packageName));
}

function printSurface(files: ReadonlyMap<string, string>, packageName: string): string {
  // The copy of TypeScript openapi-typescript loaded: only its parser is used.
  const ts = loadTypeScript();
  const declarations = new Map([...files].filter(([file]) => file.startsWith("dist/") && file.endsWith(".d.ts")));
  const exports = new DeclarationExports(ts, declarations);
  const sections = ENTRIES.flatMap(([entry, file]) => {
    const lines = entryLines(ts, exports, file);
    return lines.length === 0 ? [] : [`## ${entry}`, ...lines, ""];
  });
  return [
    `# API surface of ${packageName}: every export, its signature or type, and its deprecation. Generated; a change here is a change callers see.`,
    "",
    ...sections,
  ].join("\n");
}
