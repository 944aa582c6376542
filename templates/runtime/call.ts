// The core of every call, for `createClient` and for `<pkg>/operations`' standalone functions
// alike: headers, credential, signal, method, openapi-fetch, the result. Everything else comes in
// as parts that a caller names: how an operation's parameters, body and answer go on the wire
// (`Wire`), and what a transport adds to every call (`TransportFeature`: retries, method override,
// server deprecation notices). This module imports none of them, so a bundle carries only those
// an operation or a transport names.
import createFetchClient, { type HeadersOptions, type Middleware, mergeHeaders } from "openapi-fetch";
import type { Encodings } from "./body.js";
import {
  type AuthTable,
  chooseCredentials,
  credentialText,
  type GivenCredentials,
  givenCredentials,
  secretsOf,
} from "./credentials.js";
import { jsonBodyText } from "./media.js";
import { keepErrorText, type SuccessDecoder, toResult } from "./result.js";
import type { AuthSpec, CallOptions, ClientOptions, ClientWarning, OperationSpec, RequiredKeys } from "./types.js";

export type Fetch = (request: Request) => Promise<Response>;
export type ParamValues = Readonly<Record<string, unknown>> | undefined;

/** How one operation's parameters, body and answer are written and read, where the core's plain JSON is not enough. */
export interface Wire {
  readonly path?: (path: string, values: ParamValues, specs: OperationSpec["params"]) => string;
  readonly query?: (values: ParamValues, spec: OperationSpec, querystring: unknown) => string;
  readonly headers?: (values: ParamValues, specs: OperationSpec["params"]) => Record<string, string>;
  readonly cookies?: (values: ParamValues, specs: OperationSpec["params"]) => string | undefined;
  /** Tells the caller of cookie parameters that this runtime's fetch cannot send (a browser's). */
  readonly unsentCookies?: (operation: string, values: ParamValues, options: ClientOptions) => void;
  /** A body of any other media type than JSON, and the Content-Type it goes with (null: fetch's own, as for FormData). */
  readonly body?: (
    value: unknown,
    contentType: string,
    encodings: Encodings | undefined,
  ) => { body: BodyInit; contentType: string | null };
  /** Success bodies read otherwise than JSON/text/Blob (a stream), given how to send the request again (a reconnection) and the call's `reconnect`. */
  readonly success?: (
    spec: OperationSpec,
    resend: (headers: Record<string, string>) => Promise<Response>,
    reconnect: CallOptions["reconnect"],
  ) => SuccessDecoder;
  /** Raises a deprecated operation's warning (once). */
  readonly warn?: (warning: ClientWarning, options: ClientOptions) => void;
}

/** A part a transport adds to every call; `createClient` has them all, `createTransport` those it is given. */
export interface TransportFeature {
  readonly feature: "retries" | "methodOverride" | "serverDeprecations" | "validation";
  readonly wrapFetch?: (fetch: Fetch, options: ClientOptions, retry: CallOptions["retry"]) => Fetch;
  readonly onResponse?: (operation: string, response: Response, options: ClientOptions) => void;
  /** Looks at a call's request before anything is sent; throws to refuse it. */
  readonly checkRequest?: (operation: string, spec: OperationSpec, init: CallInit, options: ClientOptions) => void;
  /** Looks at a call's result, and may give another in its place. */
  readonly checkResult?: (operation: string, result: object, init: CallInit, options: ClientOptions) => object;
}

export interface TransportDefaults {
  readonly baseUrl: string;
  readonly auth: AuthTable | undefined;
  /** For a query or cookie credential (runtime/auth.ts, emitted only for a document that has one), given its text. */
  readonly authMiddleware?: (auth: AuthSpec, text: string) => Middleware;
  /** Raises the warning (once) of a deprecated security scheme a call sends a credential by. */
  readonly warn?: (warning: ClientWarning, options: ClientOptions) => void;
}

/** The client's options and a credential per security scheme, which the generated client types by the document's schemes. */
export type TransportOptions = ClientOptions & { readonly credentials?: GivenCredentials | undefined };

export type CallInit = CallOptions & {
  headers?: HeadersOptions;
  signal?: AbortSignal | null;
  parseAs?: string;
  params?: {
    path?: ParamValues;
    query?: ParamValues;
    querystring?: unknown;
    header?: ParamValues;
    cookie?: ParamValues;
  };
  body?: unknown;
  contentType?: string;
  [key: string]: unknown;
};

/**
 * A function of `<pkg>/operations`: the transport, then the request (optional when nothing in it is
 * required), as one signature an editor shows on one line.
 */
export type OperationFunction<Request, Result> =
  RequiredKeys<Request> extends never
    ? (transport: Transport, init?: Request) => Promise<Result>
    : (transport: Transport, init: Request) => Promise<Result>;

/** What every call of a client or transport shares; the options and token live only here and in closures. */
export interface Transport {
  /** `init` is the operation's own request type (which an index signature would not accept), read as a CallInit. */
  call(name: string, spec: OperationSpec, init: object | undefined, wire: Wire): Promise<object>;
}

type RequestFn = (
  method: string,
  path: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The caller's signal and the timeout, as one signal; undefined when there is neither. */
export function callSignal(
  signal: AbortSignal | null | undefined,
  timeoutMs: number | undefined,
): AbortSignal | undefined {
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  if (signal == null) return timeout;
  return timeout === undefined ? signal : AbortSignal.any([signal, timeout]);
}

/**
 * A secret as a message may carry it. One of 8 characters or more is redacted wherever it stands; a
 * shorter one only as a whole word at the edges where it is a word itself, so a token `t` does not
 * turn "Failed to fetch" into "Failed [redacted]o fe[redacted]ch".
 */
function secretPattern(secret: string): RegExp {
  const escaped = secret.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
  if (secret.length >= 8) return new RegExp(escaped, "g");
  const before = /^\w/.test(secret) ? "(?<!\\w)" : "";
  const after = /\w$/.test(secret) ? "(?!\\w)" : "";
  return new RegExp(`${before}${escaped}${after}`, "g");
}

/** A secret and how a URL or form writes it (a query or cookie credential is percent-encoded there). */
function secretForms(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), new URLSearchParams([["", secret]]).toString().slice(1)];
  return [...new Set(forms)].filter((form) => form !== "");
}

/** An error whose text mentions a secret is replaced by one that does not (and has no cause to leak it through). */
export function withoutSecret(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof Error)) return error;
  const patterns = secrets.flatMap(secretForms).map(secretPattern);
  const texts = [error.message, error.stack ?? "", String((error as { cause?: unknown }).cause ?? "")];
  if (!patterns.some((pattern) => texts.some((text) => text.search(pattern) !== -1))) return error;
  const cleaned = new Error(
    patterns.reduce((message, pattern) => message.replace(pattern, "[redacted]"), error.message),
  );
  cleaned.name = error.name;
  return cleaned;
}

/** The credentials this call sends: headers, and a middleware each for a query or cookie one. */
function callCredentials(
  defaults: TransportDefaults,
  spec: OperationSpec,
  given: GivenCredentials,
): { headers: Record<string, string>; middleware: Middleware[]; deprecations: NonNullable<AuthSpec["deprecation"]>[] } {
  const { auth, authMiddleware } = defaults;
  const sent = auth === undefined ? [] : chooseCredentials(auth, spec.security, given);
  const headers: Record<string, string> = {};
  const middleware: Middleware[] = [];
  for (const [scheme, credential] of sent) {
    const text = credentialText(scheme, credential);
    if (scheme.in === "header") headers[scheme.name] = text;
    else if (authMiddleware !== undefined) middleware.push(authMiddleware(scheme, text));
  }
  const deprecations = sent.flatMap(([scheme]) => scheme.deprecation ?? []);
  return { headers, middleware, deprecations };
}

/** What openapi-fetch is given to put this call's parameters and body on the wire as the operation describes them. */
function wireOptions(
  spec: OperationSpec,
  init: CallInit,
  wire: Wire,
): { headers: Record<string, string | null>; options: Record<string, unknown> } {
  const { params, body, contentType: chosen } = init;
  const headers: Record<string, string | null> = wire.headers?.(params?.header, spec.params) ?? {
    ...(params?.header as Record<string, string> | undefined),
  };
  const cookie = wire.cookies?.(params?.cookie, spec.params);
  if (cookie !== undefined) headers.Cookie = cookie;
  // Not `params.header`: openapi-fetch would merge its raw values over the serialized headers.
  const options: Record<string, unknown> = { params: { path: params?.path, query: params?.query } };
  if (wire.path !== undefined)
    options.pathSerializer = (path: string, values: ParamValues) => wire.path?.(path, values, spec.params) ?? path;
  if (wire.query !== undefined)
    options.querySerializer = (values: ParamValues) => wire.query?.(values, spec, params?.querystring) ?? "";
  if (body === undefined) return { headers, options };
  const contentType = chosen ?? spec.requestContentType ?? "application/json";
  options.body = body;
  if (wire.body === undefined) {
    // JSON, the core's own: an operation with any other media type names body.ts's writer.
    options.bodySerializer = jsonBodyText;
    headers["Content-Type"] = contentType;
    return { headers, options };
  }
  const sent = wire.body(body, contentType, spec.encodings?.[contentType]);
  options.bodySerializer = () => sent.body;
  if (body instanceof ReadableStream) options.duplex = "half";
  headers["Content-Type"] = sent.contentType;
  return { headers, options };
}

/** The call's own fetch: the transport's features around it (its own retry policy), and a method spelled otherwise than in upper case remade with that spelling (openapi-fetch upper-cases every method). */
function callFetch(
  spec: OperationSpec,
  base: (retry: CallOptions["retry"]) => Fetch,
  retry: CallOptions["retry"],
): { fetch?: Fetch } {
  const exact = spec.method !== spec.method.toUpperCase();
  if (retry === undefined && !exact) return {};
  const transport = base(retry);
  return { fetch: exact ? (input) => transport(new Request(input, { method: spec.method })) : transport };
}

/** An option whose feature the transport was not given would silently do nothing: it is refused instead. */
function requireFeature(
  features: readonly TransportFeature[],
  feature: TransportFeature["feature"],
  option: string,
  given: unknown,
): void {
  if (given === undefined || given === false || features.some((entry) => entry.feature === feature)) return;
  throw new TypeError(`\`${option}\` needs the ${feature} feature: createTransport(options, ${feature})`);
}

/** Every call's shared state: openapi-fetch's client, the credential, the features' fetch. */
export function createCallTransport(
  defaults: TransportDefaults,
  options: TransportOptions,
  features: readonly TransportFeature[],
): Transport {
  requireFeature(features, "retries", "retry", options.retry);
  requireFeature(features, "methodOverride", "methodOverride", options.methodOverride);
  requireFeature(features, "validation", "validate", options.validate);
  const { auth } = defaults;
  const supplied: GivenCredentials =
    auth === undefined ? {} : givenCredentials(auth, options.token, options.credentials);
  const secrets = auth === undefined ? [options.token ?? ""] : secretsOf(auth, supplied);
  const baseFetch: Fetch = options.fetch ?? ((request) => globalThis.fetch(request));
  const fetchFor = (retry: CallOptions["retry"]): Fetch =>
    keepErrorText(features.reduce((fetch, feature) => feature.wrapFetch?.(fetch, options, retry) ?? fetch, baseFetch));
  const fetchClient = createFetchClient<Record<string, never>>({
    baseUrl: options.baseUrl ?? defaults.baseUrl,
    fetch: fetchFor(undefined),
  });
  fetchClient.use(...(options.middleware ?? []));
  const request = fetchClient.request as unknown as RequestFn;
  // async: a refusal (an option without its feature) is a rejected promise, as every other failure of a call.
  const call = async (name: string, spec: OperationSpec, given: object = {}, wire: Wire = {}): Promise<object> => {
    const init = given as CallInit;
    if (spec.deprecation !== undefined) wire.warn?.({ ...spec.deprecation, operation: name }, options);
    const {
      timeoutMs,
      retry,
      reconnect,
      validate,
      headers,
      signal,
      parseAs,
      params: _params,
      body: _body,
      contentType: _contentType,
      ...rest
    } = init;
    requireFeature(features, "retries", "retry", retry);
    requireFeature(features, "validation", "validate", validate);
    for (const feature of features) feature.checkRequest?.(name, spec, init, options);
    const onWire = wireOptions(spec, init, wire);
    wire.unsentCookies?.(name, init.params?.cookie, options);
    const combinedSignal = callSignal(signal, timeoutMs ?? options.timeoutMs);
    // The first of the operation's security requirements the caller has every credential for.
    const credentials = callCredentials(defaults, spec, supplied);
    for (const deprecation of credentials.deprecations) defaults.warn?.({ ...deprecation, operation: name }, options);
    const fetchInit = {
      ...rest,
      ...onWire.options,
      // The credential, spec defaults, the client's headers, this call's, then its header parameters: the most specific wins.
      headers: mergeHeaders(
        credentials.headers,
        spec.accept === undefined ? undefined : { Accept: spec.accept },
        spec.defaultHeaders,
        options.headers,
        headers,
        onWire.headers,
      ),
      ...(credentials.middleware.length > 0 ? { middleware: credentials.middleware } : {}),
      parseAs: parseAs ?? "stream",
      ...(combinedSignal === undefined ? {} : { signal: combinedSignal }),
      ...callFetch(spec, fetchFor, retry),
    };
    // A path written with a fragment (`/web_links/{id}#add_shared_link`) is sent without it: a fragment never reaches a server.
    const path = spec.path.split("#")[0] ?? spec.path;
    const resend = (extra: Record<string, string>): Promise<Response> =>
      request(spec.method, path, { ...fetchInit, headers: mergeHeaders(fetchInit.headers, extra) }).then(
        (answer) => answer.response,
      );
    const decoder = wire.success?.(spec, resend, reconnect);
    return request(spec.method, path, fetchInit).then(
      (answer) => {
        for (const feature of features) feature.onResponse?.(name, answer.response, options);
        return toResult(answer, parseAs === undefined, decoder).then((result) =>
          features.reduce((current, feature) => feature.checkResult?.(name, current, init, options) ?? current, result),
        );
      },
      (error: unknown) => {
        throw withoutSecret(error, secrets);
      },
    );
  };
  return { call };
}
