// The one place the model follows `$ref`s of an operation: its parameters, request body, responses
// and their headers become plain typed records here, and everything after reads those. Schemas
// stay as written (a `$ref` into components is how the fixture table and the types name them);
// `resolveSchema` gives a schema's own keywords where a decision needs them.
import { joinPointer } from "../errors.js";
import { deref, isRecord, pointerTokens, splitRef } from "../load/json-pointer.js";
import type {
  EncodingModel,
  MediaTypeModel,
  ParameterLocation,
  ParameterModel,
  ParameterStyle,
  RequestBodyModel,
  ResponseHeaderModel,
  ResponseModel,
} from "./api-model.js";
import { mediaKind } from "./media-kind.js";
import { readStream } from "./stream-media.js";

export interface OperationSource {
  readonly operation: Record<string, unknown>;
  /** The path item's parameters, which the operation's own override by name and location. */
  readonly sharedParameters: unknown;
  readonly pointer: string;
}

export interface ResolvedOperation {
  readonly parameters: readonly ParameterModel[];
  readonly requestBody: RequestBodyModel | undefined;
  readonly responses: readonly ResponseModel[];
}

export type SchemaResolver = (schema: unknown) => Record<string, unknown> | undefined;

const LOCATIONS: readonly ParameterLocation[] = ["path", "query", "querystring", "header", "cookie"];
const STYLES: readonly ParameterStyle[] = [
  "matrix",
  "label",
  "simple",
  "form",
  "spaceDelimited",
  "pipeDelimited",
  "tabDelimited",
  "deepObject",
  "cookie",
];
const DEFAULT_STYLE: Readonly<Record<ParameterLocation, ParameterStyle>> = {
  path: "simple",
  query: "form",
  querystring: "form",
  header: "simple",
  cookie: "form",
};

/** The component schema a media type's schema names, when it is exactly a local `$ref` to one. */
export function componentSchemaName(schema: unknown): string | undefined {
  if (!isRecord(schema) || typeof schema.$ref !== "string" || Object.keys(schema).length !== 1) return undefined;
  const { file, pointer } = splitRef(schema.$ref);
  const tokens = pointerTokens(pointer);
  return file === "" && tokens.length === 3 && tokens[0] === "components" && tokens[1] === "schemas"
    ? tokens[2]
    : undefined;
}

export function schemaResolver(document: Record<string, unknown>): SchemaResolver {
  return (schema) => {
    const resolved = deref(document, schema);
    return isRecord(resolved) ? resolved : undefined;
  };
}

/** Style, explode and allowReserved with the specification's defaults for the location filled in. */
export function parameterStyle(
  location: ParameterLocation,
  raw: Record<string, unknown>,
): Pick<ParameterModel, "style" | "explode" | "allowReserved"> {
  const style = STYLES.find((candidate) => candidate === raw.style) ?? DEFAULT_STYLE[location];
  const explode = typeof raw.explode === "boolean" ? raw.explode : style === "form" || style === "cookie";
  return { style, explode, allowReserved: raw.allowReserved === true };
}

/** The value of the first Example Object that gives one: OpenAPI 3.2's `dataValue`, else `value`. */
function firstExampleValue(document: Record<string, unknown>, examples: unknown): unknown {
  if (!isRecord(examples)) return undefined;
  for (const raw of Object.values(examples)) {
    const example = deref(document, raw);
    if (isRecord(example) && (example.dataValue !== undefined || example.value !== undefined))
      return example.dataValue ?? example.value;
  }
  return undefined;
}

function readParameter(
  document: Record<string, unknown>,
  raw: Record<string, unknown>,
  pointer: string,
): ParameterModel | undefined {
  const location = LOCATIONS.find((candidate) => candidate === raw.in);
  if (location === undefined || typeof raw.name !== "string") return undefined;
  const content = isRecord(raw.content) ? Object.entries(raw.content)[0] : undefined;
  return {
    name: raw.name,
    in: location,
    required: raw.required === true || location === "path",
    deprecated: raw.deprecated === true,
    schema: content === undefined ? raw.schema : isRecord(content[1]) ? content[1].schema : undefined,
    ...parameterStyle(location, raw),
    contentType: content?.[0],
    example:
      raw.example ??
      firstExampleValue(document, raw.examples) ??
      (isRecord(content?.[1]) ? (content[1].example ?? firstExampleValue(document, content[1].examples)) : undefined),
    pointer,
  };
}

/** The operation's parameters: the path item's, overridden by the operation's own with the same name and location. */
export function readParameters(document: Record<string, unknown>, source: OperationSource): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  const lists: [unknown, string][] = [
    [
      source.sharedParameters,
      joinPointer(source.pointer.replace(/\/additionalOperations\/[^/]+$|\/[^/]+$/, ""), "parameters"),
    ],
    [source.operation.parameters, joinPointer(source.pointer, "parameters")],
  ];
  for (const [list, at] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const raw = deref(document, item);
      const parameter = isRecord(raw) ? readParameter(document, raw, joinPointer(at, String(index))) : undefined;
      if (parameter !== undefined) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    });
  }
  return [...byKey.values()];
}

function readEncoding(document: Record<string, unknown>, raw: unknown): Record<string, EncodingModel> {
  const encoding: Record<string, EncodingModel> = {};
  if (!isRecord(raw)) return encoding;
  for (const [property, value] of Object.entries(raw)) {
    const entry = deref(document, value);
    if (!isRecord(entry)) continue;
    Object.defineProperty(encoding, property, {
      enumerable: true,
      value: {
        ...(typeof entry.contentType === "string" ? { contentType: entry.contentType } : {}),
        ...(STYLES.includes(entry.style as ParameterStyle) ? { style: entry.style as ParameterStyle } : {}),
        ...(typeof entry.explode === "boolean" ? { explode: entry.explode } : {}),
        ...(entry.allowReserved === true ? { allowReserved: true } : {}),
      },
    });
  }
  return encoding;
}

function readContent(document: Record<string, unknown>, content: unknown): MediaTypeModel[] {
  if (!isRecord(content)) return [];
  return Object.entries(content).map(([contentType, raw]) => {
    const media = deref(document, raw);
    const record = isRecord(media) ? media : {};
    return {
      contentType,
      kind: mediaKind(contentType),
      schema: record.schema,
      schemaName: componentSchemaName(record.schema),
      encoding: readEncoding(document, record.encoding),
      example: record.example,
      examples: isRecord(record.examples)
        ? Object.values(record.examples)
            .map((example) => deref(document, example))
            .filter(isRecord)
        : [],
      trait: typeof record["x-fixture-trait"] === "string" ? record["x-fixture-trait"] : undefined,
      stream: readStream(document, contentType, record),
    };
  });
}

function readRequestBody(document: Record<string, unknown>, raw: unknown): RequestBodyModel | undefined {
  const body = deref(document, raw);
  if (!isRecord(body)) return undefined;
  return { required: body.required === true, media: readContent(document, body.content) };
}

function readHeaders(document: Record<string, unknown>, raw: unknown): ResponseHeaderModel[] {
  if (!isRecord(raw)) return [];
  return Object.entries(raw).flatMap(([name, value]) => {
    const header = deref(document, value);
    return isRecord(header) ? [{ name, example: header.example, schema: deref(document, header.schema) }] : [];
  });
}

/** Numbers first (ascending), then patterns (`2XX`), then `default`: the order a reader scans a result union in. */
function responseOrder(key: string): string {
  return /^\d{3}$/.test(key) ? `0${key}` : /^[1-5]XX$/i.test(key) ? `1${key.toUpperCase()}` : `2${key}`;
}

function readResponses(document: Record<string, unknown>, raw: unknown): ResponseModel[] {
  if (!isRecord(raw)) return [];
  return Object.keys(raw)
    .filter((key) => /^\d{3}$/.test(key) || /^[1-5]XX$/i.test(key) || key === "default")
    .sort((a, b) => (responseOrder(a) < responseOrder(b) ? -1 : 1))
    .map((key) => {
      const response = deref(document, raw[key]);
      const record = isRecord(response) ? response : {};
      return { key, media: readContent(document, record.content), headers: readHeaders(document, record.headers) };
    });
}

export function resolveOperation(document: Record<string, unknown>, source: OperationSource): ResolvedOperation {
  return {
    parameters: readParameters(document, source),
    requestBody: readRequestBody(document, source.operation.requestBody),
    responses: readResponses(document, source.operation.responses),
  };
}
