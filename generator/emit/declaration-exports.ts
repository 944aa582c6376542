import path from "node:path";
import type * as TS from "typescript";

/** A declaration an entry exports, with the file it is written in (node texts are read from it). */
export interface ParsedDeclaration {
  readonly node: TS.Node;
  readonly source: TS.SourceFile;
}

/** A declaration of a file whose surface lines are known already (`schema.d.ts`), under its own name. */
export interface PreparedDeclaration {
  readonly name: string;
  readonly lines: readonly string[];
}

export type ExportedDeclaration = ParsedDeclaration | PreparedDeclaration;

/** Files whose exports are given, each by name with its lines, rather than parsed. */
export type PreparedFiles = ReadonlyMap<string, Readonly<Record<string, readonly string[]>>>;

/**
 * What each declaration file of the generated package exports, followed through `export … from`,
 * `export *` and imports to where each name is declared: the part of a type checker the API surface
 * needs. Written here rather than asked of a TypeScript program because a program binds every
 * symbol of every file (about 0.3 s and 100 MB for the upstream document's 4 MB of declarations)
 * only to follow a handful of re-export statements in files this generator wrote. Files are parsed
 * on first use, without their JSDoc (see `isDeprecated`). A specifier outside the package
 * (`openapi-fetch`) resolves to nothing, as it does in a program that does not contain it. A
 * prepared file is not parsed: its exports are the declarations given for it.
 */
export class DeclarationExports {
  private readonly parsed = new Map<string, TS.SourceFile | undefined>();
  private readonly exports = new Map<string, Map<string, ExportedDeclaration[]>>();

  constructor(
    private readonly ts: typeof TS,
    private readonly files: ReadonlyMap<string, string>,
    private readonly prepared: PreparedFiles = new Map(),
  ) {}

  /** Every name `file` exports, with its declarations in source order. */
  of(file: string): ReadonlyMap<string, readonly ExportedDeclaration[]> {
    const known = this.exports.get(file);
    if (known !== undefined) return known;
    const result = new Map<string, ExportedDeclaration[]>();
    this.exports.set(file, result); // before the walk: an `export *` cycle ends here
    const given = this.prepared.get(file);
    if (given !== undefined) {
      for (const [name, lines] of Object.entries(given)) result.set(name, [{ name, lines }]);
      return result;
    }
    const source = this.parse(file);
    if (source === undefined) return result;
    const stars: string[] = [];
    for (const statement of source.statements) {
      if (this.hasModifier(statement, this.ts.SyntaxKind.ExportKeyword)) {
        const isDefault = this.hasModifier(statement, this.ts.SyntaxKind.DefaultKeyword);
        for (const [name, node] of this.declarations(statement))
          add(result, isDefault ? "default" : name, [{ node, source }]);
      }
      if (
        this.ts.isExportAssignment(statement) &&
        statement.isExportEquals !== true &&
        this.ts.isIdentifier(statement.expression)
      ) {
        add(result, "default", this.local(file, source, statement.expression.text));
      }
      if (!this.ts.isExportDeclaration(statement)) continue;
      const from = this.moduleOf(file, statement.moduleSpecifier);
      const clause = statement.exportClause;
      if (clause === undefined) {
        if (from !== undefined) stars.push(from);
      } else if (this.ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          const local = (element.propertyName ?? element.name).text;
          const target =
            statement.moduleSpecifier === undefined
              ? this.local(file, source, local)
              : from === undefined
                ? []
                : (this.of(from).get(local) ?? []);
          add(result, element.name.text, target);
        }
      }
    }
    // `export *` never shadows a name the module declares or names itself, nor re-exports `default`.
    for (const from of stars)
      for (const [name, declarations] of this.of(from))
        if (name !== "default" && !result.has(name)) result.set(name, [...declarations]);
    return result;
  }

  private parse(file: string): TS.SourceFile | undefined {
    if (!this.parsed.has(file)) {
      const text = this.files.get(file);
      const options = {
        languageVersion: this.ts.ScriptTarget.Latest,
        jsDocParsingMode: this.ts.JSDocParsingMode.ParseNone,
      };
      this.parsed.set(file, text === undefined ? undefined : this.ts.createSourceFile(file, text, options));
    }
    return this.parsed.get(file);
  }

  /** `./x.js` from `dist/a.d.ts` is `dist/x.d.ts` (or `dist/x/index.d.ts`); a package name is outside. */
  private moduleOf(file: string, specifier: TS.Expression | undefined): string | undefined {
    if (specifier === undefined || !this.ts.isStringLiteral(specifier) || !specifier.text.startsWith("."))
      return undefined;
    const target = path.posix.join(path.posix.dirname(file), specifier.text).replace(/\.(m|c)?js$/, "");
    return [`${target}.d.ts`, `${target}/index.d.ts`].find(
      (candidate) => this.files.has(candidate) || this.prepared.has(candidate),
    );
  }

  /** What a name used in `export { name }` stands for: a declaration of the file, or an import. */
  private local(file: string, source: TS.SourceFile, name: string): ExportedDeclaration[] {
    const declared = source.statements.flatMap((statement) =>
      this.declarations(statement).flatMap(([declaredName, node]) => (declaredName === name ? [{ node, source }] : [])),
    );
    if (declared.length > 0) return declared;
    for (const statement of source.statements) {
      if (!this.ts.isImportDeclaration(statement)) continue;
      const bindings = statement.importClause?.namedBindings;
      const element =
        bindings !== undefined && this.ts.isNamedImports(bindings)
          ? bindings.elements.find((candidate) => candidate.name.text === name)
          : undefined;
      if (element === undefined) continue;
      const from = this.moduleOf(file, statement.moduleSpecifier);
      return from === undefined ? [] : [...(this.of(from).get((element.propertyName ?? element.name).text) ?? [])];
    }
    return [];
  }

  private hasModifier(statement: TS.Statement, kind: TS.SyntaxKind): boolean {
    const modifiers = this.ts.canHaveModifiers(statement) ? this.ts.getModifiers(statement) : undefined;
    return modifiers?.some((modifier) => modifier.kind === kind) === true;
  }

  /** The names a statement declares, each with its declaration (a variable's, not its statement). */
  private declarations(statement: TS.Statement): Array<[string, TS.Node]> {
    const { ts } = this;
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement))
      return [[statement.name.text, statement]];
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name !== undefined)
      return [[statement.name.text, statement]];
    if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) return [[statement.name.text, statement]];
    if (!ts.isVariableStatement(statement)) return [];
    return statement.declarationList.declarations.flatMap(
      (declaration): Array<[string, TS.Node]> =>
        ts.isIdentifier(declaration.name) ? [[declaration.name.text, declaration]] : [],
    );
  }
}

function add(
  result: Map<string, ExportedDeclaration[]>,
  name: string,
  declarations: readonly ExportedDeclaration[],
): void {
  result.set(name, [...(result.get(name) ?? []), ...declarations]);
}
