// Request bodies as the mock reads them: by the Content-Type the request carries (its boundary
// included), into the value its schema is checked against. Multipart is split here, by hand,
// because the core answers synchronously and runs where no multipart parser is guaranteed.
import { isBinarySchema } from "../fixtures/binary.js";
import type { Schema, SchemaTable } from "../fixtures/schema.js";
import { mediaKind } from "../runtime/media.js";
import { bracketPath, bracketValue } from "./bracket-names.js";
import { coerce, itemSchemaOf, own, propertyNamesOf, propertySchemaOf, typesOf } from "./schema-reading.js";
import { pairsOf } from "./wire-decode.js";

export interface BodyEncoding {
  readonly contentType?: string;
  readonly style?: string;
  readonly explode?: boolean;
}

export class BodyError extends Error {}

function isArraySchema(table: SchemaTable, schema: Schema | undefined): boolean {
  return typesOf(table, schema).has("array");
}

function isStructured(table: SchemaTable, schema: Schema | undefined): boolean {
  const types = typesOf(table, schema);
  return types.has("object") || types.has("array");
}

const utf8 = new TextDecoder();

/** One part or pair as the schema reads it: bytes for a binary schema, else its text, parsed as JSON for structured schemas. */
function readValue(
  table: SchemaTable,
  schema: Schema | undefined,
  value: string | Uint8Array,
  encoding: BodyEncoding | undefined,
  type: string | undefined,
): unknown {
  if (
    typeof value !== "string" &&
    (isBinarySchema(own(table, schema)) || (type !== undefined && mediaKind(type) === "binary"))
  )
    return new Blob([new Uint8Array(value)], { type: type ?? "" });
  const text = typeof value === "string" ? value : utf8.decode(value);
  if (isStructured(table, schema) || /json/i.test(encoding?.contentType ?? type ?? "")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return coerce(table, schema, text);
}

interface Entry {
  readonly value: string | Uint8Array;
  readonly type?: string | undefined;
}

/** A property's value from its parts or pairs: a list collects them (or reads one JSON part), anything else reads the first. */
function propertyValue(
  table: SchemaTable,
  schema: Schema | undefined,
  values: readonly Entry[],
  encoding: BodyEncoding | undefined,
): unknown {
  const array = isArraySchema(table, schema);
  const item = array ? itemSchemaOf(table, schema) : schema;
  const read = (entry: Entry): unknown => readValue(table, item, entry.value, encoding, entry.type);
  const first = values[0];
  // A list the encoding joins into one value (Swagger 2.0's csv, ssv, pipes, tsv): split back on its delimiter.
  const joined = encoding?.explode === false || (encoding?.style !== undefined && encoding.style !== "form");
  if (array && joined && values.length === 1 && typeof first?.value === "string") {
    const separator = { spaceDelimited: " ", pipeDelimited: "|", tabDelimited: "\t" }[encoding?.style ?? ""] ?? ",";
    return first.value.split(separator).map((part) => readValue(table, item, part, undefined, undefined));
  }
  if (array && values.length === 1 && first !== undefined && /json/i.test(first.type ?? ""))
    return readValue(table, schema, first.value, encoding, first.type);
  return array ? values.map(read) : first === undefined ? undefined : read(first);
}

function group(entries: readonly [string, Entry][]): Map<string, Entry[]> {
  const byName = new Map<string, Entry[]>();
  for (const [name, value] of entries) byName.set(name, [...(byName.get(name) ?? []), value]);
  return byName;
}

function entryText(entry: Entry): string {
  return typeof entry.value === "string" ? entry.value : utf8.decode(entry.value);
}

function objectOf(
  table: SchemaTable,
  schema: Schema | undefined,
  entries: readonly [string, Entry][],
  encodings: Readonly<Record<string, BodyEncoding>> | undefined,
): Record<string, unknown> {
  const declared = new Set(propertyNamesOf(table, schema));
  // `line_items[0][price]=…`: a property sent as a deepObject, gathered by its base name first.
  const plain: [string, Entry][] = [];
  const bracketed = new Map<string, [string[], string][]>();
  for (const [name, entry] of entries) {
    const path = declared.has(name) ? undefined : bracketPath(name);
    if (path !== undefined && (declared.has(path.base) || propertySchemaOf(table, schema, path.base) !== undefined)) {
      if (!bracketed.has(path.base)) plain.push([path.base, entry]);
      bracketed.set(path.base, [...(bracketed.get(path.base) ?? []), [path.keys, entryText(entry)]]);
    } else plain.push([name, entry]);
  }
  const result: Record<string, unknown> = {};
  for (const [name, values] of group(plain)) {
    const members = bracketed.get(name);
    const property = propertySchemaOf(table, schema, name);
    Object.defineProperty(result, name, {
      value:
        members === undefined
          ? propertyValue(table, property, values, encodings?.[name])
          : bracketValue(table, property, members),
      enumerable: true,
    });
  }
  return result;
}

function boundaryOf(contentType: string): string {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (boundary === undefined) throw new BodyError("the multipart Content-Type has no boundary");
  return boundary;
}

/** The parts of a multipart body: name, file name, type and bytes each. */
export function multipartParts(
  bytes: Uint8Array,
  contentType: string,
): { name: string; filename?: string; type?: string; body: Uint8Array }[] {
  const delimiter = `--${boundaryOf(contentType)}`;
  // One character per byte, so string positions are byte positions.
  let binary = "";
  for (let index = 0; index < bytes.length; index += 8192)
    binary += String.fromCharCode(...bytes.subarray(index, index + 8192));
  const parts = [];
  let start = binary.indexOf(delimiter);
  if (start === -1) throw new BodyError("the multipart body has no part with the boundary of its Content-Type");
  while (start !== -1) {
    const headerStart = start + delimiter.length;
    if (binary.startsWith("--", headerStart)) break;
    const next = binary.indexOf(`\r\n${delimiter}`, headerStart);
    if (next === -1) throw new BodyError("the multipart body is not closed by its boundary");
    const headerEnd = binary.indexOf("\r\n\r\n", headerStart);
    if (headerEnd === -1 || headerEnd > next) throw new BodyError("a multipart part has no header section");
    const headers = utf8.decode(bytes.subarray(headerStart, headerEnd));
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) throw new BodyError("a multipart part has no name in its Content-Disposition");
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    const type = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim();
    parts.push({
      name,
      ...(filename === undefined ? {} : { filename }),
      ...(type === undefined ? {} : { type }),
      body: bytes.slice(headerEnd + 4, next),
    });
    start = next + 2;
  }
  return parts;
}

/** The request body as a value of its media type's schema. */
export function decodeBody(
  table: SchemaTable,
  bytes: Uint8Array,
  contentType: string,
  schema: Schema | undefined,
  encodings?: Readonly<Record<string, BodyEncoding>>,
): unknown {
  switch (mediaKind(contentType)) {
    case "json":
      try {
        return JSON.parse(utf8.decode(bytes)) as unknown;
      } catch {
        throw new BodyError("the request body is not valid JSON");
      }
    case "form": {
      const decode = (text: string): string => decodeURIComponent(text.replace(/\+/g, " "));
      const pairs = pairsOf(utf8.decode(bytes), /&/).map(([name, value]): [string, Entry] => [
        decode(name),
        { value: decode(value) },
      ]);
      return objectOf(table, schema, pairs, encodings);
    }
    case "multipart": {
      const parts = multipartParts(bytes, contentType);
      const entries = parts.map((part): [string, Entry] => [part.name, { value: part.body, type: part.type }]);
      return objectOf(table, schema, entries, encodings);
    }
    case "text":
      return utf8.decode(bytes);
    default:
      return new Blob([new Uint8Array(bytes)], { type: contentType });
  }
}

/**
 * An OpenAPI 3.2 `in: querystring` parameter: the whole query string (without `?`) read as its
 * media type: form-urlencoded as a form body, anything else percent-decoded (and parsed, for JSON).
 * Undefined when there is no query string.
 */
export function querystringValue(
  table: SchemaTable,
  search: string,
  contentType: string,
  schema: Schema | undefined,
): unknown {
  if (search === "") return undefined;
  if (mediaKind(contentType) === "form")
    return decodeBody(table, new TextEncoder().encode(search), contentType, schema);
  let text: string;
  try {
    text = decodeURIComponent(search);
  } catch {
    throw new BodyError("the query string is not percent-encoded UTF-8");
  }
  if (mediaKind(contentType) !== "json") return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError("the query string is not valid JSON");
  }
}
