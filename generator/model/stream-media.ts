// Sequential media types (OpenAPI 3.2 "Sequential Media Types"): a body that is a stream of items,
// each described by `itemSchema`. What an item is, and how its bytes are framed, is decided here
// once; the types, the client's decoder and the mocks follow it.
import { deref, isRecord } from "../load/json-pointer.js";
import type { StreamModel } from "./api-model.js";
import { mediaKind, streamFraming } from "./media-kind.js";

const EVENT_FIELDS = new Set(["data", "event", "id", "retry"]);

function isJsonMedia(type: unknown): boolean {
  return typeof type === "string" && mediaKind(type) === "json" && type.trim() !== "";
}

function resolved(document: Record<string, unknown>, schema: unknown): Record<string, unknown> | undefined {
  const value = deref(document, schema);
  return isRecord(value) ? value : undefined;
}

function isStringSchema(schema: Record<string, unknown> | undefined): boolean {
  if (schema === undefined) return false;
  const types = Array.isArray(schema.type) ? schema.type.filter((type) => type !== "null") : [schema.type];
  return types.length === 1 && types[0] === "string" && schema.format !== "binary";
}

/** The `data` of a server-sent event, as the event's schema describes it: JSON with `contentMediaType` (typed by `contentSchema`), else text. */
function eventData(
  document: Record<string, unknown>,
  event: Record<string, unknown> | undefined,
): Pick<StreamModel, "data" | "itemSchema"> {
  const properties = event === undefined ? undefined : resolved(document, event.properties);
  const data = properties === undefined ? undefined : resolved(document, properties.data);
  if (data !== undefined && isJsonMedia(data.contentMediaType))
    return { data: "json", itemSchema: data.contentSchema ?? {} };
  return { data: "text", itemSchema: { type: "string" } };
}

/**
 * A 3.0/3.1 document has no `itemSchema`: there, the `schema` of `text/event-stream` is what
 * published documents (OpenAI's, opencode's) mean by it, the JSON each event's `data` carries; a
 * schema of the event itself (`data` beside only `event`, `id`, `retry`) is read as such.
 */
function legacyEventData(document: Record<string, unknown>, schema: unknown): Pick<StreamModel, "data" | "itemSchema"> {
  const own = resolved(document, schema);
  if (own === undefined) return { data: "text", itemSchema: { type: "string" } };
  const properties = resolved(document, own.properties);
  if (
    properties !== undefined &&
    Object.hasOwn(properties, "data") &&
    Object.keys(properties).every((key) => EVENT_FIELDS.has(key))
  )
    return eventData(document, own);
  return isStringSchema(own) ? { data: "text", itemSchema: schema } : { data: "json", itemSchema: schema };
}

/** The items of a sequential media type: its `itemSchema`, else the `items` of an array `schema` (the whole content read as an array). */
export function readStream(
  document: Record<string, unknown>,
  contentType: string,
  media: Record<string, unknown>,
): StreamModel | undefined {
  const framing = streamFraming(contentType);
  if (framing === undefined) return undefined;
  if (framing === "event-stream") {
    const data =
      media.itemSchema !== undefined
        ? eventData(document, resolved(document, media.itemSchema))
        : legacyEventData(document, media.schema);
    return { framing, ...data };
  }
  if (media.itemSchema !== undefined) return { framing, data: undefined, itemSchema: media.itemSchema };
  const whole = resolved(document, media.schema);
  return {
    framing,
    data: undefined,
    itemSchema: whole?.type === "array" || whole?.items !== undefined ? (whole.items ?? {}) : (media.schema ?? {}),
  };
}
