// openapi-fetch's `createClient<paths>({ baseUrl, headers, fetch })` as the generated package's
// `createClient({...})`: the options that mean the same kept, the rest refused by name.
import type { CallExpression } from "ts-morph";

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
 * `baseUrl: ""` where openapi-fetch's default was used (the generated default is the document's server).
 */
export function generatedConstruction(
  morph: Morph,
  construction: CallExpression,
  middleware: readonly string[],
  createName: string,
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
      kept.push(property.getText());
    }
  }
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

/** A construction the generated createClient cannot take as it is. */
export class ConstructionError extends Error {
  override readonly name = "ConstructionError";
}
