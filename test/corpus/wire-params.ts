// The second judge's decoding of an operation's parameters from a raw request (path, query, headers,
// cookies), by OpenAPI's `style`/`explode` table (3.1 §4.8.12.4, with 3.2's corrections), written from
// the specification and not from the generated mock: the point of a second judge is independence.
import {
  assignmentsToObject,
  candidatesOf,
  pairsToObject,
  percentDecode,
  type Resolve,
  type Shape,
  shapesOf,
} from "./wire-values.js";

export interface ParameterSpec {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly style?: string;
  readonly explode?: boolean;
  readonly schema?: unknown;
  readonly content?: Record<string, { readonly schema?: unknown }>;
}

export interface DecodedParameter {
  readonly parameter: ParameterSpec;
  /** The parameter's schema (its `content` media type's, for a `content` parameter). */
  readonly schema: unknown;
  /** Readings of the text sent; the parameter is valid when one of them is. */
  readonly candidates: readonly unknown[];
}

export interface RawRequest {
  /** Path segments after the base path, still percent-encoded. */
  readonly segments: readonly string[];
  readonly query: string;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
}

/** OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be ignored". */
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

type Reading = string | readonly string[] | Readonly<Record<string, string>>;

/** One path template segment (`v{version}`) against the raw segment: each parameter's raw text, or undefined. */
function matchSegment(template: string, raw: string): Map<string, string> | undefined {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
      if (name === undefined) return piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "(.*)";
    })
    .join("");
  const match = new RegExp(`^${source}$`).exec(raw) ?? new RegExp(`^${source}$`).exec(percentDecode(raw));
  if (match === null) return undefined;
  return new Map(names.map((name, index) => [name, match[index + 1] ?? ""]));
}

/**
 * The raw text of each path parameter, or undefined when the path does not match the template. A
 * `#fragment` in a path key is never sent (RFC 3986: the fragment stays with the client), so it is dropped.
 */
export function matchPath(template: string, segments: readonly string[]): Map<string, string> | undefined {
  const wanted = (template.split("#")[0] ?? "").split("/").slice(1);
  if (wanted.length !== segments.length) return undefined;
  const values = new Map<string, string>();
  for (const [index, piece] of wanted.entries()) {
    const raw = segments[index] ?? "";
    if (!piece.includes("{")) {
      if (raw !== piece && percentDecode(raw) !== piece) return undefined;
      continue;
    }
    const matched = matchSegment(piece, raw);
    if (matched === undefined) return undefined;
    for (const [name, text] of matched) values.set(name, text);
  }
  return values;
}

function splitList(raw: string, separator: RegExp): string[] {
  return raw === "" ? [] : raw.split(separator).map((item) => percentDecode(item));
}

/** A path or header value (styles simple, label, matrix) read as `shape`. */
function readSimpleFamily(raw: string, spec: ParameterSpec, shape: Shape): Reading | undefined {
  const style = spec.style ?? "simple";
  const explode = spec.explode ?? false;
  let text = raw;
  if (style === "label") {
    if (!text.startsWith(".")) return undefined;
    text = text.slice(1);
  } else if (style === "matrix") {
    if (!text.startsWith(";")) return undefined;
    if (explode && shape !== "scalar") {
      const items = text.slice(1).split(";");
      if (shape === "object") return assignmentsToObject(items, (item) => percentDecode(item));
      return items.map((item) => percentDecode(item.slice(item.indexOf("=") + 1)));
    }
    const prefix = `;${spec.name}=`;
    if (text === `;${spec.name}`) text = "";
    else if (text.startsWith(prefix)) text = text.slice(prefix.length);
    else return undefined;
  }
  const separator = style === "label" && explode ? /\./ : /,/;
  if (shape === "scalar") return percentDecode(text);
  const items = text === "" ? [] : text.split(separator);
  if (shape === "array") return items.map((item) => percentDecode(item));
  return explode
    ? assignmentsToObject(items, (item) => percentDecode(item))
    : pairsToObject(items.map((item) => percentDecode(item)));
}

/** The query string as `[key, raw value]` pairs, keys decoded (form encoding: `+` is a space). */
export function queryPairs(query: string): [string, string][] {
  return query
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const equals = pair.indexOf("=");
      return equals < 0
        ? [percentDecode(pair, true), ""]
        : [percentDecode(pair.slice(0, equals), true), pair.slice(equals + 1)];
    });
}

const DELIMITERS: Readonly<Record<string, RegExp>> = {
  form: /,/,
  spaceDelimited: /%20|\+| /,
  pipeDelimited: /\||%7C/i,
};

/** A query or cookie parameter read as `shape`; `taken` collects the keys it consumed. */
function readFormFamily(
  pairs: readonly [string, string][],
  spec: ParameterSpec,
  shape: Shape,
  unclaimed: () => readonly [string, string][],
): Reading | undefined {
  const style = spec.style ?? "form";
  const explode = spec.explode ?? style === "form";
  const decode = (text: string): string => percentDecode(text, true);
  if (style === "deepObject") {
    const prefix = `${spec.name}[`;
    const own = pairs.filter(([key]) => key.startsWith(prefix) && key.endsWith("]"));
    if (own.length === 0) return undefined;
    return Object.fromEntries(own.map(([key, value]) => [key.slice(prefix.length, -1), decode(value)]));
  }
  if (shape === "object" && explode) {
    const rest = unclaimed();
    if (rest.length > 0) return Object.fromEntries(rest.map(([key, value]) => [key, decode(value)]));
    // An empty object has no exploded form (RFC 6570 skips it); `name=` is the one way to send a required one.
    return pairs.some(([key, value]) => key === spec.name && value === "") ? {} : undefined;
  }
  const values = pairs.filter(([key]) => key === spec.name).map(([, value]) => value);
  if (values.length === 0) return undefined;
  if (shape === "scalar") return decode(values[0] as string);
  if (shape === "array" && explode) return values.map(decode);
  const items = splitList(values[0] as string, DELIMITERS[style] ?? /,/).map((item) => percentDecode(item, true));
  return shape === "array" ? items : pairsToObject(items);
}

/** `a=1; b=2` → `[["a", "1"], ["b", "2"]]` (RFC 6265's cookie-string). */
export function cookiePairs(header: string | undefined): [string, string][] {
  if (header === undefined) return [];
  return header
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "")
    .map((pair) => {
      const equals = pair.indexOf("=");
      return equals < 0 ? [pair, ""] : [pair.slice(0, equals), pair.slice(equals + 1)];
    });
}

function headerText(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === "string" ? value : value?.join(", ");
}

export interface ParameterInputs {
  readonly pathValues: ReadonlyMap<string, string>;
  readonly query: readonly [string, string][];
  readonly cookies: readonly [string, string][];
  readonly headers: RawRequest["headers"];
}

/** Every reading of one parameter, or `undefined` when the request does not carry it. */
function readingsOf(
  spec: ParameterSpec,
  schema: unknown,
  inputs: ParameterInputs,
  resolve: Resolve,
  unclaimed: () => readonly [string, string][],
): Reading[] | undefined {
  const shapes = spec.content !== undefined ? new Set<Shape>(["scalar"]) : shapesOf(schema, resolve);
  const readings: Reading[] = [];
  for (const shape of shapes) {
    let reading: Reading | undefined;
    if (spec.in === "path") {
      const raw = inputs.pathValues.get(spec.name);
      reading = raw === undefined ? undefined : readSimpleFamily(raw, spec, shape);
    } else if (spec.in === "header") {
      const raw = headerText(inputs.headers[spec.name.toLowerCase()]);
      reading = raw === undefined ? undefined : readSimpleFamily(raw.trim(), { ...spec, style: "simple" }, shape);
    } else if (spec.in === "query") reading = readFormFamily(inputs.query, spec, shape, unclaimed);
    else if (spec.in === "cookie") reading = readFormFamily(inputs.cookies, spec, shape, () => []);
    if (reading !== undefined) readings.push(reading);
  }
  return readings.length === 0 ? undefined : readings;
}

function parsedContent(reading: Reading): unknown[] {
  if (typeof reading !== "string") return [reading];
  try {
    return [JSON.parse(reading)];
  } catch {
    return [reading];
  }
}

/** A property of an exploded form-style object parameter that is itself an object or a list, if any. */
function nestedInExplodedObject(spec: ParameterSpec, schema: unknown, resolve: Resolve): string | undefined {
  if (spec.in !== "query" || (spec.style ?? "form") !== "form" || spec.explode === false) return undefined;
  if (!shapesOf(schema, resolve).has("object")) return undefined;
  const resolved = resolve(schema);
  const branches = [
    resolved,
    ...["allOf", "anyOf", "oneOf"].flatMap((key) => {
      const list = resolved?.[key];
      return Array.isArray(list) ? list.map((branch) => resolve(branch)) : [];
    }),
  ];
  for (const branch of branches) {
    const properties = branch?.properties;
    if (typeof properties !== "object" || properties === null) continue;
    for (const [name, property] of Object.entries(properties)) {
      const shapes = shapesOf(property, resolve);
      if (shapes.has("object") || shapes.has("array")) return name;
    }
  }
  return undefined;
}

/** Each parameter of the operation the request carries, decoded; a problem for each required one missing. */
export function decodeParameters(
  parameters: readonly ParameterSpec[],
  inputs: ParameterInputs,
  resolve: Resolve,
): { decoded: DecodedParameter[]; problems: string[]; claimedQuery: Set<string>; undetermined?: string } {
  const decoded: DecodedParameter[] = [];
  const problems: string[] = [];
  const named = new Set(parameters.filter((spec) => spec.in === "query").map((spec) => spec.name));
  const claimedQuery = new Set<string>();
  const unclaimed = (): [string, string][] =>
    inputs.query.filter(([key]) => !named.has(key) && !parameters.some((spec) => key.startsWith(`${spec.name}[`)));
  for (const spec of parameters) {
    if (spec.in === "header" && IGNORED_HEADERS.has(spec.name.toLowerCase())) continue;
    const schema = spec.content === undefined ? spec.schema : Object.values(spec.content)[0]?.schema;
    const nested = nestedInExplodedObject(spec, schema, resolve);
    if (nested !== undefined)
      return {
        decoded,
        problems,
        claimedQuery,
        undetermined: `query parameter ${spec.name}: its property ${nested} is an object or a list inside an exploded form object, whose serialization the specification leaves undefined`,
      };
    const readings = readingsOf(spec, schema, inputs, resolve, unclaimed);
    if (readings === undefined) {
      if (spec.required === true || spec.in === "path") problems.push(`${spec.in} parameter ${spec.name}: missing`);
      continue;
    }
    if (spec.in === "query") {
      claimedQuery.add(spec.name);
      const style = spec.style ?? "form";
      if (style === "deepObject")
        for (const [key] of inputs.query) if (key.startsWith(`${spec.name}[`)) claimedQuery.add(key);
      if (style === "form" && (spec.explode ?? true) && shapesOf(schema, resolve).has("object"))
        for (const [key] of unclaimed()) claimedQuery.add(key);
    }
    const candidates = readings.flatMap((reading) =>
      spec.content !== undefined ? parsedContent(reading) : candidatesOf(reading, schema, resolve),
    );
    decoded.push({ parameter: spec, schema, candidates });
  }
  return { decoded, problems, claimedQuery };
}
