// Parameters on the wire, per parameter: the OpenAPI Specification's style/explode rules (its
// "Style Examples" table, RFC 6570 expansion) and its percent-encoding rules (Appendices C–E).
// Written here rather than taken from openapi-fetch, whose serializers are one setting per client
// and know neither cookies, `content` parameters nor the space/pipe/deepObject delimiters' encoding.
import type { ClientOptions, ClientWarning } from "./types.js";

/** `querystring` (OpenAPI 3.2): one parameter that is the whole query string, written as its `content` media type. */
export type ParamLocation = "path" | "query" | "querystring" | "header" | "cookie";
/** The specification's styles, and `tabDelimited` for Swagger 2.0's `collectionFormat: tsv`. */
export type ParamStyle =
  | "matrix"
  | "label"
  | "simple"
  | "form"
  | "spaceDelimited"
  | "pipeDelimited"
  | "tabDelimited"
  | "deepObject"
  | "cookie";

/** How one parameter is sent, where it differs from its location's default (form for query and cookie, simple for path and header). */
export interface ParamSpec {
  readonly in: ParamLocation;
  readonly name: string;
  readonly style?: ParamStyle;
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
  /** A `content` parameter: its value is written as this media type (JSON), then encoded. */
  readonly contentType?: string;
}

const DEFAULT_STYLE: Readonly<Record<ParamLocation, ParamStyle>> = {
  path: "simple",
  query: "form",
  querystring: "form",
  header: "simple",
  cookie: "form",
};

/** RFC 3986's unreserved characters stay; everything else is percent-encoded (UTF-8). */
export function encodeUnreserved(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** RFC 6570's reserved expansion: reserved characters and percent-encoded triples pass through. */
function encodeReserved(text: string): string {
  return text.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g, (part) =>
    encodeURIComponent(part),
  );
}

export function scalar(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

/** What RFC 6570 calls undefined: null, an empty list, an empty map. */
export function isUndefinedValue(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value as object).length === 0;
}

interface Expansion {
  readonly name: string;
  readonly style: ParamStyle;
  readonly explode: boolean;
  readonly encode: (text: string) => string;
}

/** `deepObject`: `name[key]=value`, nested objects and lists (which the specification leaves open) as `name[key][0]=…`. */
function deepObject(e: Expansion, prefix: string, value: unknown, out: string[]): void {
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value))
      if (item !== undefined) deepObject(e, `${prefix}[${key}]`, item, out);
  } else out.push(`${encodeUnreserved(prefix)}=${e.encode(scalar(value))}`);
}

/** Delimiters between exploded members and the leading operator of each style. */
const PREFIX: Partial<Record<ParamStyle, string>> = { matrix: ";", label: "." };
const EXPLODED_JOIN: Partial<Record<ParamStyle, string>> = {
  matrix: ";",
  label: ".",
  simple: ",",
  form: "&",
  cookie: "; ",
};
const LIST_JOIN: Partial<Record<ParamStyle, string>> = {
  spaceDelimited: "%20",
  pipeDelimited: "%7C",
  tabDelimited: "%09",
};

/** The serialized text of one parameter: `;color=blue`, `color=blue&color=black`, `R=100,G=200`, … */
export function expandParam(e: Expansion, value: unknown): string {
  const name = e.style === "cookie" || e.style === "simple" ? e.name : encodeUnreserved(e.name);
  const prefix = PREFIX[e.style] ?? "";
  const named = e.style !== "simple" && e.style !== "label";
  if (e.style === "deepObject" && typeof value === "object" && value !== null) {
    const out: string[] = [];
    deepObject(e, e.name, value, out);
    return out.join("&");
  }
  if (isUndefinedValue(value) || value === "") {
    if (e.style === "matrix") return `;${name}`;
    return named ? `${name}=` : prefix;
  }
  const exploded =
    e.explode &&
    (e.style === "matrix" || e.style === "label" || e.style === "simple" || e.style === "form" || e.style === "cookie");
  if (Array.isArray(value)) {
    const items = value.map((item) => e.encode(scalar(item)));
    if (exploded)
      return prefix + items.map((item) => (named ? `${name}=${item}` : item)).join(EXPLODED_JOIN[e.style] ?? ",");
    const joined = items.join(LIST_JOIN[e.style] ?? ",");
    return named ? `${prefix}${name}=${joined}` : prefix + joined;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (exploded)
      return (
        prefix +
        entries.map(([key, item]) => `${e.encode(key)}=${e.encode(scalar(item))}`).join(EXPLODED_JOIN[e.style] ?? ",")
      );
    const joined = entries
      .flatMap(([key, item]) => [e.encode(key), e.encode(scalar(item))])
      .join(LIST_JOIN[e.style] ?? ",");
    return named ? `${prefix}${name}=${joined}` : prefix + joined;
  }
  const text = e.encode(scalar(value));
  return named ? `${prefix}${name}=${text}` : prefix + text;
}

/** The expansion settings of a parameter at a location, defaults filled in. */
function expansionOf(location: ParamLocation, name: string, spec: ParamSpec | undefined): Expansion {
  const style = spec?.style ?? DEFAULT_STYLE[location];
  const explode = spec?.explode ?? (style === "form" || style === "cookie");
  // Headers and `style: cookie` values are sent as given (the specification forbids percent-encoding them).
  const raw = location === "header" || style === "cookie";
  const encode = raw ? (text: string) => text : spec?.allowReserved === true ? encodeReserved : encodeUnreserved;
  return { name, style, explode, encode };
}

/** A `content` parameter's value as its media type writes it (JSON for every JSON type, the text itself otherwise). */
function contentValue(spec: ParamSpec, value: unknown): string {
  return /json/i.test(spec.contentType ?? "") ? JSON.stringify(value) : scalar(value);
}

function serializeOne(location: ParamLocation, name: string, value: unknown, spec: ParamSpec | undefined): string {
  if (spec?.contentType !== undefined) {
    const text = contentValue(spec, value);
    if (location === "header") return text;
    if (location === "cookie") return `${name}=${encodeUnreserved(text)}`;
    return location === "path" ? encodeUnreserved(text) : `${encodeUnreserved(name)}=${encodeUnreserved(text)}`;
  }
  return expandParam(expansionOf(location, name, spec), value);
}

export type ParamValues = Readonly<Record<string, unknown>> | undefined;

function specFor(
  specs: readonly ParamSpec[] | undefined,
  location: ParamLocation,
  name: string,
): ParamSpec | undefined {
  return specs?.find((spec) => spec.in === location && spec.name === name);
}

/** The path with each `{name}` replaced by its serialized value. */
export function serializePath(path: string, values: ParamValues, specs: readonly ParamSpec[] | undefined): string {
  return path.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const value = values?.[name];
    return value === undefined ? whole : serializeOne("path", name, value, specFor(specs, "path", name));
  });
}

/** The query string (without `?`), parameters in the caller's order; undefined values left out. */
export function serializeQuery(values: ParamValues, specs: readonly ParamSpec[] | undefined): string {
  return Object.entries(values ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => serializeOne("query", name, value, specFor(specs, "query", name)))
    .filter((part) => part !== "")
    .join("&");
}

/** Header parameters as header values (`blue,black,brown`, `R=100,G=200`). */
export function serializeHeaders(values: ParamValues, specs: readonly ParamSpec[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {})) {
    if (value !== undefined)
      Object.defineProperty(headers, name, {
        value: serializeOne("header", name, value, specFor(specs, "header", name)),
        enumerable: true,
      });
  }
  return headers;
}

/** Cookie parameters as one `Cookie` header value (`a=1; b=2`), or undefined when there are none. */
export function serializeCookies(values: ParamValues, specs: readonly ParamSpec[] | undefined): string | undefined {
  if (!sendsCookieHeader()) return undefined; // a browser: unsentCookies tells the caller
  const pairs = Object.entries(values ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => {
      const spec = specFor(specs, "cookie", name);
      const text = serializeOne("cookie", name, value, spec);
      // `form` explodes with `&` in a query; in a Cookie header pairs are separated by "; " (Appendix D).
      return spec?.contentType === undefined && (spec?.style ?? "form") === "form" ? text.split("&").join("; ") : text;
    });
  return pairs.length === 0 ? undefined : pairs.join("; ");
}

let cookieHeaderSent: boolean | undefined;

/** Whether this runtime's fetch sends a `Cookie` header set by script: Node's, Deno's and Bun's do; a browser's never does (a forbidden header). */
function sendsCookieHeader(): boolean {
  if (cookieHeaderSent === undefined) {
    try {
      cookieHeaderSent = new Request("http://localhost/", { headers: { Cookie: "probe=1" } }).headers.has("Cookie");
    } catch {
      cookieHeaderSent = false;
    }
  }
  return cookieHeaderSent;
}

const cookieWarnings = new Set<string>();

/**
 * A cookie parameter where fetch cannot send it (a browser) is not silently lost: the call goes on
 * without it (the browser sends the cookies it holds for the API's site), and the caller is told
 * once per operation how to send it, to `onWarning`, else `console.warn`.
 */
export function unsentCookies(name: string, values: ParamValues, options: ClientOptions): void {
  const given = Object.keys(values ?? {}).filter((key) => values?.[key] !== undefined);
  if (given.length === 0 || sendsCookieHeader() || cookieWarnings.has(name)) return;
  cookieWarnings.add(name);
  const warning: ClientWarning = {
    code: "cookie-parameter-not-sent",
    operation: name,
    message: `${name}: the cookie parameter${given.length === 1 ? "" : "s"} ${given.map((key) => `"${key}"`).join(", ")} cannot be sent from a browser (fetch drops a Cookie header set by script). Set the cookie with document.cookie (or let the server set it) and call with credentials: "include" so that the browser sends it.`,
  };
  if (options.onWarning !== undefined) options.onWarning(warning);
  else console.warn(`Warning [${warning.code}]: ${warning.message}`);
}
