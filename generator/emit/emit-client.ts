import type { ApiModel, OperationModel, ParameterModel } from "../model/api-model.js";
import { parameterStyle } from "../model/resolve-operation.js";
import type { DocBlock } from "./code-text.js";
import { authDeprecationSpec, deprecationText } from "./deprecation-text.js";
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
  /** False when the operation's requirements do not name the client's scheme. */
  readonly credential: boolean;
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
  schemeName: string | undefined,
): OperationView {
  const deprecation = deprecationText(operation);
  const members = resultMembers(operation, typeNames);
  return {
    requestType: operation.requestTypeName,
    resultType: operation.resultTypeName,
    requestDoc: {
      paragraphs: [
        `The request of {@link Client.${operation.methodName}}: \`params\` (path, query, header), \`body\`, and per-call options.`,
      ],
    },
    resultDoc: {
      paragraphs: [
        `What {@link Client.${operation.methodName}} resolves to: one member per documented status, so \`switch (result.status)\` narrows it (\`status: 0\` is a malformed body).`,
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
    credential:
      schemeName === undefined ||
      operation.securitySchemes === undefined ||
      operation.securitySchemes.includes(schemeName),
    jsonEvents: operation.responses.some((response) => response.media.some((media) => media.stream?.data === "json")),
    doc: operationDoc(operation),
  };
}

function nonEmpty<T>(list: readonly T[]): readonly T[] | undefined {
  return list.length === 0 ? undefined : list;
}

/** `createClient`'s docs: how the token is sent, and every security scheme the document declares. */
export function createClientDoc(model: ApiModel): DocBlock {
  const auth = model.auth;
  const token =
    auth === undefined
      ? "The document declares no security scheme the client can send a token by."
      : `\`token\` is sent as ${auth.in === "header" ? `the \`${auth.name}\` header` : `the ${auth.in} parameter \`${auth.name}\``}${auth.prefix === "" ? "" : ` (\`${auth.prefix.trim()} <token>\`)`}, per the security scheme \`${auth.schemeName}\`.`;
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
  "result",
  "retry",
  "transport",
  "warnings",
  "call",
  "features",
  "client-runtime",
  "media",
  "params",
  "params-plain",
  "body",
  "stream",
  "validation",
] as const;

/** `client.ts` (the Client interface, operation table and createClient) and the static runtime. */
export function renderClient(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const typeNames = new Map(model.schemas.map((schema) => [schema.name, schema.typeName]));
  // Query and cookie credentials need a middleware; a header credential is a default header.
  const authMiddleware = model.auth !== undefined && model.auth.in !== "header";
  const view = {
    defaultBaseUrl: model.defaultBaseUrl,
    auth: model.auth,
    authMiddleware,
    clientDoc: { paragraphs: [`${model.title} ${model.apiVersion}`.trim(), model.description] },
    operations: model.operations.map((operation) => operationView(operation, typeNames, model.auth?.schemeName)),
    schemaImports: namedBodies(model.operations, typeNames),
    createDoc: createClientDoc(model),
    authDeprecation: authDeprecationSpec(model),
  };
  const files = new Map([["src/client.ts", templates.render("client.ts", view)]]);
  for (const file of [...RUNTIME_FILES, ...(authMiddleware ? ["auth"] : [])])
    files.set(`src/runtime/${file}.ts`, templates.render(`runtime/${file}.ts`, {}));
  return files;
}
