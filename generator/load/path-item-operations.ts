// The operations of a path item. OpenAPI 3.2 adds the `query` field and `additionalOperations`
// (any method token, keyed as it is sent); every later step reads a path item's operations here,
// so a PURGE is found wherever a GET is.
import { joinPointer } from "../errors.js";
import { isRecord } from "./json-pointer.js";

/** The methods with a field of their own in every OpenAPI 3 version. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** RFC 9110's `token`: what a method may be spelled with. */
const METHOD_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export interface PathItemOperation {
  /** The method as the types key it: lower case (`get`, `query`, `purge`). */
  readonly key: string;
  /** The method as sent: `GET`, `QUERY`, and an additional operation's key exactly as written. */
  readonly httpMethod: string;
  readonly operation: unknown;
  /** Where the operation is, relative to the path item (`get`, `additionalOperations/PURGE`). */
  readonly tokens: readonly string[];
}

/** True for an OpenAPI 3.2 document, whose path items have `query` and `additionalOperations`. */
export function isOas32(document: Record<string, unknown>): boolean {
  return typeof document.openapi === "string" && document.openapi.startsWith("3.2");
}

/** Why an `additionalOperations` key names no operation of its own, or undefined when it does. */
export function additionalMethodProblem(method: string, taken: ReadonlySet<string>): string | undefined {
  if (!METHOD_TOKEN.test(method))
    return `"${method}" is not an HTTP method name (a token of letters, digits and !#$%&'*+.^_\`|~-)`;
  const key = method.toLowerCase();
  if ((HTTP_METHODS as readonly string[]).includes(key) || key === "query")
    return `"${method}" has a field of its own (\`${key}\`): write the operation there`;
  if (taken.has(key)) return `"${method}" is listed again in another spelling: the types could not tell the two apart`;
  return undefined;
}

/** The path item's operations, fixed fields first, in the specification's order, then the additional ones as written. */
export function pathItemOperations(item: Record<string, unknown>, oas32: boolean): PathItemOperation[] {
  const found: PathItemOperation[] = [];
  for (const method of HTTP_METHODS) {
    if (item[method] !== undefined)
      found.push({ key: method, httpMethod: method.toUpperCase(), operation: item[method], tokens: [method] });
  }
  if (!oas32) return found;
  if (item.query !== undefined)
    found.push({ key: "query", httpMethod: "QUERY", operation: item.query, tokens: ["query"] });
  const additional = item.additionalOperations;
  if (!isRecord(additional)) return found;
  const taken = new Set<string>();
  for (const [method, operation] of Object.entries(additional)) {
    if (additionalMethodProblem(method, taken) !== undefined) continue;
    taken.add(method.toLowerCase());
    found.push({ key: method.toLowerCase(), httpMethod: method, operation, tokens: ["additionalOperations", method] });
  }
  return found;
}

export function operationPointer(itemPointer: string, entry: PathItemOperation): string {
  return joinPointer(itemPointer, ...entry.tokens);
}
