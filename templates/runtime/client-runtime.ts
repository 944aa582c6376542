// The spec-independent part of `createClient`: the operation table bound to one transport with
// every runtime part on (see call.ts): each operation's parameters, body and answer as it
// describes them, retries, method override, deprecation warnings, streams, sent by openapi-fetch.
import { querystringText, wireBody } from "./body.js";
import { type CallInit, createCallTransport, type TransportDefaults, type Wire } from "./call.js";
import { base64, everyScheme } from "./credentials.js";
import { methodOverride, retries, serverDeprecations } from "./features.js";
import { openapiFetchSend } from "./fetch-client.js";
import {
  type ParamValues,
  serializeCookies,
  serializeHeaders,
  serializePath,
  serializeQuery,
  unsentCookies,
} from "./params.js";
import { streamingWire } from "./stream.js";
import type { OperationSpec, OperationTable } from "./types.js";
import { validation } from "./validation.js";
import { warnOnce } from "./warnings.js";

/** The query string: the parameters one by one, or an OpenAPI 3.2 `querystring` parameter's value as its media type writes it. */
export function fullQuery(values: ParamValues, spec: OperationSpec, querystring: unknown): string {
  const whole = spec.params?.find((param) => param.in === "querystring");
  return whole === undefined
    ? serializeQuery(values, spec.params)
    : querystringText(querystring, whole.contentType ?? "application/x-www-form-urlencoded", undefined);
}

/** Every way on and off the wire: what `createClient` gives each operation. */
export const FULL_WIRE: Wire = {
  path: serializePath,
  query: fullQuery,
  headers: serializeHeaders,
  cookies: serializeCookies,
  unsentCookies,
  body: wireBody,
  success: streamingWire,
  warn: warnOnce,
};

/** Builds the client object: one method per entry of the table, each a call through openapi-fetch. */
export function bindOperations<C>(
  table: OperationTable<C>,
  defaults: Omit<TransportDefaults, "warn" | "policy" | "base64">,
  options: Parameters<typeof createCallTransport>[1],
): C {
  // Method override wraps the network fetch, retries wrap that: a retried request is overridden again.
  const transport = createCallTransport(
    { ...defaults, warn: warnOnce, policy: everyScheme, base64 },
    options,
    // openapi-fetch runs the middleware itself: the feature is named so that the option is not refused.
    [methodOverride, retries, serverDeprecations, validation, { feature: "middleware" }],
    openapiFetchSend,
  );
  const client: Record<string, unknown> = {};
  const names = Object.keys(table);
  for (const [name, spec] of Object.entries(table) as [string, OperationSpec][]) {
    const call = (init?: CallInit): Promise<object> => transport.call(name, spec, init, FULL_WIRE);
    // defineProperty, not assignment: a method named like an Object.prototype member stays an own property.
    Object.defineProperty(client, name, { value: call, enumerable: true });
  }
  // What console.log and util.inspect show: the methods, never the options (the token lives only in closures).
  Object.defineProperty(client, Symbol.for("nodejs.util.inspect.custom"), {
    value: () => `Client { ${names.join(", ")} }`,
  });
  return client as C;
}
