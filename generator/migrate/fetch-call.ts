// One openapi-fetch call (`client.GET(path, init)`, `client.request(method, path, init)`) planned as
// the generated client's method, or the reason it is left alone.
import type { CallExpression, Node as MorphNode, ObjectLiteralExpression } from "ts-morph";
import type { OperationModel } from "../model/api-model.js";
import type { Edit } from "./call-edits.js";
import { queryTypeProblem, queryValuesProblem } from "./fetch-query-values.js";
import { resultReadProblem } from "./fetch-result-reads.js";
import { bodyContentType, parametersDifference } from "./fetch-wire.js";

type Morph = typeof import("ts-morph");

export const FETCH_METHODS = new Set(["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]);

/** Init keys both clients pass to fetch as they are: the request's own options. */
const PASSED_KEYS = new Set([
  "params",
  "body",
  "headers",
  "signal",
  "parseAs",
  "baseUrl",
  "fetch",
  "middleware",
  "cache",
  "credentials",
  "integrity",
  "keepalive",
  "mode",
  "priority",
  "redirect",
  "referrer",
  "referrerPolicy",
  "window",
  "duplex",
]);

/** The operations of the document by `method path`, method in lower case as openapi-typescript's `paths` keys it. */
export type OperationsByRoute = ReadonlyMap<string, OperationModel>;

function literalText(morph: Morph, node: MorphNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const { Node } = morph;
  return Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralValue() : undefined;
}

/** Each property of an object literal by name; undefined when one is spread or computed, so its keys cannot be seen. */
function literalProperties(morph: Morph, literal: ObjectLiteralExpression): Map<string, MorphNode> | string {
  const { Node } = morph;
  const properties = new Map<string, MorphNode>();
  for (const property of literal.getProperties()) {
    if (Node.isSpreadAssignment(property))
      return `\`${property.getText()}\` spreads keys that cannot be seen before it runs`;
    if (!Node.isPropertyAssignment(property) && !Node.isShorthandPropertyAssignment(property))
      return `\`${property.getText().split("\n")[0]}\` is not a plain property`;
    if (Node.isPropertyAssignment(property) && Node.isComputedPropertyName(property.getNameNode()))
      return `\`${property.getNameNode().getText()}\` is a computed key`;
    properties.set(property.getName().replace(/^["']|["']$/g, ""), property);
  }
  return properties;
}

function propertyValue(morph: Morph, property: MorphNode | undefined): MorphNode | undefined {
  if (property === undefined) return undefined;
  return morph.Node.isPropertyAssignment(property) ? property.getInitializer() : property;
}

/** The names an object literal gives, or undefined (every name possible) when it is not one that can be read. */
function givenNames(morph: Morph, value: MorphNode | undefined): string[] | undefined {
  if (!morph.Node.isObjectLiteralExpression(value)) return undefined;
  const properties = literalProperties(morph, value);
  return typeof properties === "string" ? undefined : [...properties.keys()];
}

function paramsProblem(morph: Morph, operation: OperationModel, params: MorphNode | undefined): string | undefined {
  if (params === undefined) return undefined;
  if (!morph.Node.isObjectLiteralExpression(params)) {
    const query = params.getType().getProperty("query")?.getTypeAtLocation(params);
    const unseenQuery = query === undefined ? undefined : queryTypeProblem(query, params, `${params.getText()}.query`);
    return (
      parametersDifference(operation, "query", undefined) ??
      parametersDifference(operation, "path", undefined) ??
      parametersDifference(operation, "header", undefined) ??
      unseenQuery
    );
  }
  const locations = literalProperties(morph, params);
  if (typeof locations === "string") return `its params: ${locations}`;
  for (const [location, property] of locations) {
    if (!["path", "query", "header"].includes(location))
      return `it gives \`params.${location}\`, which openapi-fetch never sends and the generated client does`;
    const names = location === "path" ? undefined : givenNames(morph, propertyValue(morph, property));
    const difference = parametersDifference(operation, location, names);
    if (difference !== undefined) return difference;
    const values = location === "query" ? queryValuesProblem(morph, property) : undefined;
    if (values !== undefined) return values;
  }
  return undefined;
}

/** The Content-Type the caller's headers set (lower-cased key), `null` when none, or a reason when it cannot be seen. */
function callerContentType(morph: Morph, headers: MorphNode | undefined): string | null | { reason: string } {
  if (headers === undefined) return null;
  const unseen = {
    reason: "its headers cannot be read as an object literal, so whether they set Content-Type is unknown",
  };
  if (!morph.Node.isObjectLiteralExpression(headers)) return unseen;
  const properties = literalProperties(morph, headers);
  if (typeof properties === "string") return unseen;
  const entry = [...properties].find(([name]) => name.toLowerCase() === "content-type");
  if (entry === undefined) return null;
  const value = propertyValue(morph, entry[1]);
  // A constant's literal type says its value as well as a literal would.
  const type = value?.getType();
  const typed = type?.isStringLiteral() === true ? String(type.getLiteralValue()) : undefined;
  return literalText(morph, value) ?? typed ?? { reason: "its Content-Type header is not a literal" };
}

/** Why the init cannot be carried over as it is, or the `contentType` to add to it. */
function initProblem(
  morph: Morph,
  operation: OperationModel,
  init: MorphNode | undefined,
): { contentType: string | undefined } | string {
  if (init === undefined) return { contentType: undefined };
  if (!morph.Node.isObjectLiteralExpression(init))
    return "its init is not an object literal, so what it sets (parseAs, serializers, Content-Type) cannot be seen";
  const properties = literalProperties(morph, init);
  if (typeof properties === "string") return `its init: ${properties}`;
  for (const name of properties.keys()) {
    if (name.endsWith("Serializer"))
      return `its \`${name}\` replaces how the request is written; the generated client writes it by the document; rewrite by hand`;
    if (!PASSED_KEYS.has(name)) return `its init sets \`${name}\`, which the rewrite cannot carry over`;
  }
  const parseAs = properties.get("parseAs");
  if (parseAs !== undefined && literalText(morph, propertyValue(morph, parseAs)) !== "json")
    return `\`${parseAs.getText()}\`: the generated method types \`data\` as the documented JSON body; rewrite by hand`;
  const params = paramsProblem(morph, operation, propertyValue(morph, properties.get("params")));
  if (params !== undefined) return params;
  if (!properties.has("body")) return { contentType: undefined };
  const contentType = callerContentType(morph, propertyValue(morph, properties.get("headers")));
  if (contentType !== null && typeof contentType === "object") return contentType.reason;
  return bodyContentType(operation, contentType ?? undefined);
}

/** The method, path and init of a call, from `GET(path, init)` or `request(method, path, init)`. */
function callParts(
  morph: Morph,
  call: CallExpression,
  member: string,
): { method: string; path: string; init: MorphNode | undefined } | string {
  const args = call.getArguments();
  const offset = member === "request" ? 1 : 0;
  if (args.some((arg) => morph.Node.isSpreadElement(arg))) return "its arguments are spread";
  if (args.length > offset + 2) return `it passes ${args.length} arguments`;
  const method = member === "request" ? literalText(morph, args[0]) : member;
  if (method === undefined)
    return `the method \`${args[0]?.getText() ?? ""}\` is not a literal, so which operation it calls is not known before it runs`;
  const pathArg = args[offset];
  const path = literalText(morph, pathArg);
  if (path === undefined)
    return `the path \`${pathArg?.getText() ?? ""}\` is not a literal, so which operation it calls is not known before it runs`;
  return { method, path, init: args[offset + 1] };
}

/** The edits that make `receiver.GET(path, init)` into `receiver.<methodName>(init)`, or why the call is left alone. */
export function planFetchCall(
  morph: Morph,
  call: CallExpression,
  member: string,
  receiver: string,
  operations: OperationsByRoute,
): Edit[] | string {
  const parts = callParts(morph, call, member);
  if (typeof parts === "string") return parts;
  const operation = operations.get(`${parts.method.toLowerCase()} ${parts.path}`);
  if (operation === undefined)
    return `\`${parts.method.toUpperCase()} ${parts.path}\` is not an operation of the document`;
  const init = initProblem(morph, operation, parts.init);
  if (typeof init === "string") return init;
  const reads = resultReadProblem(morph, call);
  if (reads !== undefined) return reads;
  const callee = `${receiver}.${operation.methodName}(`;
  // openapi-fetch read every success body as JSON text whatever its Content-Type: `parseAs: "json"` keeps that reading.
  const added = [...(init.contentType === undefined ? [] : [`contentType: ${JSON.stringify(init.contentType)}`])];
  if (parts.init === undefined)
    return [{ start: call.getStart(), end: call.getEnd(), text: `${callee}{ ${PARSE_AS} })` }];
  const start = parts.init.getStart();
  const edits: Edit[] = [
    { start: call.getStart(), end: start, text: callee },
    { start: parts.init.getEnd(), end: call.getEnd(), text: ")" },
  ];
  const literal = parts.init as ObjectLiteralExpression;
  const given = literalProperties(morph, literal);
  if (typeof given !== "string" && !given.has("parseAs")) added.unshift(PARSE_AS);
  if (added.length > 0) edits.push(initInsertion(literal, added));
  return edits;
}

const PARSE_AS = 'parseAs: "json"';

/** The edit that writes `entries` first in the init literal, on their own lines where its properties are. */
function initInsertion(literal: ObjectLiteralExpression, entries: readonly string[]): Edit {
  const at = literal.getStart() + 1;
  const first = literal.getProperties()[0];
  if (first === undefined) return { start: at, end: literal.getEnd() - 1, text: ` ${entries.join(", ")} ` };
  if (!literal.getText().includes("\n")) return { start: at, end: at, text: ` ${entries.join(", ")},` };
  const text = literal.getSourceFile().getFullText();
  const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf("\n", first.getStart()) + 1))?.[0] ?? "";
  return { start: at, end: at, text: entries.map((entry) => `\n${indent}${entry},`).join("") };
}
