import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  /** The raw request target, exactly as sent (percent-encoding intact). */
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Drop the connection instead of answering (a network error for the client). */
  destroy?: boolean;
  /** Send the body in these pieces, each after its delay (a stream split wherever the test says), instead of `body`. */
  chunks?: readonly { text: string; delayMs?: number }[];
  /** With `chunks`: keep the connection open after the last one (for a client that cancels), or break it (a network failure mid-body). */
  hold?: boolean;
  breakAfter?: boolean;
}

function sendChunks(
  res: ServerResponse,
  chunks: readonly { text: string; delayMs?: number }[],
  hold: boolean | "break",
): void {
  const [first, ...rest] = chunks;
  if (first === undefined) {
    // Later, not at once: a socket destroyed in the tick of a write drops the bytes not yet flushed.
    if (hold === "break") setTimeout(() => res.socket?.destroy(), 30);
    else if (!hold) res.end();
    return;
  }
  setTimeout(() => {
    if (res.destroyed) return;
    res.write(first.text);
    sendChunks(res, rest, hold);
  }, first.delayMs ?? 0);
}

export type Responder = (request: RecordedRequest) => Answer;

export interface LoopbackServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  respond(responder: Responder): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 and a free port, recording what it receives. */
export async function startLoopbackServer(): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  let responder: Responder = () => ({ status: 200, headers: { "content-type": "application/json" }, body: "{}" });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const answer = responder(recorded);
      const send = (): void => {
        if (answer.destroy === true) {
          req.socket.destroy();
          return;
        }
        res.writeHead(answer.status, answer.headers ?? {});
        if (answer.chunks === undefined) res.end(answer.body ?? "");
        else {
          res.flushHeaders();
          sendChunks(res, answer.chunks, answer.breakAfter === true ? "break" : answer.hold === true);
        }
      };
      if (answer.delayMs === undefined) send();
      else setTimeout(send, answer.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    respond(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
