import type { Node as MorphNode, Project } from "ts-morph";
import { codeStamp, NO_CACHE, sha256, stepKey, type StepCache } from "../cache/step-cache.js";
import { loadTsMorph, packageVersion } from "../require-package.js";

type Morph = typeof import("ts-morph");

/** The package's entry points, as `exports` names them. */
const ENTRIES = [
  [".", "dist/index.d.ts"],
  ["./fixtures", "dist/fixtures.d.ts"],
  ["./testing", "dist/testing.d.ts"],
] as const;

const MAX_DEPTH = 6;

function compact(text: string): string {
  return text.replace(/\s+/g, " ").replace(/;\s*}/g, " }").trim();
}

function isDeprecated(morph: Morph, node: MorphNode): boolean {
  return morph.Node.isJSDocable(node) && node.getJsDocs().some((doc) => doc.getTags().some((tag) => tag.getTagName() === "deprecated"));
}

/**
 * Members of an interface or of an object type literal, one line each, nested object literals
 * expanded into dotted names: `components.schemas.IterationInput.hypothesis: string`.
 */
function memberLines(morph: Morph, owner: string, members: readonly MorphNode[], depth: number): string[] {
  const { Node } = morph;
  return members.flatMap((member) => {
    if (!Node.isPropertySignature(member) && !Node.isMethodSignature(member) && !Node.isIndexSignatureDeclaration(member)) return [compact(`${owner} ${member.getText()}`)];
    const name = Node.isIndexSignatureDeclaration(member) ? `[${member.getKeyName()}: ${member.getKeyType().getText()}]` : member.getName();
    const deprecated = isDeprecated(morph, member) ? "  @deprecated" : "";
    const optional = Node.isPropertySignature(member) && member.hasQuestionToken() ? "?" : "";
    const typeNode = Node.isPropertySignature(member) ? member.getTypeNode() : Node.isIndexSignatureDeclaration(member) ? member.getReturnTypeNode() : undefined;
    const path = `${owner}.${name}${optional}`;
    if (typeNode !== undefined && Node.isTypeLiteral(typeNode) && depth < MAX_DEPTH) {
      return [`${path}: {}${deprecated}`, ...memberLines(morph, path, typeNode.getMembers(), depth + 1)];
    }
    const text = Node.isMethodSignature(member) ? member.getText().slice(member.getName().length) : `: ${typeNode?.getText() ?? "unknown"}`;
    return [compact(`${path}${text}`) + deprecated];
  });
}

function declarationLines(morph: Morph, name: string, declaration: MorphNode): string[] {
  const { Node } = morph;
  const deprecated = isDeprecated(morph, declaration) ? "  @deprecated" : "";
  if (Node.isInterfaceDeclaration(declaration)) return [`interface ${name}${deprecated}`, ...memberLines(morph, name, declaration.getMembers(), 0).map((line) => `  ${line}`)];
  if (Node.isTypeAliasDeclaration(declaration)) {
    const typeNode = declaration.getTypeNodeOrThrow();
    const head = `type ${name}${declaration.getTypeParameters().length > 0 ? `<${declaration.getTypeParameters().map((p) => p.getText()).join(", ")}>` : ""}`;
    if (Node.isTypeLiteral(typeNode)) return [`${head} = {}${deprecated}`, ...memberLines(morph, name, typeNode.getMembers(), 0).map((line) => `  ${line}`)];
    return [compact(`${head} = ${typeNode.getText()}`) + deprecated];
  }
  if (Node.isFunctionDeclaration(declaration)) {
    const signature = declaration.getText().replace(/^export\s+(declare\s+)?/, "").replace(/;\s*$/, "");
    return [compact(signature.replace(/^function\s+\S+?(?=[<(])/, `function ${name}`)) + deprecated];
  }
  if (Node.isClassDeclaration(declaration)) {
    const members = declaration.getMembers().filter((member) => !member.getText().startsWith("private"));
    return [`class ${name}${deprecated}`, ...members.map((member) => `  ${compact(member.getText())}`)];
  }
  if (Node.isVariableDeclaration(declaration)) return [compact(`const ${name}: ${declaration.getTypeNode()?.getText() ?? declaration.getType().getText()}`) + deprecated];
  return [compact(`${declaration.getKindName()} ${name}`)];
}

/** Every exported name of every entry with its kind, signature or type text, and deprecation; sorted. */
function entryLines(morph: Morph, project: Project, file: string): string[] {
  const source = project.getSourceFile(file);
  if (source === undefined) return [];
  const exported = [...source.getExportedDeclarations()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return exported.flatMap(([name, declarations]) => declarations.flatMap((declaration) => declarationLines(morph, name, declaration)));
}

/**
 * `api-surface.txt`: the generated package's public surface as callers see it, read from its
 * declaration files with ts-morph. It changes exactly when the public API changes. ts-morph (with
 * the second copy of TypeScript it carries) is loaded only when the declarations changed.
 */
export async function renderSurface(files: ReadonlyMap<string, string>, packageName: string, cache: StepCache = NO_CACHE): Promise<string> {
  const declarations = [...files].filter(([file]) => file.endsWith(".d.ts")).map(([file, text]) => `${file}:${sha256(text)}`);
  const key = stepKey("surface", codeStamp(import.meta.url), packageVersion("ts-morph"), packageName, ...declarations);
  return cache.through(key, () => printSurface(files, packageName));
}

function printSurface(files: ReadonlyMap<string, string>, packageName: string): string {
  // Loaded here: only this output needs a real AST of the generated code.
  const morph = loadTsMorph();
  const project = new morph.Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { noLib: true, noResolve: false } });
  for (const [file, text] of files) if (file.startsWith("dist/") && file.endsWith(".d.ts")) project.createSourceFile(`/package/${file}`, text);
  const sections = ENTRIES.flatMap(([entry, file]) => {
    const lines = entryLines(morph, project, `/package/${file}`);
    return lines.length === 0 ? [] : [`## ${entry}`, ...lines, ""];
  });
  return [`# API surface of ${packageName}: every export, its signature or type, and its deprecation. Generated; a change here is a change callers see.`, "", ...sections].join("\n");
}
