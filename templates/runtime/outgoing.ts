// One call's request, written from the operation's spec, the caller's request and the transport's
// options: the serialized path and query, the headers (credential, Accept, defaults, the client's,
// the call's, the parameters' and the body's), the body, the signal, fetch. call.ts sends it.
import { mergeHeaders } from "openapi-fetch";
import type { CallInit, Fetch, Outgoing, TransportDefaults, TransportOptions, Wire } from "./call.js";
import type { SentCredentials } from "./credentials.js";
import type { CallOptions, Middleware, OperationSpec } from "./types.js";

/** What a transport keeps for every call's request: its defaults, options, credentials and fetch. */
export interface CallState {
  readonly defaults: TransportDefaults;
  readonly options: TransportOptions;
  readonly credentials: SentCredentials;
  /** The features' fetch with a call's own retry policy. */
  readonly fetchFor: (retry: CallOptions["retry"]) => Fetch;
  readonly transportFetch: Fetch;
}

/** The caller's signal and the timeout, as one signal; undefined when there is neither. */
export function callSignal(
  signal: AbortSignal | null | undefined,
  timeoutMs: number | undefined,
): AbortSignal | undefined {
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  if (signal == null) return timeout;
  return timeout === undefined ? signal : AbortSignal.any([signal, timeout]);
}

/** The request of one call, as its send takes it. */
export function outgoingFor(name: string, spec: OperationSpec, init: CallInit, wire: Wire, state: CallState): Outgoing {
  const { options, defaults } = state;
  const {
    timeoutMs,
    retry,
    reconnect: _reconnect,
    validate: _validate,
    headers,
    signal,
    parseAs = "stream",
    params = {},
    body,
    contentType = spec.requestContentType ?? "application/json",
    baseUrl,
    middleware = [],
    fetch,
    ...rest
  } = init;
  // The header parameters serialized, not as given (openapi-fetch would merge the raw values); then the cookie and body's.
  const written: Record<string, string | null> = {
    ...(wire.headers?.(params.header, spec.params) ?? (params.header as Record<string, string> | undefined)),
  };
  const cookie = wire.cookies?.(params.cookie, spec.params);
  if (cookie !== undefined) written.Cookie = cookie;
  // A body given to an operation that declares none (which its request type forbids) is JSON, as openapi-fetch writes it.
  const sent =
    body === undefined
      ? undefined
      : (wire.body?.(body, contentType, spec.encodings?.[contentType]) ?? { body: JSON.stringify(body), contentType });
  if (sent !== undefined) written["Content-Type"] = sent.contentType;
  wire.unsentCookies?.(name, params.cookie, options);
  // The first of the operation's security requirements the caller has every credential for.
  const credential = state.credentials.sent(spec.security, name);
  const combinedSignal = callSignal(signal, timeoutMs ?? options.timeoutMs);
  // A call's own `baseUrl` when it is not empty, as openapi-fetch takes one.
  const base = (baseUrl as string | undefined) || (options.baseUrl ?? defaults.baseUrl);
  // A path written with a fragment (`/web_links/{id}#add_shared_link`) is sent without it: a fragment never reaches a server.
  const schemaPath = spec.path.split("#")[0] as string;
  // A method spelled otherwise than in upper case is remade with that spelling (a send upper-cases every method, as openapi-fetch does).
  const exact = spec.method !== spec.method.toUpperCase();
  const viaFeatures = retry === undefined && !exact ? undefined : state.fetchFor(retry);
  return {
    method: spec.method,
    schemaPath,
    // Only given path values are written (openapi-fetch's rule); the query from `{}` when none is given.
    path: params.path && wire.path ? wire.path(schemaPath, params.path, spec.params) : schemaPath,
    query: wire.query?.(params.query ?? {}, spec, params.querystring) ?? "",
    base: base.endsWith("/") ? base.slice(0, -1) : base,
    params: { path: params.path, query: params.query },
    // The credential, spec defaults, the client's headers, this call's, then its parameters and body: the most specific wins.
    headers: mergeHeaders(
      credential.headers,
      spec.accept === undefined ? undefined : { Accept: spec.accept },
      spec.defaultHeaders,
      options.headers,
      headers,
      written,
    ),
    body: sent?.body,
    init: {
      ...rest,
      ...(sent?.body instanceof ReadableStream ? { duplex: "half" } : {}),
      ...(combinedSignal === undefined ? {} : { signal: combinedSignal }),
    },
    middleware: [...(middleware as Middleware[]), ...credential.middleware],
    parseAs,
    fetch:
      viaFeatures === undefined
        ? ((fetch as Fetch | undefined) ?? state.transportFetch)
        : exact
          ? (input) => viaFeatures(new Request(input, { method: spec.method }))
          : viaFeatures,
  };
}
