// Request bodies by media type: JSON, form-urlencoded and multipart per the Encoding Object,
// bytes as they are, text as the string itself. openapi-fetch's own body serializer knows only
// JSON and FormData, so each call passes this one with its operation's media type.
import { essence, jsonBodyText, mediaKind, type StreamFraming, streamFraming } from "./media.js";
import { encodeUnreserved, expandParam, type ParamStyle } from "./params.js";

/** How one property of a form or multipart body is sent (the Encoding Object). */
export interface EncodingSpec {
  readonly contentType?: string;
  readonly style?: ParamStyle;
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

export type Encodings = Readonly<Record<string, EncodingSpec>>;

export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;

function isBinary(value: unknown): value is BinaryBody {
  return (
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof ReadableStream !== "undefined" && value instanceof ReadableStream)
  );
}

/** WHATWG's application/x-www-form-urlencoded byte serializer for one name or value (space as `+`). */
function formEncode(text: string): string {
  return new URLSearchParams([["", text]]).toString().slice(1);
}

function text(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

/** A property sent by the Encoding Object's RFC 6570 fields, or by content type (its default by value: text, or JSON for objects). */
function formPairs(name: string, value: unknown, encoding: EncodingSpec | undefined): string {
  if (encoding?.style !== undefined || encoding?.explode !== undefined || encoding?.allowReserved !== undefined) {
    const style = encoding.style ?? "form";
    const explode = encoding.explode ?? style === "form";
    return expandParam(
      { name, style, explode, encode: encoding.allowReserved === true ? (part) => part : formEncode },
      value,
    );
  }
  // Encoding by name: a list's items are encoded one by one, each as its own pair.
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => `${formEncode(name)}=${formEncode(text(item))}`).join("&");
}

export function formBody(value: unknown, encodings: Encodings | undefined): string {
  if (typeof value !== "object" || value === null) return formEncode(text(value));
  return Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([name, item]) => formPairs(name, item, encodings?.[name]))
    .filter((part) => part !== "")
    .join("&");
}

/** One part: bytes as a file part, objects as JSON, the rest as text; an Encoding Object's `contentType` labels it. */
function appendPart(form: FormData, name: string, value: unknown, encoding: EncodingSpec | undefined): void {
  const declared = encoding?.contentType?.split(",")[0]?.trim();
  if (value instanceof Blob) {
    form.append(
      name,
      declared === undefined || declared.includes("*") || value.type !== ""
        ? value
        : new Blob([value], { type: declared }),
      value instanceof File ? value.name : name,
    );
    return;
  }
  if (isBinary(value) && !(value instanceof ReadableStream)) {
    form.append(name, new Blob([value as ArrayBuffer], { type: declared ?? "application/octet-stream" }), name);
    return;
  }
  const isObject = typeof value === "object" && value !== null;
  const type = declared ?? (isObject ? "application/json" : undefined);
  if (type === undefined || type === "text/plain") form.append(name, text(value));
  else form.append(name, new Blob([type.includes("json") ? JSON.stringify(value) : text(value)], { type }));
}

export function multipartBody(value: unknown, encodings: Encodings | undefined): FormData {
  if (value instanceof FormData) return value;
  const form = new FormData();
  if (typeof value !== "object" || value === null) return form;
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined) continue;
    // A list is repeated parts of the same name.
    if (Array.isArray(item)) for (const element of item) appendPart(form, name, element, encodings?.[name]);
    else appendPart(form, name, item, encodings?.[name]);
  }
  return form;
}

/**
 * OpenAPI 3.2's `in: querystring`: the whole query string (without `?`) as its media type writes
 * it. Form-urlencoded is query-ready as it is (spaces as `+`); anything else is written (JSON, or
 * a string as itself) and then percent-encoded.
 */
export function querystringText(value: unknown, contentType: string, encodings: Encodings | undefined): string {
  if (value === undefined) return "";
  const kind = mediaKind(contentType);
  if (kind === "form") return value instanceof URLSearchParams ? value.toString() : formBody(value, encodings);
  return encodeUnreserved(kind === "json" || typeof value !== "string" ? JSON.stringify(value) : value);
}

/** One item as its sequential media type frames it: a JSON line, an RS-led JSON text, or an event. */
export function streamItemText(item: unknown, framing: StreamFraming): string {
  if (framing === "json-lines") return `${JSON.stringify(item)}\n`;
  if (framing === "json-seq") return `\u001e${JSON.stringify(item)}\n`;
  return eventText(item);
}

/** A list of items as a sequential media type frames them; undefined when the value is not a list. */
function streamBody(value: unknown, contentType: string): string | undefined {
  const framing = streamFraming(contentType);
  if (framing === undefined || !Array.isArray(value)) return undefined;
  return value.map((item) => streamItemText(item, framing)).join("");
}

/** One server-sent event as the standard writes it: one `data:` line per line of its data, then a blank line. */
function eventText(item: unknown): string {
  const event = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : { data: item };
  const data = typeof event.data === "string" ? event.data : JSON.stringify(event.data);
  const fields = [
    ...(typeof event.event === "string" ? [`event: ${event.event}`] : []),
    ...(typeof event.id === "string" ? [`id: ${event.id}`] : []),
    ...(typeof event.retry === "number" ? [`retry: ${event.retry}`] : []),
    ...data.split(/\r\n|\r|\n/).map((line) => `data: ${line}`),
  ];
  return `${fields.join("\n")}\n\n`;
}

/** The body as sent for `contentType`: what `fetch` takes (a string, FormData, bytes or a stream). */
export function serializeBody(value: unknown, contentType: string, encodings: Encodings | undefined): BodyInit {
  const stream = streamBody(value, contentType);
  if (stream !== undefined) return stream;
  switch (mediaKind(contentType)) {
    case "form":
      return value instanceof URLSearchParams ? value : formBody(value, encodings);
    case "multipart":
      return multipartBody(value, encodings);
    case "text":
      return typeof value === "string" ? value : text(value);
    case "binary":
      if (isBinary(value)) return value as BodyInit;
      return typeof value === "string" ? value : JSON.stringify(value);
    default:
      return jsonBodyText(value);
  }
}

/**
 * The body as sent and its Content-Type: FormData writes its own (with the boundary); a wildcard
 * type is sent as the concrete type the body was written as (a Blob's own, JSON for `*\/*` and
 * `application/*+json`, plain text for `text/*`): a Content-Type with a `*` names no media type.
 */
export function wireBody(
  value: unknown,
  contentType: string,
  encodings: Encodings | undefined,
): { body: BodyInit; contentType: string | null } {
  const kind = mediaKind(contentType);
  const body = serializeBody(value, contentType, encodings);
  if (kind === "multipart") return { body, contentType: null };
  if (!contentType.includes("*")) return { body, contentType };
  if (kind === "binary")
    return { body, contentType: value instanceof Blob && value.type !== "" ? value.type : "application/octet-stream" };
  if (kind === "text")
    return { body, contentType: essence(contentType).startsWith("text/") ? "text/plain" : "application/xml" };
  return { body, contentType: "application/json" };
}
