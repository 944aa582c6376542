import type { Outgoing, Send } from "./call.js";
import { type StreamFraming } from "./media.js";
import { type SuccessDecoder } from "./result.js";
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
export declare class StreamItemError extends Error {
	override readonly name = "StreamItemError";
	readonly code = "malformed_stream_item";
	/** At most the first 200 characters of the item as received. */
	readonly text: string;
	constructor(text: string, cause: unknown);
}
/** How to carry on after a broken event stream: the request sent again with the last event ID. */
export interface Reconnection {
	readonly reopen: (lastEventId: string) => Promise<Response>;
	readonly maxAttempts: number;
	readonly delayMs: number;
}
/** The body as an async iterable of its items. An empty body is a stream of none. */
export declare function streamItems(response: Response, framing: StreamFraming, eventData: "json" | "text", reconnection?: Reconnection): AsyncIterable<unknown>;
/** A success decoder that hands a sequential media type over unread, as a stream of items parsed as the caller iterates; anything else as result.ts reads it. */
export declare function streamingSuccessBody(eventData: "json" | "text", reconnection: Reconnection | undefined): SuccessDecoder;
/** The decoder `createClient` and a streaming operation's function give a call (call.ts's `Wire.success`); `reconnect` resends the request with `Last-Event-ID`. */
export declare function streamingWire(spec: OperationSpec, send: Send, outgoing: Outgoing, reconnect: CallOptions["reconnect"]): SuccessDecoder;
