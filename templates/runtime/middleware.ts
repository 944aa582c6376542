// openapi-fetch's middleware for `<pkg>/operations`, as a transport feature: the same `Middleware`
// objects `createClient` takes (`onRequest`, `onResponse`, `onError`), run as openapi-fetch 0.17 runs
// them, so that a client's middleware moves over unchanged. Also the send of a document whose
// credentials go in the query string or a cookie (auth.ts writes those as middleware).
import { type Outgoing, type Sender, type TransportFeature, writtenSerializers } from "./call.js";
import { answer, outgoingRequest } from "./send.js";
import type { Middleware } from "./types.js";

type Hook = "onRequest" | "onResponse" | "onError";

/** openapi-fetch's `use()`: a missing entry is skipped, anything else must have a hook. */
function checked(middleware: readonly (Middleware | null | undefined)[]): Middleware[] {
  return middleware.filter((entry): entry is Middleware => {
    if (entry && (typeof entry !== "object" || !("onRequest" in entry || "onResponse" in entry || "onError" in entry)))
      throw new Error("Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`");
    return Boolean(entry);
  });
}

/** What a hook gave back, where it is not what openapi-fetch lets it give. */
function wrong(hook: Hook): Error {
  return new Error(
    `${hook}: must return new ${hook === "onRequest" ? "Request() or Response() when modifying the request" : hook === "onResponse" ? "Response() when modifying the response" : "Response() or instance of Error"}`,
  );
}

/** What every hook is given, besides the response or error: the request as it stands. */
interface HookContext {
  request: Request;
  readonly schemaPath: string;
  readonly params: Outgoing["params"];
  readonly options: object;
  readonly id: string;
}

/** A hook of an entry, where it has one: as openapi-fetch, an entry that is not an object, or a hook that is not a function, is passed over. */
function hook(entry: Middleware, name: Hook, context: HookContext, extra: object): Promise<unknown> | unknown {
  const run = entry && typeof entry === "object" ? (entry[name] as unknown) : undefined;
  return typeof run === "function"
    ? (run as (params: object) => unknown).call(entry, { ...context, ...extra })
    : undefined;
}

/** `onRequest` in order: each may give another Request, or a Response that is then the answer (and fetch is not called). */
async function onRequest(all: readonly Middleware[], context: HookContext): Promise<Response | undefined> {
  for (const entry of all) {
    const result = await hook(entry, "onRequest", context, {});
    if (result instanceof Request) context.request = result;
    else if (result instanceof Response) return result;
    else if (result) throw wrong("onRequest");
  }
  return undefined;
}

/** fetch; on a failure, `onError` in reverse order: a Response recovers, an Error replaces the error thrown. */
async function fetchOrRecover(
  all: readonly Middleware[],
  context: HookContext,
  fetch: Outgoing["fetch"],
): Promise<Response> {
  try {
    return await fetch(context.request);
  } catch (error) {
    let failure = error;
    for (const entry of [...all].reverse()) {
      const result = await hook(entry, "onError", context, { error: failure });
      if (result instanceof Response) return result;
      if (result instanceof Error) failure = result;
      else if (result) throw wrong("onError");
    }
    throw failure;
  }
}

/** `onResponse` in reverse order, each given the response as it stands and able to give another. */
async function onResponse(all: readonly Middleware[], context: HookContext, fetched: Response): Promise<Response> {
  let response = fetched;
  for (const entry of [...all].reverse()) {
    const result = await hook(entry, "onResponse", context, { response });
    if (result instanceof Response) response = result;
    else if (result) throw wrong("onResponse");
  }
  return response;
}

/** A send that runs the client's middleware, then each call's own (a credential's among them), as openapi-fetch runs them. */
export const createMiddlewareSend: Sender = (middleware) => {
  const shared = checked(middleware);
  return async (outgoing) => {
    const { fetch, params, parseAs, schemaPath } = outgoing;
    // A call's own entries are not checked as the client's are (openapi-fetch checks only in `use()`).
    const all = [...shared, ...outgoing.middleware];
    const context: HookContext = {
      request: outgoingRequest(outgoing),
      schemaPath,
      params,
      options: Object.freeze({ baseUrl: outgoing.base, fetch, parseAs, ...writtenSerializers(outgoing) }),
      id: Math.random().toString(36).slice(2, 11),
    };
    const early = await onRequest(all, context);
    const response = early ?? (await onResponse(all, context, await fetchOrRecover(all, context, fetch)));
    return answer(context.request, response, parseAs);
  };
};

/** `options.middleware` and each call's `middleware`, run as openapi-fetch runs them: `createTransport(options, middleware)`. */
export const middleware: TransportFeature = { feature: "middleware", sender: createMiddlewareSend };
