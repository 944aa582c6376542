// Parameters in their location's default style, as most operations have them: simple for path and
// header, form exploded for query. The same bytes as params.ts writes for them (a property test
// compares the two), in a small part of its code, for `<pkg>/operations`' functions.
import { encodeUnreserved, isUndefinedValue, type ParamValues, scalar } from "./params.js";

/** A value's members: an array's items and a scalar with no name, an object's entries by name (undefined ones left out). */
function members(value: unknown): [string | undefined, unknown][] {
  if (Array.isArray(value)) return value.map((item) => [undefined, item]);
  if (typeof value !== "object" || value === null) return [[undefined, value]];
  return Object.entries(value).filter(([, item]) => item !== undefined);
}

/** `simple`, not exploded: `blue`, `blue,black`, `R,100,G,200`. */
function simple(value: unknown, encode: (text: string) => string): string {
  if (isUndefinedValue(value) || value === "") return "";
  return members(value)
    .flatMap(([key, item]) => [...(key === undefined ? [] : [encode(key)]), encode(scalar(item))])
    .join(",");
}

/** `form`, exploded: `color=blue&color=black`, `R=100&G=200`. */
function form(name: string, value: unknown): string {
  if (isUndefinedValue(value) || value === "") return `${encodeUnreserved(name)}=`;
  return members(value)
    .map(([key = name, item]) => `${encodeUnreserved(key)}=${encodeUnreserved(scalar(item))}`)
    .join("&");
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
