import type { ApiModel, OperationModel, ParameterModel } from "../model/api-model.js";
import { parameterStyle } from "../model/resolve-operation.js";
import { authTable, credentialMembers, needsAuthMiddleware, operationSecurity, warnsOfSchemes } from "./auth-view.js";
import type { DocBlock } from "./code-text.js";
import { deprecationText } from "./deprecation-text.js";
import { namedBodies, resultMembers } from "./result-types.js";
import type { TemplateSet } from "./template-engine.js";

interface OperationView {
  readonly methodName: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly requestContentType: string | undefined;
  /** Parameters the runtime must send otherwise than their location's default, as data. */
  readonly params: readonly Record<string, unknown>[] | undefined;
  readonly encodings: Record<string, unknown> | undefined;
  /** The request media type the types default to, when the caller can choose among several. */
  readonly defaultContentType: string | undefined;
  readonly defaultHeaders: readonly { readonly name: string; readonly value: string }[];
  readonly deprecation: { readonly code: string; readonly message: string } | undefined;
  /** Its documented response media types, success first, as the `Accept` header. */
  readonly accept: string | undefined;
  /** The operation's security requirements, where they are not the document's. */
  readonly security: { readonly alternatives: readonly (readonly string[])[] } | undefined;
  /** True when its server-sent events carry JSON `data`. */
  readonly jsonEvents: boolean;
  readonly doc: DocBlock;
  readonly requestType: string;
  readonly resultType: string;
  readonly requestDoc: DocBlock;
  readonly resultDoc: DocBlock;
  /** The result union's members, the last one ending the statement. */
  readonly resultMembers: readonly { readonly text: string; readonly last: boolean }[];
}

/** A parameter's entry in the runtime table: only what differs from its location's default. */
function paramSpec(parameter: ParameterModel): Record<string, unknown> | undefined {
  const defaults = parameterStyle(parameter.in, {});
  const spec: Record<string, unknown> = { in: parameter.in, name: parameter.name };
  if (parameter.contentType !== undefined) return { ...spec, contentType: parameter.contentType };
  if (parameter.style !== defaults.style) spec.style = parameter.style;
  // explode is stated when it differs from what the (possibly non-default) style implies.
  if (parameter.explode !== parameterStyle(parameter.in, { style: parameter.style }).explode)
    spec.explode = parameter.explode;
  if (parameter.allowReserved) spec.allowReserved = true;
  return Object.keys(spec).length === 2 ? undefined : spec;
}

function encodingsOf(operation: OperationModel): Record<string, unknown> | undefined {
  const entries = (operation.requestBody?.media ?? []).filter(
    (media) => Object.keys(media.encoding).length > 0 && (media.kind === "form" || media.kind === "multipart"),
  );
  return entries.length === 0
    ? undefined
    : Object.fromEntries(entries.map((media) => [media.contentType, media.encoding]));
}

function operationDoc(operation: OperationModel): DocBlock {
  const deprecation = deprecationText(operation);
  // The documented error answers, as the spec keys them: 4xx/5xx statuses and patterns, and `default`.
  const errors = operation.responses
    .map((response) => response.key)
    .filter((key) => /^[45]/.test(key) || key === "default")
    .sort();
  const tags = [
    ...(deprecation === undefined ? [] : [{ name: "deprecated", text: deprecation.tag }]),
    ...(operation.replacement?.docsUrl === undefined ? [] : [{ name: "see", text: operation.replacement.docsUrl }]),
  ];
  return {
    paragraphs: [
      operation.summary,
      `\`${operation.httpMethod} ${operation.path}\`${errors.length === 0 ? "" : ` (errors: ${errors.join(", ")})`}`,
      operation.description,
    ],
    tags,
  };
}

export function operationView(
  operation: OperationModel,
  typeNames: ReadonlyMap<string, string>,
  model: ApiModel,
): OperationView {
  const deprecation = deprecationText(operation);
  const security = operationSecurity(operation, model);
  const members = resultMembers(operation, typeNames);
  return {
    requestType: operation.requestTypeName,
    resultType: operation.resultTypeName,
    requestDoc: {
      paragraphs: [
        `The request of \`${operation.methodName}\` (the client's method, and \`<pkg>/operations\`' function): \`params\` (path, query, header), \`body\`, and per-call options.`,
      ],
    },
    resultDoc: {
      paragraphs: [
        `What \`${operation.methodName}\` resolves to: one member per documented status, so \`switch (result.status)\` narrows it (\`status: 0\` is a malformed body).`,
      ],
    },
    resultMembers: members.map((text, index) => ({ text, last: index === members.length - 1 })),
    methodName: operation.methodName,
    httpMethod: operation.httpMethod,
    path: operation.path,
    requestContentType:
      operation.requestContentType?.toLowerCase() === "application/json" ? undefined : operation.requestContentType,
    params: nonEmpty(
      operation.parameters.flatMap((parameter): Record<string, unknown>[] => {
        const spec = paramSpec(parameter);
        return spec === undefined ? [] : [spec];
      }),
    ),
    encodings: encodingsOf(operation),
    defaultContentType: (operation.requestBody?.media.length ?? 0) > 1 ? operation.requestContentType : undefined,
    defaultHeaders: Object.entries(operation.defaultHeaders).map(([name, value]) => ({ name, value })),
    deprecation: deprecation === undefined ? undefined : { code: deprecation.code, message: deprecation.warning },
    security: security === undefined ? undefined : { alternatives: security },
    accept: acceptHeader(operation),
    jsonEvents: operation.responses.some((response) => response.media.some((media) => media.stream?.data === "json")),
    doc: operationDoc(operation),
  };
}

/** The media types the operation's responses document, success first; undefined when it documents none. */
function acceptHeader(operation: OperationModel): string | undefined {
  const success = (key: string): boolean => key.startsWith("2");
  const ordered = [
    ...operation.responses.filter((response) => success(response.key)),
    ...operation.responses.filter((response) => !success(response.key)),
  ];
  const types = [...new Set(ordered.flatMap((response) => response.media.map((media) => media.contentType)))];
  return types.length === 0 ? undefined : types.join(", ");
}

function nonEmpty<T>(list: readonly T[]): readonly T[] | undefined {
  return list.length === 0 ? undefined : list;
}

/** `createClient`'s docs: how the token is sent, and every security scheme the document declares. */
export function createClientDoc(model: ApiModel): DocBlock {
  const auth = model.auth;
  const where = auth?.in === "header" ? `the \`${auth.name}\` header` : `the ${auth?.in} parameter \`${auth?.name}\``;
  const written =
    auth?.kind === "basic"
      ? ' (`Basic base64(token)`: give `"username:password"`)'
      : auth?.kind === "bearer"
        ? " (`Bearer <token>`)"
        : "";
  const token =
    auth === undefined
      ? "The document declares no security scheme the client can send a token by."
      : `\`token\` is sent as ${where}${written}, per the security scheme \`${auth.schemeName}\`. \`credentials\` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.`;
  const schemes =
    model.securityDocs.length === 0
      ? []
      : ["Security schemes of the API:", ...model.securityDocs.map((line) => `- ${line}`)];
  return {
    paragraphs: [
      "Creates a client with one method per operation; see {@link ClientOptions}.",
      token,
      schemes.join("\n"),
    ],
  };
}

/** The static runtime files, rendered from templates/runtime/ into src/runtime/ (and `auth` when the document needs it). */
const RUNTIME_FILES = [
  "types",
  "fetch-types",
  "result",
  "retry",
  "transport",
  "warnings",
  "call",
  "send",
  "outgoing",
  "redact",
  "middleware",
  "fetch-client",
  "credentials",
  "features",
  "client-runtime",
  "media",
  "params",
  "params-plain",
  "body",
  "stream",
  "validation",
] as const;

/**
 * `client.ts` (the Client interface, operation table and createClient), `operation-types.ts` (each
 * operation's request and result types, which client.ts re-exports) and the static runtime.
 */
export function renderClient(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const typeNames = new Map(model.schemas.map((schema) => [schema.name, schema.typeName]));
  const authMiddleware = needsAuthMiddleware(model);
  const credentials = credentialMembers(model);
  const view = {
    defaultBaseUrl: model.defaultBaseUrl,
    authTable: authTable(model),
    credentials,
    typeImports: [
      ...(credentials.length > 0 ? ["Credentials"] : []),
      ...model.operations.flatMap((operation) => [operation.requestTypeName, operation.resultTypeName]),
    ],
    authMiddleware,
    clientDoc: { paragraphs: [`${model.title} ${model.apiVersion}`.trim(), model.description] },
    operations: model.operations.map((operation) => operationView(operation, typeNames, model)),
    schemaImports: namedBodies(model.operations, typeNames),
    createDoc: createClientDoc(model),
    authDeprecation: warnsOfSchemes(model),
  };
  const files = new Map([
    ["src/client.ts", templates.render("client.ts", view)],
    ["src/operation-types.ts", templates.render("operation-types.ts", view)],
  ]);
  for (const file of [...RUNTIME_FILES, ...(authMiddleware ? ["auth"] : [])])
    files.set(`src/runtime/${file}.ts`, templates.render(`runtime/${file}.ts`, {}));
  return files;
}
