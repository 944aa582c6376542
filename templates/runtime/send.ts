// `<pkg>/operations`' HTTP step: what openapi-fetch's client does with a request call.ts has written
// (a Request, fetch, the answer read by `parseAs`), without the client, whose serializers, base URL
// and header merging call.ts already does. Middleware is middleware.ts's, a transport feature.
// `createClient` sends through openapi-fetch itself (fetch-client.ts); the two answer alike.
import type { FetchAnswer, Outgoing, Sender } from "./call.js";
import { parseJson } from "./result.js";

/** The body as `parseAs` reads it; an error body as text, then JSON where it parses (openapi-fetch's own reading), and its text. */
export async function answer(request: Request, response: Response, parseAs: string): Promise<FetchAnswer> {
  const length = response.headers.get("Content-Length");
  const empty =
    response.status === 204 ||
    request.method === "HEAD" ||
    (length === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked"));
  if (!response.ok) {
    const text = await response.text();
    const body = parseJson(text, text);
    return { error: empty ? undefined : body.ok ? body.value : text, response, text };
  }
  if (empty) return { data: undefined, response };
  if (parseAs === "stream") return { data: response.body, response };
  if (parseAs === "json" && !length) {
    const raw = parseJson(await response.text(), undefined);
    if (!raw.ok) throw raw.cause;
    return { data: raw.value, response };
  }
  return { data: await (response[parseAs as "json"] as () => Promise<unknown>)(), response };
}

/** The request openapi-fetch makes of these options (those fetch does not know stay on it, where a custom fetch or a middleware may read them). */
export function outgoingRequest(outgoing: Outgoing): Request {
  const { base, path, query, init, method, body, headers } = outgoing;
  const options = { redirect: "follow" as const, ...init, method: method.toUpperCase() };
  const request = new Request(base + path + (query ? `?${query}` : ""), { ...options, body: body ?? null, headers });
  for (const key in options) if (!(key in request)) Object.assign(request, { [key]: options[key as "method"] });
  return request;
}

/** A transport's send without middleware (middleware.ts has the send with it): the request, fetch, the answer. */
export const createSend: Sender = () => async (outgoing) => {
  const request = outgoingRequest(outgoing);
  return answer(request, await outgoing.fetch(request), outgoing.parseAs);
};
