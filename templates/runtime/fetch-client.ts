// `createClient`'s HTTP step: openapi-fetch's own client, given the options call.ts prepares
// (`<pkg>/operations` sends the same through send.ts, without the client).
import createFetchClient from "openapi-fetch";
import { type Fetch, type FetchAnswer, type Sender, writtenSerializers } from "./call.js";
import { mediaKind } from "./media.js";

/** Error bodies that claim JSON, as they arrived: openapi-fetch parses them before we can look. */
const errorTexts = new WeakMap<Response, string>();

/** `fetch`, keeping the text of each JSON error body (a copy is read; openapi-fetch reads the original). */
export function keepErrorText(fetch: Fetch): Fetch {
  return async (request) => {
    const response = await fetch(request);
    if (!response.ok && mediaKind(response.headers.get("Content-Type") ?? "") === "json")
      errorTexts.set(response, await response.clone().text());
    return response;
  };
}

type RequestFn = (method: string, path: string, init: object) => Promise<FetchAnswer>;

/** A send through openapi-fetch's client, with the client's middleware: given what the call wrote, it makes the same request send.ts makes. */
export const openapiFetchSend: Sender = (middleware) => {
  // The base URL comes with each request (openapi-fetch's per-request `baseUrl`), already chosen.
  const client = createFetchClient<Record<string, never>>();
  client.use(...middleware);
  const request = client.request as unknown as RequestFn;
  return (outgoing) =>
    request(outgoing.method, outgoing.schemaPath, {
      ...outgoing.init,
      ...writtenSerializers(outgoing),
      baseUrl: outgoing.base,
      params: outgoing.params,
      headers: outgoing.headers,
      body: outgoing.body,
      middleware: outgoing.middleware,
      parseAs: outgoing.parseAs,
      fetch: keepErrorText(outgoing.fetch),
    }).then((answer) => {
      // A response a middleware put in place of the one fetched has no kept text: openapi-fetch's string is the text.
      const text = errorTexts.get(answer.response) ?? (typeof answer.error === "string" ? answer.error : undefined);
      return text === undefined ? answer : { ...answer, text };
    });
};
