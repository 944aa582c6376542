// openapi-typescript is maintained no more (7.13, 2026-09-19) and prints OpenAPI 3.1: it never
// will print 3.2's `query` and `additionalOperations`, `in: querystring`, or `itemSchema`. So the
// document it is given is down-levelled to 3.1 with each 3.2 construct written as a 3.1 one under
// a marked name, and the printed nodes are put back into 3.2's shape:
// - an operation of method M on path P is printed as the `post` of a marked path item, whose type
//   is then moved into P's path item as member `m` (lower case, as openapi-fetch keys methods);
// - a querystring parameter is printed as a marked `in: query` parameter, whose type becomes the
//   `querystring` member of the parameters (beside `query?: never`);
// - a sequential media type's `schema` becomes what one item is (for server-sent events, the
//   decoded `data`; see model/stream-media.ts), so the client's types read items from it.
import type * as TS from "typescript";
import { deref, isRecord } from "../load/json-pointer.js";
import { isOas32, pathItemOperations } from "../load/path-item-operations.js";
import { readStream } from "../model/stream-media.js";

const METHOD_MARK = "oas32-method:";
const QUERYSTRING_MARK = "oas32-querystring";
const LOCATIONS = new Set(["path", "query", "header", "cookie"]);

function downlevelParameter(parameter: unknown): unknown {
  if (!isRecord(parameter) || parameter.in !== "querystring") return parameter;
  const media = isRecord(parameter.content) ? Object.values(parameter.content)[0] : undefined;
  const schema = isRecord(media) && media.schema !== undefined ? media.schema : {};
  return { name: QUERYSTRING_MARK, in: "query", required: parameter.required === true, schema };
}

/** A parameter list with querystring parameters marked, and those the loader set aside (an unknown `in`) dropped. */
function downlevelParameters(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list
    .map(downlevelParameter)
    .filter((parameter) => !isRecord(parameter) || parameter.$ref !== undefined || LOCATIONS.has(String(parameter.in)));
}

function downlevelContent(document: Record<string, unknown>, content: unknown): void {
  if (!isRecord(content)) return;
  for (const [type, written] of Object.entries(content)) {
    // 3.2's `components.mediaTypes`, which openapi-typescript does not read: the entry is inlined.
    const media =
      isRecord(written) && typeof written.$ref === "string" ? structuredClone(deref(document, written)) : written;
    if (!isRecord(media)) continue;
    content[type] = media;
    const stream = readStream(document, type, media);
    if (stream === undefined) continue;
    media.schema = stream.itemSchema;
    delete media.itemSchema;
  }
}

function downlevelOperation(document: Record<string, unknown>, operation: unknown): void {
  if (!isRecord(operation)) return;
  if (operation.parameters !== undefined) operation.parameters = downlevelParameters(operation.parameters);
  if (isRecord(operation.requestBody)) downlevelContent(document, operation.requestBody.content);
  if (isRecord(operation.responses))
    for (const response of Object.values(operation.responses))
      if (isRecord(response)) downlevelContent(document, response.content);
}

/** The copy for openapi-typescript with 3.2's constructs written as marked 3.1 ones (in place; `source` is the document as loaded). */
export function downlevelDocument(copy: Record<string, unknown>, source: Record<string, unknown>): void {
  const oas32 = isOas32(source);
  if (oas32) copy.openapi = "3.1.1";
  const components = isRecord(copy.components) ? copy.components : {};
  for (const section of ["responses", "requestBodies"]) {
    const entries = components[section];
    if (isRecord(entries))
      for (const entry of Object.values(entries)) if (isRecord(entry)) downlevelContent(source, entry.content);
  }
  delete components.mediaTypes;
  if (isRecord(components.parameters))
    for (const [name, parameter] of Object.entries(components.parameters))
      components.parameters[name] = downlevelParameter(parameter);
  if (!isRecord(copy.paths)) return;
  const paths = copy.paths;
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    if (item.parameters !== undefined) item.parameters = downlevelParameters(item.parameters);
    for (const entry of pathItemOperations(item, oas32)) {
      downlevelOperation(source, entry.operation);
      if (entry.tokens[0] === entry.key && entry.key !== "query") continue;
      paths[`${METHOD_MARK}${entry.key}:${path}`] = {
        ...(item.parameters === undefined ? {} : { parameters: item.parameters }),
        post: entry.operation,
      };
    }
    delete item.query;
    delete item.additionalOperations;
  }
}

function memberName(ts: typeof TS, member: TS.TypeElement): string | undefined {
  const name = member.name;
  if (name === undefined) return undefined;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function propertyName(ts: typeof TS, name: string): TS.PropertyName {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? ts.factory.createIdentifier(name) : ts.factory.createStringLiteral(name);
}

/** `query: { "oas32-querystring": T }` becomes `query?: never; querystring: T`. */
function liftQuerystring(ts: typeof TS, literal: TS.TypeLiteralNode): TS.TypeLiteralNode {
  const members = literal.members.flatMap((member): TS.TypeElement[] => {
    if (
      !ts.isPropertySignature(member) ||
      memberName(ts, member) !== "query" ||
      member.type === undefined ||
      !ts.isTypeLiteralNode(member.type)
    )
      return [member];
    const inner = member.type.members[0];
    if (
      member.type.members.length !== 1 ||
      inner === undefined ||
      !ts.isPropertySignature(inner) ||
      memberName(ts, inner) !== QUERYSTRING_MARK
    )
      return [member];
    const question = ts.factory.createToken(ts.SyntaxKind.QuestionToken);
    return [
      ts.factory.createPropertySignature(
        undefined,
        "query",
        question,
        ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword),
      ),
      ts.factory.createPropertySignature(undefined, "querystring", inner.questionToken, inner.type),
    ];
  });
  return ts.factory.updateTypeLiteralNode(literal, ts.factory.createNodeArray(members));
}

/** Moves each marked path item's `post` into its path's item as the method it is. */
function liftMethods(ts: typeof TS, paths: TS.InterfaceDeclaration): TS.InterfaceDeclaration {
  const moved = new Map<string, TS.TypeElement[]>();
  for (const member of paths.members) {
    const name = memberName(ts, member);
    if (
      name === undefined ||
      !name.startsWith(METHOD_MARK) ||
      !ts.isPropertySignature(member) ||
      member.type === undefined ||
      !ts.isTypeLiteralNode(member.type)
    )
      continue;
    const rest = name.slice(METHOD_MARK.length);
    const method = rest.slice(0, rest.indexOf(":"));
    const path = rest.slice(method.length + 1);
    const post = member.type.members.find((inner) => memberName(ts, inner) === "post");
    if (post === undefined || !ts.isPropertySignature(post)) continue;
    moved.set(path, [
      ...(moved.get(path) ?? []),
      ts.factory.createPropertySignature(undefined, propertyName(ts, method), undefined, post.type),
    ]);
  }
  const members = paths.members.flatMap((member): TS.TypeElement[] => {
    const name = memberName(ts, member);
    if (name?.startsWith(METHOD_MARK) === true) return [];
    const extra = name === undefined ? undefined : moved.get(name);
    if (
      extra === undefined ||
      !ts.isPropertySignature(member) ||
      member.type === undefined ||
      !ts.isTypeLiteralNode(member.type)
    )
      return [member];
    const type = ts.factory.updateTypeLiteralNode(
      member.type,
      ts.factory.createNodeArray([...member.type.members, ...extra]),
    );
    return [ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, type)];
  });
  return ts.factory.updateInterfaceDeclaration(
    paths,
    paths.modifiers,
    paths.name,
    paths.typeParameters,
    paths.heritageClauses,
    ts.factory.createNodeArray(members),
  );
}

/** The printed nodes in 3.2's shape: marked methods moved into their path items, marked querystrings lifted. */
export function liftOas32(ts: typeof TS, nodes: readonly TS.Node[]): TS.Node[] {
  const lift: TS.TransformerFactory<TS.Node> = (context) => {
    const visit = (node: TS.Node): TS.Node => {
      const inner = ts.visitEachChild(node, visit, context);
      if (ts.isTypeLiteralNode(inner)) return liftQuerystring(ts, inner);
      if (ts.isInterfaceDeclaration(inner) && inner.name.text === "paths") return liftMethods(ts, inner);
      return inner;
    };
    return (node) => ts.visitNode(node, visit) as TS.Node;
  };
  const result = ts.transform([...nodes], [lift]);
  const transformed = [...result.transformed];
  result.dispose();
  return transformed;
}
