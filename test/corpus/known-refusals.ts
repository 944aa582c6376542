// The first judge's (express-openapi-validator's) named limits: where one applies to a refusal, the
// request is judged again by the second judge (`wire-judge.ts`), whose verdict counts. A limit is a
// fact about the validator, never about our client: the second judge still refuses a wrong request.
// Anything the first judge refuses that no limit explains fails `npm run corpus`, as does anything
// the second judge refuses, except requests that no fetch client can send (`unsendable`).

interface TableParameter {
  readonly name: string;
  readonly in: string;
  readonly schema: unknown;
}

export interface RefusalContext {
  readonly document: Record<string, unknown>;
  readonly documentName: string;
  readonly operation: {
    readonly name: string;
    readonly method: string;
    readonly path: string;
    readonly parameters: readonly TableParameter[];
    readonly requestBody?: { readonly required: boolean; readonly media: readonly { readonly contentType: string }[] };
  };
  /** The status the validator answered with (500: it failed on the document itself), if it answered. */
  readonly firstStatus: number | undefined;
  /** `status message`, as the client saw the answer. */
  readonly firstSaid: string;
}

export interface JudgeLimit {
  readonly name: string;
  readonly reason: string;
  applies(context: RefusalContext): boolean;
}

/** A schema's `type`, when the table's schema says it directly (the operation table's schemas are resolved). */
function typeOf(schema: unknown): unknown {
  return typeof schema === "object" && schema !== null ? (schema as { type?: unknown }).type : undefined;
}

function isObjectSchema(schema: unknown): boolean {
  const record = typeof schema === "object" && schema !== null ? (schema as Record<string, unknown>) : {};
  return typeOf(schema) === "object" || record.properties !== undefined || record.additionalProperties !== undefined;
}

const refusedParameter = (said: string): boolean => /request\/(params|query|headers|cookies)\//.test(said);
const refusedBody = (said: string): boolean => /request\/body|request\.body/.test(said);

/** `'type' must be equal to one of the allowed values: A, B`, where A, B… are the document's schema names. */
function tagsAreSchemaNames(document: Record<string, unknown>, said: string): boolean {
  const listed = /must be equal to one of the allowed values: (.+?)\.?$/.exec(said)?.[1];
  const components = document.components as { schemas?: Record<string, unknown> } | undefined;
  if (listed === undefined || components?.schemas === undefined) return false;
  return listed.split(", ").every((name) => Object.hasOwn(components.schemas ?? {}, name));
}

export const JUDGE_LIMITS: readonly JudgeLimit[] = [
  {
    name: "cannot load the document",
    reason: "express-openapi-validator fails on the document itself (a 500 of its own, quoted) and judges nothing",
    applies: ({ firstStatus }) => firstStatus === 500,
  },
  {
    name: "routes by fragment",
    reason:
      "paths that differ only by a `#fragment` (never sent: RFC 3986) are one route to its router, so it judges the request against another operation",
    applies: ({ operation }) => operation.path.includes("#"),
  },
  {
    name: "bracketed parameter name",
    reason:
      "a parameter named with brackets (`include[]`): Express's query parser reads the brackets as its own list syntax and the validator then looks for `include`",
    applies: ({ operation }) =>
      operation.parameters.some((parameter) => parameter.in === "query" && /\[/.test(parameter.name)),
  },
  {
    name: "exploded object in the query",
    reason:
      "an object parameter in the default form style is exploded: its properties become query parameters of their own (as the specification says), which the validator cannot tell from unknown ones, nor read when nested",
    applies: ({ operation, firstSaid }) =>
      (refusedParameter(firstSaid) || /^400 Unknown query parameter/.test(firstSaid)) &&
      operation.parameters.some(
        // A `$ref` or a union (`anyOf: [object, null]`) may be an object too.
        (parameter) =>
          parameter.in === "query" && (isObjectSchema(parameter.schema) || typeOf(parameter.schema) === undefined),
      ),
  },
  {
    name: "cookie list",
    reason:
      "it reads a cookie's value as one string, so a list or an object in a cookie (form style) never matches its schema",
    applies: ({ operation, firstSaid }) =>
      /cookie/i.test(firstSaid) &&
      operation.parameters.some((parameter) => parameter.in === "cookie" && typeOf(parameter.schema) !== "string"),
  },
  {
    name: "read-only path parameter",
    reason:
      "it applies a parameter schema's `readOnly` (an annotation for properties) to the request, which makes the parameter impossible to send",
    applies: ({ firstSaid }) => refusedParameter(firstSaid) && /is read-only/.test(firstSaid),
  },
  {
    name: "coerces a parameter into every oneOf branch",
    reason:
      "it coerces a parameter's text in place for each branch, so text that one branch reads as a number and another as a string matches both",
    applies: ({ firstSaid }) => refusedParameter(firstSaid) && /must match exactly one schema in oneOf/.test(firstSaid),
  },
  {
    name: "multipart part carrying JSON",
    reason:
      "it reads every file part of a multipart body as an empty string, so a part that carries JSON (or a list of them) cannot pass its schema",
    applies: ({ operation, firstSaid }) =>
      refusedBody(firstSaid) &&
      (operation.requestBody?.media ?? []).some((media) => /^multipart\//i.test(media.contentType)),
  },
  {
    name: "GET body in OpenAPI 3.0",
    reason:
      "it requires the requestBody of a 3.0 GET, HEAD or DELETE, which OpenAPI 3.0 says consumers SHALL ignore (fetch cannot send one with GET)",
    applies: ({ document, operation, firstSaid }) =>
      String(document.openapi).startsWith("3.0") &&
      /^(GET|HEAD|DELETE)$/.test(operation.method) &&
      (refusedBody(firstSaid) || /unsupported media type/.test(firstSaid)),
  },
  {
    name: "discriminator as a rule",
    reason:
      "it enforces a discriminator's implicit mapping (schema names as tags) even where each branch's own enum allows only another value; OpenAPI 3.1.1 says a discriminator must not change the validation outcome",
    applies: ({ document, firstSaid }) => tagsAreSchemaNames(document, firstSaid),
  },
];

export function judgeLimit(context: RefusalContext): JudgeLimit | undefined {
  return JUDGE_LIMITS.find((limit) => limit.applies(context));
}

/** Why no fetch client can send this operation's request as the document says (both judges then refuse it), if so. */
export function unsendable(operation: RefusalContext["operation"]): string | undefined {
  return /^(GET|HEAD)$/.test(operation.method) && operation.requestBody?.required === true
    ? `the document requires a body on a ${operation.method}, which fetch cannot send (OpenAPI 3.1 allows one, without semantics)`
    : undefined;
}
