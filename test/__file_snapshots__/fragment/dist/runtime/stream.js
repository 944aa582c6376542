/** An item of a stream that is not what its media type says (a line that is not JSON, say). */
export class StreamItemError extends Error {
	name = "StreamItemError";
	code = "malformed_stream_item";
	/** At most the first 200 characters of the item as received. */
	text;
	constructor(text, cause) {
		super(`a stream item is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`);
		this.text = text.slice(0, 200);
	}
}
async function* textChunks(body) {
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
async function* lines(chunks) {
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
function parseItem(text) {
	try {
		return JSON.parse(text);
	} catch (cause) {
		throw new StreamItemError(text, cause);
	}
}
async function* jsonLines(body) {
	for await (const line of lines(textChunks(body))) if (line.trim() !== "") yield parseItem(line);
}
/** RFC 7464: each item is RS, JSON text, LF. An item is complete at the next RS, or at its LF. */
async function* jsonSequence(body) {
	let buffer = "";
	for await (const chunk of textChunks(body)) {
		buffer += chunk;
		const records = buffer.split("");
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
/** One line of an event stream into the event being built (the HTML standard's "process the field"). */
function readField(state, line) {
	const colon = line.indexOf(":");
	const field = colon === -1 ? line : line.slice(0, colon);
	let value = colon === -1 ? "" : line.slice(colon + 1);
	if (value.startsWith(" ")) value = value.slice(1);
	if (field === "data") state.data += `${value}\n`;
	else if (field === "event") state.event = value;
	else if (field === "id" && !value.includes("\0")) state.lastId = value;
	else if (field === "retry" && /^\d+$/.test(value)) {
		state.retry = Number(value);
		state.reconnectMs = state.retry;
	}
}
async function* serverSentEvents(body, json, state) {
	Object.assign(state, {
		data: "",
		event: "",
		retry: undefined
	});
	for await (const line of lines(textChunks(body))) {
		if (line.startsWith(":")) continue;
		if (line !== "") {
			readField(state, line);
			continue;
		}
		// A blank line dispatches the event; one without data is dropped, as the standard says.
		const { data, event, retry, lastId } = state;
		Object.assign(state, {
			data: "",
			event: "",
			retry: undefined
		});
		if (data === "") continue;
		const text = data.slice(0, -1);
		if (json && text.trim() === DONE) return;
		yield {
			data: json ? parseItem(text) : text,
			...event === "" ? {} : { event },
			...lastId === "" ? {} : { id: lastId },
			...retry === undefined ? {} : { retry }
		};
	}
}
function bodyOf(response) {
	return response.body ?? new ReadableStream({ start: (controller) => controller.close() });
}
function isAbort(error) {
	return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}
/** Events across reconnections: a connection that breaks (not an abort, not an item error) is reopened after the server's `retry`. */
async function* reconnectingEvents(first, json, reconnection) {
	const state = {
		data: "",
		event: "",
		retry: undefined,
		lastId: "",
		reconnectMs: undefined
	};
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
export function streamItems(response, framing, eventData, reconnection) {
	if (framing === "json-lines") return jsonLines(bodyOf(response));
	if (framing === "json-seq") return jsonSequence(bodyOf(response));
	return reconnectingEvents(response, eventData === "json", reconnection ?? {
		reopen: () => Promise.reject(new Error("no reconnection")),
		maxAttempts: 0,
		delayMs: 0
	});
}
