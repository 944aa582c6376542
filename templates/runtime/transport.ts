// What sits between openapi-fetch and the network: method tunnelling, timeouts, and keeping the
// token out of anything thrown.
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
    return fetchImpl(new Request(request.url, { method: "POST", headers, body, signal: request.signal, redirect: request.redirect }));
  };
}

export function overriddenMethods(option: boolean | readonly HttpMethod[] | undefined): Set<string> {
  if (option === true) return new Set(["PATCH", "PUT", "DELETE"]);
  return new Set(option === false || option === undefined ? [] : option);
}

/** The caller's signal and the timeout, as one signal; undefined when there is neither. */
export function callSignal(signal: AbortSignal | null | undefined, timeoutMs: number | undefined): AbortSignal | undefined {
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  if (signal == null) return timeout;
  return timeout === undefined ? signal : AbortSignal.any([signal, timeout]);
}

/** An error whose text mentions the token is replaced by one that does not (and has no cause to leak it through). */
export function withoutSecret(error: unknown, secret: string | undefined): unknown {
  if (secret === undefined || secret === "" || !(error instanceof Error)) return error;
  const texts = [error.message, error.stack ?? "", String((error as { cause?: unknown }).cause ?? "")];
  if (!texts.some((text) => text.includes(secret))) return error;
  const cleaned = new Error(error.message.split(secret).join("[redacted]"));
  cleaned.name = error.name;
  return cleaned;
}
