import type * as TS from "typescript";
import { codeStamp, NO_CACHE, sha256, stepKey, type StepCache } from "../cache/step-cache.js";
import { loadTypeScript, packageVersion } from "../require-package.js";

/** The package's entry points, as `exports` names them. */
const ENTRIES = [
  [".", "dist/index.d.ts"],
  ["./fixtures", "dist/fixtures.d.ts"],
  ["./testing", "dist/testing.d.ts"],
] as const;

const MAX_DEPTH = 6;
const ROOT = "/package/";

interface Reader {
  readonly ts: typeof TS;
  readonly checker: TS.TypeChecker;
  readonly source: TS.SourceFile;
}

function compact(text: string): string {
  return text.replace(/\s+/g, " ").replace(/;\s*}/g, " }").trim();
}

/** The parser attaches JSDoc to the node it documents (to a `const`'s statement, not its declaration). */
function isDeprecated(node: TS.Node): boolean {
  const docs = (node as { jsDoc?: readonly TS.JSDoc[] }).jsDoc ?? [];
  return docs.some((doc) => (doc.tags ?? []).some((tag) => tag.tagName.text === "deprecated"));
}

function text(reader: Reader, node: TS.Node): string {
  return node.getText(reader.source);
}

/** A type as the checker prints it: for a `const` declared without a type, and index-signature keys. */
function typeText(reader: Reader, node: TS.Node): string {
  const flags = reader.ts.TypeFormatFlags;
  return reader.checker.typeToString(reader.checker.getTypeAtLocation(node), undefined, flags.UseTypeOfFunction | flags.NoTruncation | flags.UseFullyQualifiedType | flags.WriteTypeArgumentsOfSignature);
}

/**
 * Members of an interface or of an object type literal, one line each, nested object literals
 * expanded into dotted names: `components.schemas.IterationInput.hypothesis: string`.
 */
function memberLines(reader: Reader, owner: string, members: readonly TS.TypeElement[], depth: number): string[] {
  const { ts } = reader;
  return members.flatMap((member) => {
    if (!ts.isPropertySignature(member) && !ts.isMethodSignature(member) && !ts.isIndexSignatureDeclaration(member)) return [compact(`${owner} ${text(reader, member)}`)];
    const key = ts.isIndexSignatureDeclaration(member) ? member.parameters[0] : undefined;
    const name = key !== undefined ? `[${text(reader, key.name)}: ${typeText(reader, key.name)}]` : text(reader, member.name as TS.Node);
    const deprecated = isDeprecated(member) ? "  @deprecated" : "";
    const optional = ts.isPropertySignature(member) && member.questionToken !== undefined ? "?" : "";
    const typeNode = ts.isMethodSignature(member) ? undefined : member.type;
    const path = `${owner}.${name}${optional}`;
    if (typeNode !== undefined && ts.isTypeLiteralNode(typeNode) && depth < MAX_DEPTH) {
      return [`${path}: {}${deprecated}`, ...memberLines(reader, path, typeNode.members, depth + 1)];
    }
    const rest = ts.isMethodSignature(member) ? text(reader, member).slice(name.length) : `: ${typeNode === undefined ? "unknown" : text(reader, typeNode)}`;
    return [compact(`${path}${rest}`) + deprecated];
  });
}

/** ts.SyntaxKind's name for a kind, skipping the First…/Last… range markers that share its number. */
function kindName(ts: typeof TS, kind: TS.SyntaxKind): string {
  const names = Object.entries(ts.SyntaxKind).filter(([name, value]) => value === kind && !/^(First|Last)/.test(name));
  return names[0]?.[0] ?? String(kind);
}

function typeAliasLines(reader: Reader, name: string, declaration: TS.TypeAliasDeclaration, deprecated: string): string[] {
  const parameters = declaration.typeParameters ?? [];
  const head = `type ${name}${parameters.length > 0 ? `<${parameters.map((p) => text(reader, p)).join(", ")}>` : ""}`;
  if (reader.ts.isTypeLiteralNode(declaration.type)) return [`${head} = {}${deprecated}`, ...memberLines(reader, name, declaration.type.members, 0).map((line) => `  ${line}`)];
  return [compact(`${head} = ${text(reader, declaration.type)}`) + deprecated];
}

function declarationLines(reader: Reader, name: string, declaration: TS.Declaration): string[] {
  const { ts } = reader;
  const deprecated = isDeprecated(declaration) ? "  @deprecated" : "";
  if (ts.isInterfaceDeclaration(declaration)) return [`interface ${name}${deprecated}`, ...memberLines(reader, name, declaration.members, 0).map((line) => `  ${line}`)];
  if (ts.isTypeAliasDeclaration(declaration)) return typeAliasLines(reader, name, declaration, deprecated);
  if (ts.isFunctionDeclaration(declaration)) {
    const signature = text(reader, declaration).replace(/^export\s+(declare\s+)?/, "").replace(/;\s*$/, "");
    return [compact(signature.replace(/^function\s+\S+?(?=[<(])/, `function ${name}`)) + deprecated];
  }
  if (ts.isClassDeclaration(declaration)) {
    const members = declaration.members.filter((member) => !ts.isSemicolonClassElement(member) && !text(reader, member).startsWith("private"));
    return [`class ${name}${deprecated}`, ...members.map((member) => `  ${compact(text(reader, member))}`)];
  }
  if (ts.isVariableDeclaration(declaration)) return [compact(`const ${name}: ${declaration.type === undefined ? typeText(reader, declaration.name) : text(reader, declaration.type)}`) + deprecated];
  return [compact(`${kindName(ts, declaration.kind)} ${name}`)];
}

/** Every exported name of an entry with its declarations (re-exports followed to their targets), sorted by name. */
function entryLines(ts: typeof TS, program: TS.Program, file: string): string[] {
  const source = program.getSourceFile(file);
  const checker = program.getTypeChecker();
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (source === undefined || moduleSymbol === undefined) return [];
  const exported = checker.getExportsOfModule(moduleSymbol).map((symbol) => {
    const target = (symbol.flags & ts.SymbolFlags.Alias) !== 0 ? checker.getAliasedSymbol(symbol) : symbol;
    return [symbol.name, target.declarations ?? []] as const;
  });
  exported.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return exported.flatMap(([name, declarations]) => declarations.flatMap((declaration) => declarationLines({ ts, checker, source: declaration.getSourceFile() }, name, declaration)));
}

function createProgram(ts: typeof TS, files: ReadonlyMap<string, string>): TS.Program {
  const texts = new Map([...files].filter(([file]) => file.startsWith("dist/") && file.endsWith(".d.ts")).map(([file, content]) => [ROOT + file, content]));
  const options: TS.CompilerOptions = { noLib: true, noResolve: false, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, types: [] };
  const host: TS.CompilerHost = {
    getSourceFile: (name, languageVersion) => {
      const content = texts.get(name);
      return content === undefined ? undefined : ts.createSourceFile(name, content, languageVersion, true);
    },
    getDefaultLibFileName: () => "/lib.d.ts",
    writeFile: () => undefined,
    getCurrentDirectory: () => ROOT,
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (name) => texts.has(name),
    readFile: (name) => texts.get(name),
    directoryExists: (name) => [...texts.keys()].some((file) => file.startsWith(name.endsWith("/") ? name : `${name}/`)),
    getDirectories: () => [],
  };
  return ts.createProgram({ rootNames: [...texts.keys()], options, host });
}

/**
 * `api-surface.txt`: the generated package's public surface as callers see it, read from its
 * declaration files with the TypeScript compiler API (already loaded to emit them; ts-morph would
 * load a second copy of TypeScript). It changes exactly when the public API changes.
 */
export async function renderSurface(files: ReadonlyMap<string, string>, packageName: string, cache: StepCache = NO_CACHE): Promise<string> {
  const declarations = [...files].filter(([file]) => file.endsWith(".d.ts")).map(([file, text]) => `${file}:${sha256(text)}`);
  const key = stepKey("surface", codeStamp(import.meta.url), packageVersion("typescript"), packageName, ...declarations);
  return cache.through(key, () => printSurface(files, packageName));
}

function printSurface(files: ReadonlyMap<string, string>, packageName: string): string {
  const ts = loadTypeScript();
  const program = createProgram(ts, files);
  const sections = ENTRIES.flatMap(([entry, file]) => {
    const lines = entryLines(ts, program, ROOT + file);
    return lines.length === 0 ? [] : [`## ${entry}`, ...lines, ""];
  });
  return [`# API surface of ${packageName}: every export, its signature or type, and its deprecation. Generated; a change here is a change callers see.`, "", ...sections].join("\n");
}
