// The second judge's decoding of a request body by its Content-Type, from the specification: JSON is
// parsed, a form by URLSearchParams' rules, multipart by the platform's own parser (undici's
// `Response.formData()`); a part or field is JSON when its schema is an object or a list (OpenAPI's
// default `contentType` for those), a file when its schema is binary. Nothing of the generated mock.
import { queryPairs } from "./wire-params.js";
import { candidatesOf, percentDecode, propertySchemaOf, type Resolve, shapesOf } from "./wire-values.js";

export interface RequestBodySpec {
  readonly required?: boolean;
  readonly content?: Record<string, { readonly schema?: unknown; readonly encoding?: Record<string, unknown> }>;
}

export interface DecodedBody {
  /** The documented media type the request's Content-Type selected. */
  readonly mediaType: string;
  readonly schema: unknown;
  readonly candidates: readonly unknown[];
}

function essence(contentType: string): string {
  return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}

/** The documented media type for `contentType`: exact first, then `type/*`, then `*\/*`. */
export function documentedMediaType(documented: readonly string[], contentType: string): string | undefined {
  const wanted = essence(contentType);
  const [type] = wanted.split("/");
  return (
    documented.find((media) => essence(media) === wanted) ??
    documented.find((media) => essence(media) === `${type}/*`) ??
    documented.find((media) => essence(media) === "*/*")
  );
}

function isObjectBody(schema: unknown, resolve: Resolve): boolean {
  const shapes = shapesOf(schema, resolve);
  return shapes.has("object") || (resolve(schema) === undefined && shapes.size === 1);
}

function isBinary(schema: unknown, resolve: Resolve): boolean {
  const resolved = resolve(schema);
  return (
    resolved !== undefined &&
    (resolved.format === "binary" || resolved.contentMediaType !== undefined || resolved.contentEncoding !== undefined)
  );
}

/** A JSON-shaped field (object or list, or said to be JSON by its encoding) parsed; other text as it is. */
function fieldValue(text: string, schema: unknown, encoding: unknown, resolve: Resolve): unknown {
  if (isBinary(schema, resolve)) return "";
  const declared = (encoding as { contentType?: unknown } | undefined)?.contentType;
  const json =
    (typeof declared === "string" && /json/i.test(declared)) ||
    (declared === undefined && (shapesOf(schema, resolve).has("object") || shapesOf(schema, resolve).has("array")));
  if (!json) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

type Fields = Map<string, string[]>;

async function multipartFields(body: string, contentType: string): Promise<Fields> {
  const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  const fields: Fields = new Map();
  for (const [key, value] of form.entries()) {
    const text = typeof value === "string" ? value : await value.text();
    fields.set(key, [...(fields.get(key) ?? []), text]);
  }
  return fields;
}

function formFields(body: string): Fields {
  const fields: Fields = new Map();
  for (const [key, value] of queryPairs(body))
    fields.set(key, [...(fields.get(key) ?? []), percentDecode(value, true)]);
  return fields;
}

/** A form's or multipart body's fields as the schema's object: lists where the property is a list. */
function fieldsToCandidates(
  fields: Fields,
  schema: unknown,
  encoding: Record<string, unknown>,
  resolve: Resolve,
): unknown[] {
  const texts: Record<string, string | string[]> = {};
  const structured: Record<string, unknown> = {};
  const whole: Record<string, unknown> = {};
  for (const [key, values] of fields) {
    const property = propertySchemaOf(schema, key, resolve);
    const list = shapesOf(property, resolve).has("array") && !shapesOf(property, resolve).has("scalar");
    const item = list ? resolve(property)?.items : property;
    const parsed = values.map((text) => fieldValue(text, item, encoding[key], resolve));
    const define = (target: Record<string, unknown>, value: unknown): void => {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    };
    // One JSON part holding a list (`[1,2]`) is the whole list, or its one item: both are readings.
    const single = list && parsed.length === 1 && Array.isArray(parsed[0]) ? parsed[0] : undefined;
    if (single !== undefined) define(whole, single);
    define(structured, list ? parsed : parsed.length === 1 ? parsed[0] : parsed);
    define(texts, list || values.length > 1 ? values : (values[0] as string));
  }
  const typedTexts = candidatesOf(texts, schema, resolve);
  const parsedOnly = onlyParsed(structured, fields);
  return [
    structured,
    { ...structured, ...whole },
    ...typedTexts.map((candidate) => ({ ...(candidate as object), ...parsedOnly })),
  ];
}

/** The fields whose parsed value is not their text (JSON parts, files): those win over any reading of the text. */
function onlyParsed(structured: Record<string, unknown>, fields: Fields): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(structured).filter(([key, value]) => {
      const texts = fields.get(key) ?? [];
      return !(typeof value === "string" && texts.length === 1 && texts[0] === value);
    }),
  );
}

/** The body read by its Content-Type, or a problem: a missing required body, an undocumented type, bad JSON. */
export async function decodeBody(
  spec: RequestBodySpec | undefined,
  contentType: string | undefined,
  body: string,
  resolve: Resolve,
): Promise<{ body?: DecodedBody; problems: string[]; undetermined?: string }> {
  if (body === "" && contentType === undefined) {
    return { problems: spec?.required === true ? ["body: missing, and the operation requires one"] : [] };
  }
  const content = spec?.content ?? {};
  const mediaType = documentedMediaType(Object.keys(content), contentType ?? "");
  if (mediaType === undefined)
    return { problems: [`body: content type ${contentType ?? "(none)"} is not one of the operation's`] };
  const media = content[mediaType] ?? {};
  const sent = essence(contentType ?? "");
  const encoding = (media.encoding ?? {}) as Record<string, unknown>;
  let candidates: unknown[];
  if (/json/.test(sent)) {
    try {
      candidates = [JSON.parse(body)];
    } catch (error) {
      return { problems: [`body: not JSON (${error instanceof Error ? error.message : String(error)})`] };
    }
  } else if (
    /^(application\/x-www-form-urlencoded|multipart\/form-data)$/.test(sent) &&
    !isObjectBody(media.schema, resolve)
  ) {
    return {
      problems: [],
      undetermined: `a ${sent} body whose schema is not an object: the specification defines no serialization`,
    };
  } else if (sent === "application/x-www-form-urlencoded") {
    candidates = fieldsToCandidates(formFields(body), media.schema, encoding, resolve);
  } else if (sent === "multipart/form-data") {
    candidates = fieldsToCandidates(await multipartFields(body, contentType ?? ""), media.schema, encoding, resolve);
  } else if (sent.startsWith("text/") || isBinary(media.schema, resolve) === false) {
    candidates = [body];
  } else {
    candidates = [""];
  }
  return { body: { mediaType, schema: media.schema, candidates }, problems: [] };
}
