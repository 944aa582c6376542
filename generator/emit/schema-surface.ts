import type * as TS from "typescript";
import { PRINT_MARK } from "../load/protected-keys.js";
import { declarationLines, isDeprecatedComment, type Reader } from "./surface-lines.js";

/** What `schema.ts` exports, by name: each declaration's API-surface lines, written under that name. */
export type SchemaSurface = Readonly<Record<string, readonly string[]>>;

/**
 * A reader of openapi-typescript's nodes: each text printed as `schema.ts` prints it, but without
 * ASCII escaping (`"Ω"`, not `"\u03A9"`), as Oxc writes the declaration files; a node's JSDoc is the
 * synthetic comment openapi-typescript attached to it.
 */
function printedReader(ts: typeof TS): Reader {
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, neverAsciiEscape: true } as TS.PrinterOptions);
  const file = ts.createSourceFile("schema.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  return {
    ts,
    text: (node) => printer.printNode(ts.EmitHint.Unspecified, node, file).replaceAll(PRINT_MARK, ""),
    isDeprecated: (node) =>
      (ts.getSyntheticLeadingComments(node) ?? []).some(
        (comment) =>
          comment.kind === ts.SyntaxKind.MultiLineCommentTrivia && isDeprecatedComment(ts, `/*${comment.text}*/`),
      ),
  };
}

/** Tuples printed on one line (`[string, number]`), as Oxc writes them: TypeScript's printer puts each element on its own. */
function singleLineTuples(ts: typeof TS, node: TS.Node): void {
  // openapi-typescript sets no emit flags on the tuples it builds.
  if (ts.isTupleTypeNode(node)) ts.setEmitFlags(node, ts.EmitFlags.SingleLine);
  ts.forEachChild(node, (child) => singleLineTuples(ts, child));
}

/**
 * Characters TypeScript's printer and Oxc escape differently in a string literal (a control
 * character, a no-break or line separator, a BOM, `</script`): where one occurs, the lines printed
 * here would not be the declaration file's.
 */
function escapedOtherwise(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0x2028 || code === 0x2029 || code === 0xfeff)
      return true;
  }
  return /<\/script/i.test(text);
}

function hasOtherwiseEscaped(ts: typeof TS, node: TS.Node): boolean {
  if (ts.isStringLiteral(node) && escapedOtherwise(node.text)) return true;
  return ts.forEachChild(node, (child) => hasOtherwiseEscaped(ts, child) || undefined) ?? false;
}

/**
 * The API surface of `schema.ts`'s exports (`paths`, `components`, `operations`, …), read from the
 * nodes openapi-typescript printed it from, while the types step still holds them: the same lines
 * as reading `dist/schema.d.ts` with TypeScript's parser gives, without parsing the package's
 * largest file a second time (0.25 s and about 100 MB for the upstream document). Called after
 * `schema.ts` is printed: it marks the nodes' tuples to print on one line. Undefined where a string
 * literal holds a character the two printers escape differently.
 */
export function schemaSurface(ts: typeof TS, nodes: readonly TS.Node[]): SchemaSurface | undefined {
  // Rare: the declaration file is then parsed, as it always was.
  if (nodes.some((node) => hasOtherwiseEscaped(ts, node))) return undefined;
  for (const node of nodes) singleLineTuples(ts, node);
  const reader = printedReader(ts);
  const surface: Record<string, readonly string[]> = {};
  for (const node of nodes) {
    if (!ts.isInterfaceDeclaration(node) && !ts.isTypeAliasDeclaration(node)) continue;
    const exported = (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (exported) surface[node.name.text] = declarationLines(reader, node.name.text, node);
  }
  return surface;
}
