// The text `types` writes: openapi-typescript's transform and printer, with the context its
// `openapiTS()` builds from the options (copied from its dist/index.mjs of 7.13, which is
// maintained no more, so the copy cannot fall behind), and the header its CLI writes.
import type * as TS from "typescript";
import { nullSafeWithRequired } from "../emit/emit-types.js";
import { liftOas32 } from "../emit/oas32-types.js";
import { type SourceLocation, SpecError } from "../errors.js";
import { PRINT_MARK } from "../load/protected-keys.js";
import { loadOpenapiTypescript, loadTypeScript } from "../require-package.js";
import type { TransformFlag } from "./types-flags.js";

type OpenapiTypescript = typeof import("openapi-typescript");
type TransformContext = Parameters<OpenapiTypescript["transformSchema"]>[1];

export interface PrintOptions {
  readonly flags: Readonly<Partial<Record<TransformFlag, boolean>>>;
  readonly silent: boolean;
  readonly nullSafeWithRequired: boolean;
}

/** `openapiTS()`'s context: each option's default as it sets it. */
function transformContext(
  ots: OpenapiTypescript,
  schema: Record<string, unknown>,
  options: PrintOptions,
): TransformContext {
  // openapiTS() sets `inject` too (undefined here): the transform reads it only when set.
  const flags = options.flags;
  const scanOptions = { ...flags, silent: options.silent };
  return {
    additionalProperties: flags.additionalProperties ?? false,
    alphabetize: flags.alphabetize ?? false,
    arrayLength: flags.arrayLength ?? false,
    defaultNonNullable: flags.defaultNonNullable ?? true,
    discriminators: ots.scanDiscriminators(schema as never, scanOptions),
    emptyObjectsUnknown: flags.emptyObjectsUnknown ?? false,
    enum: flags.enum ?? false,
    enumValues: flags.enumValues ?? false,
    conditionalEnums: flags.conditionalEnums ?? false,
    dedupeEnums: flags.dedupeEnums ?? false,
    excludeDeprecated: flags.excludeDeprecated ?? false,
    exportType: flags.exportType ?? false,
    immutable: flags.immutable ?? false,
    rootTypes: flags.rootTypes ?? false,
    rootTypesNoSchemaPrefix: flags.rootTypesNoSchemaPrefix ?? false,
    rootTypesKeepCasing: flags.rootTypesKeepCasing ?? false,
    injectFooter: [],
    pathParamsAsTypes: flags.pathParamsAsTypes ?? false,
    postTransform: undefined,
    propertiesRequiredByDefault: flags.propertiesRequiredByDefault ?? false,
    // Read only by openapiTS()'s own lint and bundle, which read-document.ts has done.
    redoc: undefined as never,
    silent: options.silent,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: flags.makePathsEnum ?? false,
    generatePathParams: flags.generatePathParams ?? false,
    readWriteMarkers: flags.readWriteMarkers ?? false,
    resolve: <T>($ref: string) => ots.resolveRef<T>(schema, $ref, { silent: options.silent }),
  };
}

/** openapi-typescript's errors name the place as `at #/components/schemas/0`: the error is put there. */
function transformNodes(
  ots: OpenapiTypescript,
  schema: Record<string, unknown>,
  options: PrintOptions,
  locate: (pointer: string) => SourceLocation,
): TS.Node[] {
  try {
    return ots.transformSchema(schema as never, transformContext(ots, schema, options));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pointer = /\bat #(\/[^\s,;]*)/.exec(message)?.[1] ?? "";
    throw new SpecError([
      { message: `openapi-typescript cannot read the document: ${message}`, location: locate(pointer) },
    ]);
  }
}

function finish(ots: OpenapiTypescript, nodes: readonly TS.Node[], options: PrintOptions): string {
  const printed = ots.astToString(nodes as TS.Node[]);
  return ots.COMMENT_HEADER + (options.nullSafeWithRequired ? nullSafeWithRequired(printed) : printed);
}

/** A 3.0/3.1 document as openapi-typescript bundled it: what its CLI prints, byte for byte. */
export function printBundled(
  bundled: Record<string, unknown>,
  options: PrintOptions,
  locate: (pointer: string) => SourceLocation,
): string {
  const ots = loadOpenapiTypescript();
  return finish(ots, transformNodes(ots, bundled, options, locate), options);
}

/**
 * A document from this repository's loader (Swagger 2.0 converted, or 3.2 down-levelled by
 * `printable`): printed as openapi-typescript prints 3.1, then lifted back into 3.2's shape.
 */
export function printLoaded(
  printable: Record<string, unknown>,
  oas32: boolean,
  options: PrintOptions,
  locate: (pointer: string) => SourceLocation,
): string {
  const ots = loadOpenapiTypescript();
  const nodes = transformNodes(ots, printable, options, locate);
  const ts = loadTypeScript();
  const lifted = oas32 ? liftTypeAliasPaths(ts, nodes) : nodes;
  const printed = options.flags.immutable === true && oas32 ? readonlyLifted(ts, lifted) : lifted;
  return finish(ots, printed, options).replaceAll(PRINT_MARK, "");
}

/**
 * With --immutable every member of a path item and of `parameters` is readonly; liftOas32 makes
 * the members it moves (`query`, `purge`, `querystring`) plain ones: they are made readonly too.
 */
function readonlyLifted(ts: typeof TS, nodes: readonly TS.Node[]): TS.Node[] {
  const readonly = (member: TS.TypeElement): TS.TypeElement => {
    if (!ts.isPropertySignature(member) || member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword))
      return member;
    const modifiers = [ts.factory.createModifier(ts.SyntaxKind.ReadonlyKeyword), ...(member.modifiers ?? [])];
    return ts.factory.updatePropertySignature(member, modifiers, member.name, member.questionToken, member.type);
  };
  const isLifted = (literal: TS.TypeLiteralNode): boolean =>
    literal.members.some((member) => {
      const name = member.name !== undefined && ts.isIdentifier(member.name) ? member.name.text : undefined;
      return name === "querystring" || name === "parameters";
    });
  const transformer: TS.TransformerFactory<TS.Node> = (context) => {
    const visit = (node: TS.Node): TS.Node => {
      const inner = ts.visitEachChild(node, visit, context);
      if (!ts.isTypeLiteralNode(inner) || !isLifted(inner)) return inner;
      return ts.factory.updateTypeLiteralNode(inner, ts.factory.createNodeArray(inner.members.map(readonly)));
    };
    return (node) => ts.visitNode(node, visit) as TS.Node;
  };
  const result = ts.transform([...nodes], [transformer]);
  const transformed = [...result.transformed];
  result.dispose();
  return transformed;
}

/**
 * liftOas32 moves methods in `interface paths`; with --export-type it is `type paths = {…}`, so it
 * is lifted as an interface and turned back. ApiPaths (--make-paths-enum) names the real path.
 */
function liftTypeAliasPaths(ts: typeof TS, nodes: readonly TS.Node[]): TS.Node[] {
  const asInterface = nodes.map((node) =>
    ts.isTypeAliasDeclaration(node) && node.name.text === "paths" && ts.isTypeLiteralNode(node.type)
      ? ts.factory.createInterfaceDeclaration(node.modifiers, node.name, undefined, undefined, node.type.members)
      : node,
  );
  const wasAlias = new Set(nodes.map((node, index) => (node === asInterface[index] ? -1 : index)));
  return liftOas32(ts, asInterface).map((node, index) => {
    if (wasAlias.has(index) && ts.isInterfaceDeclaration(node))
      return ts.factory.createTypeAliasDeclaration(
        node.modifiers,
        node.name,
        undefined,
        ts.factory.createTypeLiteralNode(node.members),
      );
    if (ts.isEnumDeclaration(node) && node.name.text === "ApiPaths") return realApiPaths(ts, node);
    return node;
  });
}

const METHOD_MARK = /^oas32-method:[^:]*:/;

function realApiPaths(ts: typeof TS, node: TS.EnumDeclaration): TS.EnumDeclaration {
  const members = node.members.map((member) => {
    const value = member.initializer;
    if (value === undefined || !ts.isStringLiteral(value) || !METHOD_MARK.test(value.text)) return member;
    return ts.factory.updateEnumMember(
      member,
      member.name,
      ts.factory.createStringLiteral(value.text.replace(METHOD_MARK, "")),
    );
  });
  return ts.factory.updateEnumDeclaration(node, node.modifiers, node.name, members);
}
