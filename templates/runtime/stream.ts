// Sequential media types read as they arrive (OpenAPI 3.2 "Sequential Media Types"): JSON Lines
// and NDJSON, JSON Text Sequences (RFC 7464), and server-sent events as the HTML standard parses
// them. Items are yielded one by one, whatever the chunks' boundaries; the body is never buffered
// whole. Breaking out of `for await` cancels the body; the call's `signal` aborts the read.
import { mergeHeaders } from "openapi-fetch";
import type { Outgoing, Send } from "./call.js";
import { type StreamFraming, streamFraming } from "./media.js";
import { plainSuccessBody, type SuccessDecoder } from "./result.js";
import type { CallOptions, OperationSpec } from "./types.js";

/** One server-sent event: `data` decoded (JSON where the document says so), the standard's other fields as read. */
export interface ServerSentEvent<Data> {
  data: Data;
  /** The `event` field, when the event names a type. */
  event?: string;
  /** The last event ID the stream set (it carries over to later events, as the standard says). */
  id?: string;
  /** A `retry` field of this event: the reconnection time the server asks for, in milliseconds. */
  retry?: number;
}

/** An item of a stream that is not what its media type says (a line that is not JSON, say). */
export class StreamItemError extends Error {
  override readonly name = "StreamItemError";
  readonly code = "malformed_stream_item";
  /** At most the first 200 characters of the item as received. */
  readonly text: string;

  constructor(text: string, cause: unknown) {
    super(`a stream item is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.text = text.slice(0, 200);
  }
}

async function* textChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      if (text !== "") yield text;
    }
    finished = true;
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  } finally {
    // Left early (a `break`, an error): the rest of the body is not wanted.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Lines ended by CRLF, LF or CR (a CR at a chunk's end waits for the next chunk, which may start with its LF); a last unended line too. */
async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = "";
  for await (const chunk of chunks) {
    buffer += chunk;
    let start = 0;
    for (let index = 0; index < buffer.length; index += 1) {
      const char = buffer[index];
      if (char !== "\n" && char !== "\r") continue;
      if (char === "\r" && index === buffer.length - 1) break;
      yield buffer.slice(start, index);
      if (char === "\r" && buffer[index + 1] === "\n") index += 1;
      start = index + 1;
    }
    buffer = buffer.slice(start);
  }
  if (buffer !== "") yield buffer.replace(/\r$/, "");
}

function parseItem(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new StreamItemError(text, cause);
  }
}

async function* jsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  for await (const line of lines(textChunks(body))) if (line.trim() !== "") yield parseItem(line);
}

/** RFC 7464: each item is RS, JSON text, LF. An item is complete at the next RS, or at its LF. */
async function* jsonSequence(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  let buffer = "";
  for await (const chunk of textChunks(body)) {
    buffer += chunk;
    const records = buffer.split("\u001e");
    buffer = records.pop() ?? "";
    for (const record of records) if (record.trim() !== "") yield parseItem(record);
    if (buffer.endsWith("\n") && buffer.trim() !== "") {
      yield parseItem(buffer);
      buffer = "";
    }
  }
  if (buffer.trim() !== "") yield parseItem(buffer);
}

/** What LLM APIs send last in place of an event's JSON data; it ends the stream. */
const DONE = "[DONE]";

interface EventState {
  data: string;
  event: string;
  retry: number | undefined;
  /** The last event ID, which outlives a reconnection (it is what `Last-Event-ID` sends). */
  lastId: string;
  /** The reconnection time the server last asked for. */
  reconnectMs: number | undefined;
}

/** One line of an event stream into the event being built (the HTML standard's "process the field"). */
function readField(state: EventState, line: string): void {
  const colon = line.indexOf(":");
  const field = colon === -1 ? line : line.slice(0, colon);
  let value = colon === -1 ? "" : line.slice(colon + 1);
  if (value.startsWith(" ")) value = value.slice(1);
  if (field === "data") state.data += `${value}\n`;
  else if (field === "event") state.event = value;
  else if (field === "id" && !value.includes("\u0000")) state.lastId = value;
  else if (field === "retry" && /^\d+$/.test(value)) {
    state.retry = Number(value);
    state.reconnectMs = state.retry;
  }
}

async function* serverSentEvents(
  body: ReadableStream<Uint8Array>,
  json: boolean,
  state: EventState,
): AsyncGenerator<ServerSentEvent<unknown>> {
  Object.assign(state, { data: "", event: "", retry: undefined });
  for await (const line of lines(textChunks(body))) {
    if (line.startsWith(":")) continue;
    if (line !== "") {
      readField(state, line);
      continue;
    }
    // A blank line dispatches the event; one without data is dropped, as the standard says.
    const { data, event, retry, lastId } = state;
    Object.assign(state, { data: "", event: "", retry: undefined });
    if (data === "") continue;
    const text = data.slice(0, -1);
    if (json && text.trim() === DONE) return;
    yield {
      data: json ? parseItem(text) : text,
      ...(event === "" ? {} : { event }),
      ...(lastId === "" ? {} : { id: lastId }),
      ...(retry === undefined ? {} : { retry }),
    };
  }
}

/** How to carry on after a broken event stream: the request sent again with the last event ID. */
export interface Reconnection {
  readonly reopen: (lastEventId: string) => Promise<Response>;
  readonly maxAttempts: number;
  readonly delayMs: number;
}

function bodyOf(response: Response): ReadableStream<Uint8Array> {
  return response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

/** Events across reconnections: a connection that breaks (not an abort, not an item error) is reopened after the server's `retry`. */
async function* reconnectingEvents(
  first: Response,
  json: boolean,
  reconnection: Reconnection,
): AsyncGenerator<ServerSentEvent<unknown>> {
  const state: EventState = { data: "", event: "", retry: undefined, lastId: "", reconnectMs: undefined };
  let response = first;
  let attempts = 0;
  for (;;) {
    try {
      for await (const event of serverSentEvents(bodyOf(response), json, state)) {
        attempts = 0;
        yield event;
      }
      return;
    } catch (error) {
      if (isAbort(error) || error instanceof StreamItemError || attempts >= reconnection.maxAttempts) throw error;
      attempts += 1;
      await new Promise((resolve) => setTimeout(resolve, state.reconnectMs ?? reconnection.delayMs));
      response = await reconnection.reopen(state.lastId);
      if (!response.ok) throw error;
    }
  }
}

/** The body as an async iterable of its items. An empty body is a stream of none. */
export function streamItems(
  response: Response,
  framing: StreamFraming,
  eventData: "json" | "text",
  reconnection?: Reconnection,
): AsyncIterable<unknown> {
  if (framing === "json-lines") return jsonLines(bodyOf(response));
  if (framing === "json-seq") return jsonSequence(bodyOf(response));
  return reconnectingEvents(
    response,
    eventData === "json",
    reconnection ?? { reopen: () => Promise.reject(new Error("no reconnection")), maxAttempts: 0, delayMs: 0 },
  );
}

/** A success decoder that hands a sequential media type over unread, as a stream of items parsed as the caller iterates; anything else as result.ts reads it. */
export function streamingSuccessBody(
  eventData: "json" | "text",
  reconnection: Reconnection | undefined,
): SuccessDecoder {
  return async (response) => {
    const framing = streamFraming(response.headers.get("Content-Type") ?? "");
    return framing === undefined
      ? plainSuccessBody(response)
      : { ok: true, value: streamItems(response, framing, eventData, reconnection) };
  };
}

/** The decoder `createClient` and a streaming operation's function give a call (call.ts's `Wire.success`); `reconnect` resends the request with `Last-Event-ID`. */
export function streamingWire(
  spec: OperationSpec,
  send: Send,
  outgoing: Outgoing,
  reconnect: CallOptions["reconnect"],
): SuccessDecoder {
  const reconnection =
    reconnect === undefined || reconnect === false
      ? undefined
      : {
          reopen: (lastEventId: string) =>
            send({
              ...outgoing,
              headers: mergeHeaders(outgoing.headers, lastEventId === "" ? {} : { "Last-Event-ID": lastEventId }),
            }).then((answer) => answer.response),
          maxAttempts: (reconnect === true ? undefined : reconnect.maxAttempts) ?? 3,
          delayMs: (reconnect === true ? undefined : reconnect.delayMs) ?? 3000,
        };
  return streamingSuccessBody(spec.eventData ?? "text", reconnection);
}
