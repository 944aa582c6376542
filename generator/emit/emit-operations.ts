// `src/operations.ts`, the tree-shakable entry `<pkg>/operations`: `createTransport` and one
// standalone function per operation. Each function names the runtime parts its operation needs
// (plain or styled parameters, a body serializer, a stream decoder, a deprecation warning), so a
// bundle that calls one operation carries that operation's parts and no operation table.
import type { ApiModel, OperationModel } from "../model/api-model.js";
import { mediaKind } from "../model/media-kind.js";
import { isIdentifier, uniqueNames } from "../model/naming.js";
import { authTable, credentialMembers, needsAuthMiddleware, warnsOfSchemes } from "./auth-view.js";
import { createClientDoc, operationView } from "./emit-client.js";
import type { TemplateSet } from "./template-engine.js";

/** The runtime parts a function may name: the import's module and its local alias (`$` never starts a method name). */
const PARTS = {
  plainPath: "params-plain",
  plainQuery: "params-plain",
  plainHeaders: "params-plain",
  serializePath: "params",
  serializeHeaders: "params",
  serializeCookies: "params",
  unsentCookies: "params",
  fullQuery: "client-runtime",
  wireBody: "body",
  jsonBody: "media",
  streamSuccess: "stream",
  warnOnce: "warnings",
} as const;
type Part = keyof typeof PARTS;
/** The slots of call.ts's `Wire` a function fills. */
type WireParts = Partial<
  Record<"path" | "query" | "headers" | "cookies" | "unsentCookies" | "body" | "success" | "warn", Part>
>;

/** Names the entry exports itself, which a function steps aside for. */
const ENTRY_NAMES = new Set([
  "createTransport",
  "retries",
  "methodOverride",
  "serverDeprecations",
  "DEFAULT_BASE_URL",
  "Transport",
  "TransportFeature",
  "OperationFunction",
  "validation",
  "middleware",
]);

/** The wire parts of one operation: plain serializers where every parameter is in its location's default style, the full ones otherwise. */
function wireParts(operation: OperationModel, styled: boolean): WireParts {
  const has = (location: string): boolean => operation.parameters.some((parameter) => parameter.in === location);
  const plain = !styled && !has("cookie") && !has("querystring");
  const parts: WireParts = {};
  if (has("path")) parts.path = plain ? "plainPath" : "serializePath";
  if (has("query") || has("querystring")) parts.query = plain ? "plainQuery" : "fullQuery";
  if (has("header")) parts.headers = plain ? "plainHeaders" : "serializeHeaders";
  if (has("cookie")) {
    parts.cookies = "serializeCookies";
    parts.unsentCookies = "unsentCookies";
  }
  // JSON alone is media.ts's small writer; any other media type (a wildcard one too) is body.ts's.
  const bodies = operation.requestBody?.media ?? [];
  if (
    bodies.some(
      (media) =>
        mediaKind(media.contentType) !== "json" || media.contentType.includes("*") || media.stream !== undefined,
    )
  )
    parts.body = "wireBody";
  else if (bodies.length > 0) parts.body = "jsonBody";
  if (operation.responses.some((response) => response.media.some((media) => media.stream !== undefined)))
    parts.success = "streamSuccess";
  if (operation.deprecated || operation.replacement !== undefined) parts.warn = "warnOnce";
  return parts;
}

/** Each operation's function name in the entry: its method name, unless that is a reserved word or one of the entry's own names. */
/** One scheme, in a header, neither HTTP Basic nor deprecated: the transport needs only its own small credential policy (credentials.ts `oneScheme`). */
function onlyHeaderScheme(model: ApiModel): boolean {
  const [scheme, ...others] = model.authSchemes;
  return (
    scheme !== undefined &&
    others.length === 0 &&
    scheme.kind !== "basic" &&
    scheme.in === "header" &&
    scheme.deprecation === undefined
  );
}

export function operationFunctionNames(model: ApiModel): string[] {
  return uniqueNames(
    model.operations.map((operation) =>
      isIdentifier(operation.methodName) && !ENTRY_NAMES.has(operation.methodName)
        ? operation.methodName
        : `${operation.methodName}Operation`,
    ),
    ENTRY_NAMES,
  );
}

export function renderOperations(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const typeNames = new Map(model.schemas.map((schema) => [schema.name, schema.typeName]));
  const functionNames = operationFunctionNames(model);
  const used = new Set<Part>();
  const operations = model.operations.map((operation, index) => {
    const view = operationView(operation, typeNames, model);
    const parts = wireParts(operation, view.params !== undefined);
    for (const part of Object.values(parts)) used.add(part);
    const wire = Object.entries(parts).map(([slot, part]) => `${slot}: $${part}`);
    return {
      ...view,
      functionName: functionNames[index] ?? operation.methodName,
      wire: wire.length === 0 ? "{}" : `{ ${wire.join(", ")} }`,
    };
  });
  const byModule = new Map<string, Part[]>();
  for (const part of [...used].sort()) byModule.set(PARTS[part], [...(byModule.get(PARTS[part]) ?? []), part]);
  const imports = [...byModule.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([module, parts]) => ({
      module,
      names: parts.map((part) => `${part === "streamSuccess" ? "streamingWire" : part} as $${part}`).join(", "),
    }));
  const authMiddleware = needsAuthMiddleware(model);
  const basicAuth = model.authSchemes.some((scheme) => scheme.kind === "basic");
  const createDoc = createClientDoc(model);
  const transportDoc = {
    paragraphs: [
      "What every call of these functions shares: the same options as `createClient`. Retries, method override, server deprecation notices and openapi-fetch's middleware are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations, middleware)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`, `middleware`) is refused.",
      ...(createDoc.paragraphs ?? []).slice(1),
    ],
  };
  return new Map([
    [
      "src/operations.ts",
      templates.render("operations.ts", {
        operations,
        imports,
        authTable: authTable(model),
        credentials: credentialMembers(model),
        authMiddleware,
        authDeprecation: warnsOfSchemes(model),
        basicAuth,
        policy: onlyHeaderScheme(model) ? "oneScheme" : "everyScheme",
        defaultBaseUrl: model.defaultBaseUrl,
        transportDoc,
      }),
    ],
  ]);
}
