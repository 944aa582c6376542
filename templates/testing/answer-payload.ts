// An answer of the mock core as bytes on the wire: what the loopback server and the MSW handlers
// both send, so they cannot disagree on a body's encoding or a stream's framing.
import { streamItemText } from "../runtime/body.js";
import { mediaKind } from "../runtime/media.js";
import type { Answer } from "./mock-core.js";

/** A stream answer's items as written on the wire, one piece per item; undefined for any other answer. */
export function streamPieces(answer: Answer): string[] | undefined {
  const stream = answer.stream;
  if (stream === undefined || !Array.isArray(answer.body)) return undefined;
  return answer.body.map((item: unknown) => streamItemText(item, stream.framing));
}

/** An answer's body as sent, by its media type: JSON text, the text itself, or the bytes of a Blob; null for none. */
export async function answerPayload(
  answer: Answer,
): Promise<{ body: string | Uint8Array | null; contentType: string | undefined }> {
  if (answer.body === undefined) return { body: null, contentType: undefined };
  const pieces = streamPieces(answer);
  if (pieces !== undefined) return { body: pieces.join(""), contentType: answer.contentType };
  const declared =
    answer.contentType === undefined || answer.contentType.includes("*") ? undefined : answer.contentType;
  if (answer.body instanceof Blob)
    return {
      body: new Uint8Array(await answer.body.arrayBuffer()),
      contentType: declared ?? (answer.body.type || "application/octet-stream"),
    };
  const kind = mediaKind(declared ?? "application/json");
  if (kind === "json") return { body: JSON.stringify(answer.body), contentType: declared ?? "application/json" };
  return { body: typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body), contentType: declared };
}
