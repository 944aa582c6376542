// What the document says about its security schemes beyond where the token goes: a line of docs
// per scheme for `createClient` (OAuth 2 flows and their URLs, OpenAPI 3.2's device authorization
// flow and `oauth2MetadataUrl`), and 3.2's `deprecated: true`, which warns at generation and, for
// the scheme the client sends its token by, at run time.
import { joinPointer, type SpecWarning } from "../errors.js";
import { deref, isRecord } from "../load/json-pointer.js";
import type { LoadedSpec } from "../load/load-spec.js";

const FLOW_NAMES: Readonly<Record<string, string>> = {
  implicit: "implicit",
  password: "password",
  clientCredentials: "client credentials",
  authorizationCode: "authorization code",
  deviceAuthorization: "device authorization",
};
const FLOW_URLS = ["authorizationUrl", "deviceAuthorizationUrl", "tokenUrl", "refreshUrl"] as const;

function schemesOf(document: Record<string, unknown>): [string, Record<string, unknown>][] {
  const components = isRecord(document.components) ? document.components : {};
  const schemes = isRecord(components.securitySchemes) ? components.securitySchemes : {};
  return Object.entries(schemes).flatMap(([name, raw]): [string, Record<string, unknown>][] => {
    const scheme = deref(document, raw);
    return isRecord(scheme) ? [[name, scheme]] : [];
  });
}

function flowText(name: string, flow: unknown): string | undefined {
  if (!isRecord(flow)) return undefined;
  const urls = FLOW_URLS.flatMap((field) =>
    typeof flow[field] === "string" ? [`${field} ${String(flow[field])}`] : [],
  );
  const scopes = isRecord(flow.scopes) ? Object.keys(flow.scopes) : [];
  return `${FLOW_NAMES[name] ?? name} flow (${[...urls, ...(scopes.length === 0 ? [] : [`scopes ${scopes.join(", ")}`])].join("; ")})`;
}

function schemeText(name: string, scheme: Record<string, unknown>): string {
  const kind =
    scheme.type === "apiKey"
      ? `API key in ${String(scheme.in)} \`${String(scheme.name)}\``
      : scheme.type === "http"
        ? `HTTP ${String(scheme.scheme)}`
        : String(scheme.type);
  const flows = isRecord(scheme.flows)
    ? Object.entries(scheme.flows).flatMap(([flow, value]) => flowText(flow, value) ?? [])
    : [];
  const extras = [
    ...flows,
    ...(typeof scheme.oauth2MetadataUrl === "string" ? [`server metadata at ${scheme.oauth2MetadataUrl}`] : []),
    ...(typeof scheme.openIdConnectUrl === "string" ? [`OpenID Connect discovery at ${scheme.openIdConnectUrl}`] : []),
  ];
  const deprecated = scheme.deprecated === true ? " **Deprecated.**" : "";
  const description = typeof scheme.description === "string" ? ` ${scheme.description.trim()}` : "";
  return `\`${name}\`: ${kind}${extras.length === 0 ? "" : `, ${extras.join(", ")}`}.${deprecated}${description}`;
}

/** One line per declared security scheme, for the client's docs. */
export function securityDocs(document: Record<string, unknown>): string[] {
  return schemesOf(document).map(([name, scheme]) => schemeText(name, scheme));
}

/** The run-time warning of a deprecated scheme the client sends its token by, if it is one. */
export function authDeprecation(document: Record<string, unknown>, schemeName: string | undefined): string | undefined {
  const scheme = schemesOf(document).find(([name]) => name === schemeName)?.[1];
  if (scheme?.deprecated !== true || schemeName === undefined) return undefined;
  const description = typeof scheme.description === "string" ? ` ${scheme.description.trim()}` : "";
  return `the security scheme "${schemeName}" the client sends its token by is deprecated.${description}`;
}

/** A located warning per deprecated scheme, saying whether and when the client uses it. */
export function deprecatedSchemeWarnings(
  spec: LoadedSpec,
  schemeName: string | undefined,
  usable: readonly string[],
): SpecWarning[] {
  return schemesOf(spec.document).flatMap(([name, scheme]): SpecWarning[] => {
    if (scheme.deprecated !== true) return [];
    const use =
      name === schemeName
        ? "the client sends its token this way and warns once at run time"
        : usable.includes(name)
          ? "the client sends a credential this way only when `credentials` gives one, and then warns once at run time"
          : "the client does not send its token this way";
    return [
      {
        kind: "deprecated security scheme",
        message: `security scheme "${name}" is deprecated: ${use}`,
        location: spec.locate(joinPointer("/components/securitySchemes", name, "deprecated")),
      },
    ];
  });
}
