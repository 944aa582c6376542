// Method tunnelling, between openapi-fetch and the network: a feature of a transport (call.ts).
import type { HttpMethod } from "./types.js";

type Fetch = (request: Request) => Promise<Response>;

/** Sends the listed methods as POST with `X-HTTP-Method-Override: <method>`. */
export function withMethodOverride(fetchImpl: Fetch, methods: ReadonlySet<string>): Fetch {
  if (methods.size === 0) return fetchImpl;
  return async (request) => {
    if (!methods.has(request.method)) return fetchImpl(request);
    const headers = new Headers(request.headers);
    headers.set("X-HTTP-Method-Override", request.method);
    const body = request.body === null ? null : await request.arrayBuffer();
    return fetchImpl(
      new Request(request.url, { method: "POST", headers, body, signal: request.signal, redirect: request.redirect }),
    );
  };
}

export function overriddenMethods(option: boolean | readonly HttpMethod[] | undefined): Set<string> {
  if (option === true) return new Set(["PATCH", "PUT", "DELETE"]);
  return new Set(option === false || option === undefined ? [] : option);
}
