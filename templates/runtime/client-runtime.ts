// The spec-independent part of the client: binds the operation table to openapi-fetch.
import createFetchClient, { mergeHeaders, type HeadersOptions, type Middleware } from "openapi-fetch";
import { querystringText, serializeBody } from "./body.js";
import { mediaKind } from "./media.js";
import { serializeCookies, serializeHeaders, serializePath, serializeQuery, type ParamValues } from "./params.js";
import { toResult } from "./result.js";
import { withRetries } from "./retry.js";
import { callSignal, overriddenMethods, withMethodOverride, withoutSecret } from "./transport.js";
import type { AuthSpec, CallOptions, ClientOptions, OperationSpec, OperationTable } from "./types.js";
import { warnOnce, warnServerDeprecation } from "./warnings.js";

interface Defaults {
  readonly baseUrl: string;
  readonly auth: AuthSpec | undefined;
  /** For a query or cookie credential (runtime/auth.ts, emitted only for a document that has one). */
  readonly authMiddleware?: (auth: AuthSpec, token: string) => Middleware;
  /** The warning a call raises (once) when it sends the token by a deprecated security scheme. */
  readonly authDeprecation?: { readonly code: string; readonly message: string };
}

type CallInit = CallOptions & {
  headers?: HeadersOptions;
  signal?: AbortSignal | null;
  parseAs?: string;
  params?: { path?: ParamValues; query?: ParamValues; querystring?: unknown; header?: ParamValues; cookie?: ParamValues };
  body?: unknown;
  contentType?: string;
  [key: string]: unknown;
};
type RequestFn = (method: string, path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

function createTransport(options: ClientOptions, retry: CallOptions["retry"]): (input: Request) => Promise<Response> {
  const base = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  return withRetries(withMethodOverride(base, overriddenMethods(options.methodOverride)), retry ?? options.retry ?? {});
}

/** The query string: the parameters one by one, or an OpenAPI 3.2 `querystring` parameter's value as its media type writes it. */
function querySerializer(spec: OperationSpec, querystring: unknown): (values: ParamValues) => string {
  const whole = spec.params?.find((param) => param.in === "querystring");
  if (whole === undefined) return (values) => serializeQuery(values, spec.params);
  return () => querystringText(querystring, whole.contentType ?? "application/x-www-form-urlencoded", undefined);
}

/**
 * openapi-fetch sends every method in upper case; an additional operation's method is sent as the
 * document spells it (methods are case-sensitive), so its request is remade with that spelling.
 */
function exactMethod(transport: (input: Request) => Promise<Response>, method: string): (input: Request) => Promise<Response> {
  return (input) => transport(new Request(input, { method }));
}

/** What openapi-fetch is given to put this call's parameters and body on the wire as the operation describes them. */
function wireOptions(spec: OperationSpec, init: CallInit): { headers: Record<string, string | null>; options: Record<string, unknown> } {
  const { params, body, contentType: chosen } = init;
  const headers: Record<string, string | null> = serializeHeaders(params?.header, spec.params);
  const cookie = serializeCookies(params?.cookie, spec.params);
  if (cookie !== undefined) headers.Cookie = cookie;
  const options: Record<string, unknown> = {
    params: { path: params?.path, query: params?.query },
    pathSerializer: (path: string, values: ParamValues) => serializePath(path, values, spec.params),
    querySerializer: querySerializer(spec, params?.querystring),
  };
  if (body === undefined) return { headers, options };
  const contentType = chosen ?? spec.requestContentType ?? "application/json";
  const kind = mediaKind(contentType);
  options.body = body;
  options.bodySerializer = (value: unknown) => serializeBody(value, contentType, spec.encodings?.[contentType]);
  if (body instanceof ReadableStream) options.duplex = "half";
  // FormData writes its own Content-Type, with the boundary; a wildcard type takes the Blob's own.
  if (kind === "multipart") headers["Content-Type"] = null;
  else if (!contentType.includes("*")) headers["Content-Type"] = contentType;
  else if (kind === "binary") headers["Content-Type"] = body instanceof Blob && body.type !== "" ? body.type : "application/octet-stream";
  return { headers, options };
}

/** The call's own transport, where it needs one: its own retry policy, or a method spelled otherwise than in upper case. */
function callTransport(spec: OperationSpec, options: ClientOptions, retry: CallOptions["retry"]): { fetch?: (input: Request) => Promise<Response> } {
  const exact = spec.method !== spec.method.toUpperCase();
  if (retry === undefined && !exact) return {};
  const transport = createTransport(options, retry);
  return { fetch: exact ? exactMethod(transport, spec.method) : transport };
}

/** The token as the security scheme places it: a header, or a middleware for a query or cookie credential. */
interface Credential {
  readonly headers: Readonly<Record<string, string>>;
  readonly middleware: readonly Middleware[];
  /** Set when there is a token and its scheme is deprecated. */
  readonly deprecation: { readonly code: string; readonly message: string } | undefined;
}

function callOperation(request: RequestFn, name: string, spec: OperationSpec, options: ClientOptions, init: CallInit, credential: Credential): Promise<object> {
  if (spec.deprecation !== undefined) warnOnce({ ...spec.deprecation, operation: name }, options);
  const { timeoutMs, retry, reconnect, headers, signal, parseAs, params: _params, body: _body, contentType: _contentType, ...rest } = init;
  const wire = wireOptions(spec, init);
  const combinedSignal = callSignal(signal, timeoutMs ?? options.timeoutMs);
  // An operation whose security requirements do not name the client's scheme is sent without the token.
  const sendsCredential = spec.credential !== false;
  if (sendsCredential && credential.deprecation !== undefined) warnOnce({ ...credential.deprecation, operation: name }, options);
  const fetchInit = {
    ...rest,
    ...wire.options,
    // The credential, spec defaults, the client's headers, this call's, then its header parameters: the most specific wins.
    headers: mergeHeaders(sendsCredential ? credential.headers : {}, spec.defaultHeaders, options.headers, headers, wire.headers),
    ...(sendsCredential && credential.middleware.length > 0 ? { middleware: credential.middleware } : {}),
    parseAs: parseAs ?? "stream",
    ...(combinedSignal === undefined ? {} : { signal: combinedSignal }),
    ...callTransport(spec, options, retry),
  };
  // A path written with a fragment (`/web_links/{id}#add_shared_link`) is sent without it: a fragment never reaches a server.
  const path = spec.path.split("#")[0] ?? spec.path;
  const reconnection = reconnect === undefined || reconnect === false ? undefined : {
    reopen: (lastEventId: string) => request(spec.method, path, { ...fetchInit, headers: mergeHeaders(fetchInit.headers, lastEventId === "" ? {} : { "Last-Event-ID": lastEventId }) }).then((answer) => answer.response),
    maxAttempts: (reconnect === true ? undefined : reconnect.maxAttempts) ?? 3,
    delayMs: (reconnect === true ? undefined : reconnect.delayMs) ?? 3000,
  };
  return request(spec.method, path, fetchInit).then(
    (answer) => {
      warnServerDeprecation(name, answer.response, options);
      return toResult(answer, parseAs === undefined, spec.eventData ?? "text", reconnection);
    },
    (error: unknown) => {
      throw withoutSecret(error, options.token);
    },
  );
}

/** Builds the client object: one method per entry of the table, each a call through openapi-fetch. */
export function bindOperations<C>(table: OperationTable<C>, defaults: Defaults, options: ClientOptions): C {
  const { auth } = defaults;
  const token = options.token;
  const credential: Credential = {
    headers: auth !== undefined && auth.in === "header" && token !== undefined ? { [auth.name]: auth.prefix + token } : {},
    middleware: auth !== undefined && token !== undefined && defaults.authMiddleware !== undefined ? [defaults.authMiddleware(auth, token)] : [],
    deprecation: auth !== undefined && token !== undefined ? defaults.authDeprecation : undefined,
  };
  const fetchClient = createFetchClient<Record<string, never>>({
    baseUrl: options.baseUrl ?? defaults.baseUrl,
    fetch: createTransport(options, undefined),
  });
  fetchClient.use(...(options.middleware ?? []));
  const request = fetchClient.request as unknown as RequestFn;
  const client: Record<string, unknown> = {};
  const names = Object.keys(table);
  for (const [name, spec] of Object.entries(table) as [string, OperationSpec][]) {
    const call = (init: CallInit = {}): Promise<object> => callOperation(request, name, spec, options, init, credential);
    // defineProperty, not assignment: a method named like an Object.prototype member stays an own property.
    Object.defineProperty(client, name, { value: call, enumerable: true });
  }
  // What console.log and util.inspect show: the methods, never the options (the token lives only in closures).
  Object.defineProperty(client, Symbol.for("nodejs.util.inspect.custom"), { value: () => `Client { ${names.join(", ")} }` });
  return client as C;
}
