import { joinPointer } from "../errors.js";
import type { Report } from "./findings.js";
import { deref, isRecord, setOwn } from "./json-pointer.js";
import { isOas32 } from "./path-item-operations.js";

const LOCATIONS = new Set(["query", "header", "path", "cookie"]);
/** OpenAPI 3.2's `in: querystring`: one parameter that is the whole query string. */
const LOCATIONS_32 = new Set([...LOCATIONS, "querystring"]);

interface Checks {
  readonly error: Report;
  readonly warn: Report;
  readonly document: Record<string, unknown>;
}

export interface OperationAt {
  readonly route: string;
  readonly operation: Record<string, unknown>;
  readonly pointer: string;
}

/** A declared parameter: where it is declared and what it says. */
interface Declared {
  readonly name: string;
  readonly in: string;
  readonly parameter: Record<string, unknown>;
  /** The path item or operation whose `parameters` list it, and its pointer there. */
  readonly owner: Record<string, unknown>;
  readonly at: string;
}

/**
 * Checks a parameter list (a path item's or an operation's) and returns what it declares. A path
 * parameter not marked required is read as required (a path cannot leave it out).
 */
export function checkParameterList(
  { error, warn, document }: Checks,
  owner: Record<string, unknown>,
  pointer: string,
): Declared[] {
  const list = owner.parameters;
  if (list === undefined) return [];
  if (list === null) {
    warn({
      kind: "parameters",
      message: "`parameters` is empty: read as none",
      at: pointer,
      repair: () => delete owner.parameters,
    });
    return [];
  }
  if (!Array.isArray(list)) {
    error({ kind: "parameters", message: "`parameters` must be a list", at: pointer });
    return [];
  }
  return list.flatMap((raw, index): Declared[] => {
    const at = joinPointer(pointer, index);
    const parameter = deref(document, raw);
    if (parameter === undefined && isRecord(raw) && typeof raw.$ref === "string") return []; // an unresolved $ref: reported as such
    if (!isRecord(parameter)) {
      error({ kind: "parameters", message: "a parameter must be a mapping", at });
      return [];
    }
    if (typeof parameter.name !== "string" || parameter.name === "") {
      error({ kind: "parameters", message: "a parameter needs a `name`", at: joinPointer(at, "name") });
      return [];
    }
    const locations = isOas32(document) ? LOCATIONS_32 : LOCATIONS;
    if (typeof parameter.in !== "string" || !locations.has(parameter.in)) {
      error({
        kind: "parameters",
        message: `parameter "${parameter.name}": \`in\` must be one of ${[...locations].join(", ")}`,
        at: joinPointer(at, "in"),
      });
      return [];
    }
    if (parameter.in === "querystring" && !isRecord(parameter.content)) {
      const reading = { "application/x-www-form-urlencoded": { schema: parameter.schema ?? {} } };
      warn({
        kind: "parameters",
        message: `querystring parameter "${parameter.name}" has no \`content\`: read as application/x-www-form-urlencoded`,
        at,
        repair: () => setOwn(parameter, "content", reading),
      });
    }
    if (parameter.in === "path" && parameter.required !== true) {
      warn({
        kind: "path parameters",
        message: `path parameter "${parameter.name}" is not marked \`required: true\`: read as required`,
        at,
        repair: () => setOwn(parameter, "required", true),
      });
    }
    return [{ name: parameter.name, in: parameter.in, parameter, owner, at }];
  });
}

/**
 * Every `{name}` of the path must be a declared path parameter. One declared in another location
 * is read as the path parameter; one not declared at all as a required string.
 */
export function checkPathTemplate(checks: Checks, at: OperationAt, declared: readonly Declared[]): void {
  const { route, operation, pointer } = at;
  for (const name of templateNames(route)) {
    if (declared.some((parameter) => parameter.in === "path" && parameter.name === name)) continue;
    const elsewhere = declared.find((parameter) => parameter.name === name);
    const addToOperation = (parameter: Record<string, unknown>): void => {
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      setOwn(operation, "parameters", [
        ...own.filter((item) => deref(checks.document, item) !== elsewhere?.parameter),
        parameter,
      ]);
    };
    if (elsewhere !== undefined) {
      checks.warn({
        kind: "path parameters",
        message: `"{${name}}" of "${route}" is declared \`in: ${elsewhere.in}\`: read as a required path parameter`,
        at: pointer,
        repair: () => addToOperation({ ...elsewhere.parameter, in: "path", required: true }),
      });
      continue;
    }
    checks.warn({
      kind: "path parameters",
      message: `"{${name}}" of "${route}" is not declared: read as a required string path parameter`,
      at: pointer,
      repair: () => addToOperation({ name, in: "path", required: true, schema: { type: "string" } }),
    });
  }
  checkUntemplatedPathParameters(checks, route, declared);
}

/**
 * A path parameter must name a `{name}` of its path. One that names none (hey-api's `id` on
 * `/external-mixed`) can never be sent, yet would be a required argument and a required property
 * to every validator: it is left out of the list that declares it.
 */
function checkUntemplatedPathParameters(checks: Checks, route: string, declared: readonly Declared[]): void {
  const names = templateNames(route);
  for (const { name, parameter, owner, at } of declared) {
    if (parameter.in !== "path" || names.includes(name)) continue;
    checks.warn({
      kind: "path parameters",
      message: `path parameter "${name}" names no "{${name}}" of "${route}": no request can carry it, so it is left out`,
      at,
      repair: () => {
        if (Array.isArray(owner.parameters))
          setOwn(
            owner,
            "parameters",
            owner.parameters.filter((item) => deref(checks.document, item) !== parameter),
          );
      },
    });
  }
}

function templateNames(route: string): string[] {
  return [...new Set([...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? ""))];
}

/**
 * An `in: querystring` parameter is the whole query string: there is at most one, and no
 * `in: query` parameter beside it. The query parameters are sent; the querystring one is left out.
 */
export function checkQuerystring(checks: Checks, pointer: string, declared: readonly Declared[]): void {
  const whole = declared.filter((parameter) => parameter.in === "querystring");
  if (whole.length === 0) return;
  const query = declared.filter((parameter) => parameter.in === "query");
  const extra = query.length > 0 ? whole : whole.slice(1);
  for (const parameter of extra) {
    const why =
      query.length > 0
        ? `beside \`in: query\` parameters (${query.map((entry) => `"${entry.name}"`).join(", ")})`
        : "after another one";
    checks.warn({
      kind: "parameters",
      message: `querystring parameter "${parameter.name}" ${why}: the client sends the query parameters and leaves it out`,
      at: pointer,
      repair: () => (parameter.parameter.in = "x-ignored-querystring"),
    });
  }
}
