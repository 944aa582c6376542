// Parameters in their location's default style, as most operations have them: simple for path and
// header, form exploded for query. The same bytes as params.ts writes for them (a property test
// compares the two), in a small part of its code, for `<pkg>/operations`' functions.
import { encodeUnreserved, isUndefinedValue, type ParamValues, scalar } from "./params.js";

/** `simple`, not exploded: `blue`, `blue,black`, `R,100,G,200`. */
function simple(value: unknown, encode: (text: string) => string): string {
  if (isUndefinedValue(value) || value === "") return "";
  if (Array.isArray(value)) return value.map((item) => encode(scalar(item))).join(",");
  if (typeof value === "object" && value !== null)
    return Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .flatMap(([key, item]) => [encode(key), encode(scalar(item))])
      .join(",");
  return encode(scalar(value));
}

/** `form`, exploded: `color=blue&color=black`, `R=100&G=200`. */
function form(name: string, value: unknown): string {
  const key = encodeUnreserved(name);
  if (isUndefinedValue(value) || value === "") return `${key}=`;
  if (Array.isArray(value)) return value.map((item) => `${key}=${encodeUnreserved(scalar(item))}`).join("&");
  if (typeof value === "object" && value !== null)
    return Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([member, item]) => `${encodeUnreserved(member)}=${encodeUnreserved(scalar(item))}`)
      .join("&");
  return `${key}=${encodeUnreserved(scalar(value))}`;
}

export function plainPath(path: string, values: ParamValues): string {
  return path.replace(/\{([^{}]+)\}/g, (whole, name: string) =>
    values?.[name] === undefined ? whole : simple(values[name], encodeUnreserved),
  );
}

export function plainQuery(values: ParamValues): string {
  return Object.entries(values ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => form(name, value))
    .filter((part) => part !== "")
    .join("&");
}

/** Header values are sent as given (the specification forbids percent-encoding them). */
export function plainHeaders(values: ParamValues): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {}))
    if (value !== undefined)
      Object.defineProperty(headers, name, { value: simple(value, (text) => text), enumerable: true });
  return headers;
}
