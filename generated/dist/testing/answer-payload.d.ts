import type { Answer } from "./mock-core.js";
/** A stream answer's items as written on the wire, one piece per item; undefined for any other answer. */
export declare function streamPieces(answer: Answer): string[] | undefined;
/** An answer's body as sent, by its media type: JSON text, the text itself, or the bytes of a Blob; null for none. */
export declare function answerPayload(answer: Answer): Promise<{
	body: string | Uint8Array | null;
	contentType: string | undefined;
}>;
