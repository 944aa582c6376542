// openapi-fetch's `createClient<paths>({ baseUrl, headers, fetch })` as the generated package's
// `createClient({...})`: the options that mean the same kept, the rest refused by name.
import type { CallExpression, Node as MorphNode } from "ts-morph";
import type { OperationModel } from "../model/api-model.js";

type Morph = typeof import("ts-morph");

/** Options both clients read the same way: the base URL, headers sent with every request, the fetch that sends them. */
const SAME_OPTIONS = new Set(["baseUrl", "headers", "fetch"]);

/** Options of openapi-fetch's createClient with no counterpart, and why. */
const REFUSED_OPTIONS: Readonly<Record<string, string>> = {
  querySerializer: "the generated client writes query parameters by the document's styles",
  bodySerializer: "the generated client writes bodies by the operation's media type",
  pathSerializer: "the generated client writes path parameters by the document's styles",
  Request: "the generated client makes its own Request objects",
  requestInitExt: "the generated client passes no extra RequestInit fields",
  credentials:
    "the generated client's `credentials` are credentials per security scheme, not fetch's `credentials` mode",
};

/**
 * The generated `createClient(...)` call for an openapi-fetch construction, with the middleware
 * its `use(...)` statements added, or why it cannot be written. `retry: false` keeps one request per
 * call (the generated client retries 429 and 502/503/504 by default; openapi-fetch never does), and
 * `baseUrl: ""` where openapi-fetch's default was used (the generated default is the document's server),
 * and `headers` that remove the `unsent` ones (see {@link unsentHeaderNames}) unless the caller's set them.
 */
export function generatedConstruction(
  morph: Morph,
  construction: CallExpression,
  middleware: readonly string[],
  createName: string,
  unsent: readonly string[],
): string {
  const { Node } = morph;
  const [options, ...extra] = construction.getArguments();
  if (extra.length > 0) throw new ConstructionError(`it passes ${construction.getArguments().length} arguments`);
  const kept: string[] = [];
  if (options !== undefined) {
    if (!Node.isObjectLiteralExpression(options))
      throw new ConstructionError("its options are not an object literal, so what they set cannot be seen");
    for (const property of options.getProperties()) {
      if (!Node.isPropertyAssignment(property) && !Node.isShorthandPropertyAssignment(property))
        throw new ConstructionError(`its option \`${property.getText().split("\n")[0]}\` cannot be read`);
      const name = property.getName().replace(/^["']|["']$/g, "");
      if (!SAME_OPTIONS.has(name))
        throw new ConstructionError(
          `its option \`${name}\` has no counterpart: ${REFUSED_OPTIONS[name] ?? "it is a fetch option for every request, which the generated client does not take"}`,
        );
      kept.push(name === "headers" ? withoutAddedHeaders(morph, property, unsent) : property.getText());
    }
  }
  if (!kept.some((text) => /^["']?headers\b/.test(text))) kept.push(`headers: { ${nulls(unsent).join(", ")} }`);
  if (!kept.some((text) => /^["']?baseUrl\b/.test(text))) kept.unshift('baseUrl: ""');
  if (middleware.length > 0) kept.push(`middleware: [${middleware.join(", ")}]`);
  kept.push("retry: false");
  const text = construction.getSourceFile().getFullText();
  const lineStart = text.lastIndexOf("\n", construction.getStart() - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
  const oneLine = `${createName}({ ${kept.join(", ")} })`;
  // Written on one line only where the options were and it still fits the line width formatters keep.
  const lineEnd = text.indexOf("\n", construction.getEnd());
  const around = construction.getStart() - lineStart + (lineEnd === -1 ? text.length : lineEnd) - construction.getEnd();
  if (options?.getText().includes("\n") !== true && around + oneLine.length <= 120) return oneLine;
  return `${createName}({\n${kept.map((entry) => `${indent}  ${entry},`).join("\n")}\n${indent}})`;
}

/**
 * The headers the generated client adds to a request and openapi-fetch never sent: the documented
 * `Accept`, and every header parameter's default. The client-level `headers` set each to null (which
 * removes it); they come after both in the generated client's order, and before a call's own headers.
 */
export function unsentHeaderNames(operations: Iterable<OperationModel>): string[] {
  const defaults = new Set<string>();
  for (const operation of operations) for (const name of Object.keys(operation.defaultHeaders)) defaults.add(name);
  return ["Accept", ...[...defaults].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
}

function nulls(names: readonly string[]): string[] {
  return names.map((name) => `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}: null`);
}

/** The caller's `headers` option, after nulls for the unsent headers it does not set itself. */
function withoutAddedHeaders(morph: Morph, property: MorphNode, unsent: readonly string[]): string {
  const { Node } = morph;
  const value = (Node.isPropertyAssignment(property) ? property.getInitializer() : undefined) ?? property;
  if (Node.isObjectLiteralExpression(value)) {
    const set = new Set(value.getProperties().map((entry) => entryName(morph, entry)?.toLowerCase()));
    const added = nulls(unsent.filter((name) => !set.has(name.toLowerCase())));
    const own = value.getProperties().map((entry) => entry.getText());
    return `headers: { ${[...added, ...own].join(", ")} }`;
  }
  const expression = Node.isShorthandPropertyAssignment(value) ? value.getNameNode() : value;
  const type = expression.getType();
  // A Headers instance or a list of pairs spreads as nothing: only a plain record can follow the nulls.
  if (!type.isObject() || type.isArray() || type.getSymbol()?.getName() === "Headers")
    throw new ConstructionError(
      `its \`headers\` option is neither an object literal nor a plain object, so the nulls that keep openapi-fetch's request (no ${unsent.join(", ")}) cannot be put before it`,
    );
  return `headers: { ${[...nulls(unsent), `...${expression.getText()}`].join(", ")} }`;
}

function entryName(morph: Morph, entry: MorphNode): string | undefined {
  const { Node } = morph;
  if (!Node.isPropertyAssignment(entry) && !Node.isShorthandPropertyAssignment(entry)) return undefined;
  return entry.getName().replace(/^["']|["']$/g, "");
}

/** A construction the generated createClient cannot take as it is. */
export class ConstructionError extends Error {
  override readonly name = "ConstructionError";
}
