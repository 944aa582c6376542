import { setOwn } from "../load/json-pointer.js";
import type { MediaTypeModel, OperationContract, ResponseHeaderModel } from "./api-model.js";
import { compactSchema } from "./fixture-table.js";
import type { ResolvedOperation, SchemaResolver } from "./resolve-operation.js";

/** The media type a mock answers with (JSON when offered, else the first), or reads a body of by default. */
function preferredMedia(media: readonly MediaTypeModel[]): MediaTypeModel | undefined {
  return media.find((entry) => entry.kind === "json") ?? media[0];
}

/** What a media type without a schema carries: bytes or text; nothing the mock can build otherwise. */
function bareSchema(media: MediaTypeModel | undefined): unknown {
  if (media === undefined) return undefined;
  return media.kind === "binary"
    ? { type: "string", format: "binary" }
    : media.kind === "text"
      ? { type: "string" }
      : undefined;
}

/** The body the document shows for a media type: its `example`, else the first Example Object's value (3.2: `dataValue`). */
function documentedExample(media: MediaTypeModel | undefined): { example?: unknown } {
  if (media === undefined) return {};
  if (media.example !== undefined) return { example: media.example };
  for (const example of media.examples) {
    const value = example.dataValue ?? example.value;
    if (value !== undefined) return { example: value };
  }
  return {};
}

/** A value the spec gives a response header (its example, default, first enum value or const), as sent. */
function headerValue(header: ResponseHeaderModel, resolveSchema: SchemaResolver): string | undefined {
  const schema = resolveSchema(header.schema);
  const candidates = [
    header.example,
    ...(schema === undefined
      ? []
      : [schema.const, Array.isArray(schema.enum) ? schema.enum[0] : undefined, schema.example, schema.default]),
  ];
  const value = candidates.find(
    (candidate) => typeof candidate === "string" || typeof candidate === "number" || typeof candidate === "boolean",
  );
  return value === undefined ? undefined : String(value);
}

function headersOf(
  headers: readonly ResponseHeaderModel[],
  resolveSchema: SchemaResolver,
): Record<string, string> | undefined {
  const values: Record<string, string> = {};
  for (const header of headers) {
    // Content-Type is the body's own; the spec says to ignore a header of that name here.
    const value = header.name.toLowerCase() === "content-type" ? undefined : headerValue(header, resolveSchema);
    if (value !== undefined) setOwn(values, header.name, value);
  }
  return Object.keys(values).length === 0 ? undefined : values;
}

/** Numeric statuses sorted, then `4XX`-style patterns and `default` (status 0, with `key`). */
function responsesOf(
  operation: ResolvedOperation,
  resolveSchema: SchemaResolver,
  openapi30: boolean,
): OperationContract["responses"] {
  return operation.responses
    .map((response) => {
      const media = preferredMedia(response.media);
      const numeric = /^\d{3}$/.test(response.key);
      const headers = headersOf(response.headers, resolveSchema);
      const stream = media?.stream;
      return {
        status: numeric ? Number(response.key) : 0,
        ...(numeric ? {} : { key: response.key }),
        contentType: media?.contentType,
        schema: compactSchema(
          stream === undefined ? (media?.schema ?? bareSchema(media)) : stream.itemSchema,
          openapi30,
        ),
        ...(headers === undefined ? {} : { headers }),
        // A stream's examples show the whole stream; its items are built one by one.
        ...(stream === undefined
          ? documentedExample(media)
          : { stream: { framing: stream.framing, ...(stream.data === undefined ? {} : { data: stream.data }) } }),
        ...(media?.trait === undefined ? {} : { trait: media.trait }),
      };
    })
    .sort(
      (a, b) =>
        (a.status === 0 ? 1000 : a.status) - (b.status === 0 ? 1000 : b.status) ||
        (a.key ?? "").localeCompare(b.key ?? ""),
    );
}

/** The parts of an operation a contract mock checks requests against and answers with. */
export function buildContract(
  operation: ResolvedOperation,
  resolveSchema: SchemaResolver,
  openapi30: boolean,
): OperationContract {
  const body = operation.requestBody;
  return {
    parameters: operation.parameters.map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required,
      style: parameter.style,
      explode: parameter.explode,
      ...(parameter.contentType === undefined ? {} : { contentType: parameter.contentType }),
      ...(parameter.example === undefined ? {} : { example: parameter.example }),
      schema: compactSchema(parameter.schema ?? true, openapi30),
    })),
    requestBody:
      body === undefined
        ? undefined
        : {
            required: body.required,
            media: body.media.map((media) => ({
              contentType: media.contentType,
              schema: compactSchema(media.schema ?? bareSchema(media) ?? true, openapi30),
              ...(Object.keys(media.encoding).length === 0 ? {} : { encoding: media.encoding }),
            })),
          },
    responses: responsesOf(operation, resolveSchema, openapi30),
  };
}
