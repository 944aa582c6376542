// What the client and `<pkg>/operations` state about credentials: the runtime's table of schemes
// (runtime/credentials.ts), each operation's requirements where they differ from the document's,
// and the `Credentials` type that names what each scheme needs.
import type { ApiModel, AuthModel, OperationModel } from "../model/api-model.js";
import type { DocBlock } from "./code-text.js";
import { schemeDeprecationSpec } from "./deprecation-text.js";

/** The runtime's `AuthTable`, as data for `lit`; undefined for a document with no scheme the client can send. */
export function authTable(model: ApiModel): Record<string, unknown> | undefined {
  if (model.auth === undefined) return undefined;
  const schemes = Object.fromEntries(
    model.authSchemes.map((scheme) => [
      scheme.schemeName,
      {
        in: scheme.in,
        name: scheme.name,
        prefix: scheme.prefix,
        ...(scheme.kind === "basic" ? { basic: true } : {}),
        deprecation: schemeDeprecationSpec(scheme),
      },
    ]),
  );
  return { schemes, defaultScheme: model.auth.schemeName, security: model.security };
}

/** The operation's requirements for its runtime entry, only where they are not the document's. */
export function operationSecurity(
  operation: OperationModel,
  model: ApiModel,
): readonly (readonly string[])[] | undefined {
  if (model.auth === undefined) return undefined;
  const own = operation.securityRequirements;
  return own === undefined || JSON.stringify(own) === JSON.stringify(model.security) ? undefined : own;
}

/** Query and cookie credentials need runtime/auth.ts's middleware; header ones are headers. */
export function needsAuthMiddleware(model: ApiModel): boolean {
  return model.authSchemes.some((scheme) => scheme.in !== "header");
}

function credentialDoc(scheme: AuthModel, isDefault: boolean): DocBlock {
  const where =
    scheme.in === "header" ? `the \`${scheme.name}\` header` : `the ${scheme.in} parameter \`${scheme.name}\``;
  const what =
    scheme.kind === "basic"
      ? `HTTP Basic: a username and password, sent in ${where} as \`Basic base64(username:password)\``
      : scheme.kind === "bearer"
        ? `a bearer token, sent in ${where} as \`Bearer <token>\``
        : `an API key, sent in ${where}`;
  return { paragraphs: [`\`${scheme.schemeName}\`: ${what}.${isDefault ? " Also what `token` gives." : ""}`] };
}

/** The members of the generated `Credentials` type: one optional member per scheme, typed by what it needs. */
export function credentialMembers(
  model: ApiModel,
): readonly { readonly key: string; readonly type: string; readonly doc: DocBlock }[] {
  if (model.auth === undefined) return [];
  return model.authSchemes.map((scheme) => ({
    key: scheme.schemeName,
    type: scheme.kind === "basic" ? "Runtime.BasicCredential" : "string",
    doc: credentialDoc(scheme, scheme.schemeName === model.auth?.schemeName),
  }));
}

/**
 * What the mock requires of a request to the operation: alternatives, each the credentials it must
 * carry together (where and under what name); undefined when it requires nothing, or names a
 * scheme the client cannot send (then nothing can be judged).
 */
export function mockCredentials(
  operation: OperationModel,
  model: ApiModel,
): readonly (readonly { readonly in: string; readonly name: string }[])[] | undefined {
  if (model.auth === undefined) return undefined;
  const alternatives = operation.securityRequirements ?? [[model.auth.schemeName]];
  // `security: []` or an empty requirement `{}`: the operation can be called anonymously.
  if (alternatives.length === 0 || alternatives.some((names) => names.length === 0)) return undefined;
  const slots = alternatives.map((names) =>
    names.map((name) => model.authSchemes.find((scheme) => scheme.schemeName === name)),
  );
  if (slots.some((slot) => slot.some((scheme) => scheme === undefined))) return undefined;
  return slots.map((slot) =>
    slot.flatMap((scheme) => (scheme === undefined ? [] : [{ in: scheme.in, name: scheme.name }])),
  );
}

/** Whether a scheme the client can send is deprecated: the transport then needs its warning function. */
export function warnsOfSchemes(model: ApiModel): boolean {
  return model.auth !== undefined && model.authSchemes.some((scheme) => scheme.deprecation !== undefined);
}
