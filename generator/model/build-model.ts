import { feasibility } from "../../templates/fixtures/feasible.js";
import type { SchemaTable } from "../../templates/fixtures/schema.js";
import { joinPointer, SpecError, type SpecProblem, type SpecWarning } from "../errors.js";
import { deref, isRecord } from "../load/json-pointer.js";
import type { LoadedSpec } from "../load/load-spec.js";
import type { PaginationOptions } from "../load-config.js";
import type { ApiModel, AuthModel, FixtureTable, OperationModel, SchemaModel } from "./api-model.js";
import { buildOperations, compareText, securityRequirements } from "./build-operations.js";
import { buildFixtureTable } from "./fixture-table.js";
import { typeIdentifier, uniqueNames } from "./naming.js";
import { authDeprecation, deprecatedSchemeWarnings, securityDocs } from "./security-schemes.js";
import { tagGroups } from "./tag-groups.js";

/** Names the generated package exports itself; schema type names step aside for them. */
export const RESERVED_EXPORTS: ReadonlySet<string> = new Set([
  "Client",
  "Credentials",
  "ClientOptions",
  "ClientWarning",
  "OperationMethod",
  "DEFAULT_BASE_URL",
  "createClient",
  "paths",
  "components",
  "operations",
  "webhooks",
  "$defs",
  // The rest of the root entry's exports, and client.ts's own names beside the schema types it imports.
  "ResponseParseError",
  "CallOptions",
  "OperationResult",
  "RetryOptions",
  "SelectedResult",
  "selectData",
  "OPERATIONS",
  "Runtime",
  "StreamItemError",
  "ReconnectOptions",
  "ServerSentEvent",
  // Validation: the root entry's errors and types, and the names `<pkg>/validators` exports beside the schemas' validators.
  "RequestValidationError",
  "ResponseValidationError",
  "StreamItemValidationError",
  "ValidateOptions",
  "ValidationMode",
  "Invalid",
  "Malformed",
  "Validator",
  "ValidationIssue",
  "OperationValidators",
  "StandardSchemaV1",
  "StandardJSONSchemaV1",
]);

export interface ModelOptions {
  /** npm package name of the generated client; defaults to `info.x-package-name`, else the title. */
  readonly packageName?: string;
  /** The generated package's version (semver), independent of the API's `info.version`. */
  readonly packageVersion?: string;
  /** How operations page where the config says so. */
  readonly pagination?: PaginationOptions;
}

export function buildModel(spec: LoadedSpec, options: ModelOptions = {}): ApiModel {
  const { document } = spec;
  const fixtures = buildFixtureTable(spec);
  const info = isRecord(document.info) ? document.info : {};
  const title = typeof info.title === "string" ? info.title : "API";
  const serverUrls = readServers(document.servers);
  const schemas = readSchemas(document);
  const authSchemes = readAuthSchemes(document);
  const auth = readAuth(document, authSchemes);
  const operations = checkedTraits(
    spec,
    buildOperations(
      spec,
      new Set([...RESERVED_EXPORTS, ...schemas.map((schema) => schema.typeName)]),
      options.pagination,
    ),
    fixtures,
  );
  return {
    title,
    apiVersion: typeof info.version === "string" ? info.version : "",
    description: typeof info.description === "string" ? info.description : undefined,
    packageName: options.packageName ?? packageNameFor(info["x-package-name"], title),
    packageVersion: options.packageVersion,
    defaultBaseUrl: (serverUrls[0] ?? "").replace(/\/+$/, ""),
    serverUrls,
    auth,
    authSchemes,
    security: securityRequirements(document.security),
    securityDocs: securityDocs(document),
    operations,
    schemas,
    tagGroups: tagGroups(document, operations),
    fixtures,
    schemaDialect: String(document.openapi).startsWith("3.0") ? "3.0" : "3.1",
    warnings: [
      ...impossibleSchemaWarnings(spec, fixtures),
      ...deprecatedSchemeWarnings(
        spec,
        auth?.schemeName,
        authSchemes.map((scheme) => scheme.schemeName),
      ),
    ],
  };
}

/** Every `x-fixture-trait` of a response names a trait its schema declares: a located error otherwise. */
function checkedTraits(spec: LoadedSpec, operations: OperationModel[], fixtures: FixtureTable): OperationModel[] {
  const problems: SpecProblem[] = [];
  for (const operation of operations) {
    for (const response of operation.responses) {
      for (const media of response.media) {
        if (media.trait === undefined) continue;
        const traits = media.schemaName === undefined ? undefined : fixtures.traits[media.schemaName];
        if (traits !== undefined && Object.hasOwn(traits, media.trait)) continue;
        const known =
          traits === undefined
            ? "its schema is not a component with `x-fixture-traits`"
            : `${media.schemaName ?? ""} has ${Object.keys(traits).join(", ")}`;
        problems.push({
          message: `\`x-fixture-trait\` names "${media.trait}", which is not a trait of the response's schema (${known})`,
          location: spec.locate(
            joinPointer(operation.pointer, "responses", response.key, "content", media.contentType, "x-fixture-trait"),
          ),
        });
      }
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return operations;
}

/**
 * Schemas with no valid value, found by the fixture engine's own analysis (imported from the
 * template that ships it, so the warning and the builder's error cannot disagree).
 */
function impossibleSchemaWarnings(spec: LoadedSpec, fixtures: FixtureTable): SpecWarning[] {
  const { impossible, where } = feasibility(fixtures as unknown as SchemaTable);
  // Located at the keyword that rules it out (its `oneOf`, a required property), else at the schema.
  return [...impossible].map(([name, reason]) => ({
    kind: "fixtures",
    message: `schema "${name}" has no valid value: ${reason}. Its fixture builder throws.`,
    location: spec.locate(where.get(name) ?? joinPointer("/components/schemas", name)),
  }));
}

function packageNameFor(explicit: unknown, title: string): string {
  if (typeof explicit === "string" && /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(explicit))
    return explicit;
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 180);
  return `${slug === "" ? "api" : slug}-client`;
}

/** Server URLs with `{variables}` replaced by their defaults. */
function readServers(servers: unknown): string[] {
  if (!Array.isArray(servers)) return [];
  return servers.filter(isRecord).flatMap((server) => {
    if (typeof server.url !== "string") return [];
    const variables = isRecord(server.variables) ? server.variables : {};
    return [
      server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
        const variable = variables[name];
        return isRecord(variable) && typeof variable.default === "string" ? variable.default : whole;
      }),
    ];
  });
}

/** A declared scheme the client can send a credential by (an API key, HTTP Basic, a bearer token); undefined otherwise. */
function readScheme(document: Record<string, unknown>, schemeName: string, raw: unknown): AuthModel | undefined {
  const scheme = deref(document, raw);
  if (!isRecord(scheme)) return undefined;
  const deprecation = authDeprecation(document, schemeName);
  if (
    scheme.type === "apiKey" &&
    typeof scheme.name === "string" &&
    (scheme.in === "header" || scheme.in === "query" || scheme.in === "cookie")
  )
    return { schemeName, kind: "apiKey", in: scheme.in, name: scheme.name, prefix: "", deprecation };
  const basic = scheme.type === "http" && typeof scheme.scheme === "string" && scheme.scheme.toLowerCase() === "basic";
  if (basic) return { schemeName, kind: "basic", in: "header", name: "Authorization", prefix: "Basic ", deprecation };
  if (scheme.type === "http" || scheme.type === "oauth2" || scheme.type === "openIdConnect")
    return { schemeName, kind: "bearer", in: "header", name: "Authorization", prefix: "Bearer ", deprecation };
  return undefined;
}

/** Every declared scheme the client can send a credential by, in the document's order. */
function readAuthSchemes(document: Record<string, unknown>): AuthModel[] {
  const components = isRecord(document.components) ? document.components : {};
  const schemes = isRecord(components.securitySchemes) ? components.securitySchemes : {};
  return Object.entries(schemes).flatMap(([name, raw]) => readScheme(document, name, raw) ?? []);
}

/** The default scheme (`token`'s): the first of the first global security requirement, else the first declared. */
function readAuth(document: Record<string, unknown>, schemes: readonly AuthModel[]): AuthModel | undefined {
  const components = isRecord(document.components) ? document.components : {};
  const declared = isRecord(components.securitySchemes) ? components.securitySchemes : {};
  const firstRequirement = Array.isArray(document.security) ? document.security.find(isRecord) : undefined;
  const schemeName =
    (firstRequirement === undefined ? undefined : Object.keys(firstRequirement)[0]) ?? Object.keys(declared)[0];
  return schemes.find((scheme) => scheme.schemeName === schemeName);
}

/**
 * Whether openapi-typescript prints the schema as one object type, which an interface can extend:
 * not a union (oneOf, anyOf, enum, nullable, a type list), an intersection (allOf, or properties
 * beside additional ones) or a reference.
 */
function isObjectShaped(schema: Record<string, unknown>): boolean {
  const composed = ["$ref", "oneOf", "anyOf", "allOf", "not", "enum", "const"].some((keyword) => keyword in schema);
  if (composed || schema.nullable === true || Array.isArray(schema.type)) return false;
  // Properties beside an index signature print as an intersection, whose members an interface would have to reconcile.
  if (
    "patternProperties" in schema ||
    (schema.additionalProperties !== undefined && schema.additionalProperties !== false)
  )
    return false;
  return schema.type === "object" || (schema.type === undefined && isRecord(schema.properties));
}

function unionDiscriminator(schema: Record<string, unknown>): string | undefined {
  const discriminator = schema.discriminator;
  const union = Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf);
  return union && isRecord(discriminator) && typeof discriminator.propertyName === "string"
    ? discriminator.propertyName
    : undefined;
}

function readSchemas(document: Record<string, unknown>): SchemaModel[] {
  const components = isRecord(document.components) ? document.components : {};
  const schemas = isRecord(components.schemas) ? components.schemas : {};
  const names = Object.keys(schemas).sort(compareText);
  const candidates = names.map((name) => typeIdentifier(name, RESERVED_EXPORTS));
  const typeNames = uniqueNames(
    candidates,
    RESERVED_EXPORTS,
    names.map((name, index) => candidates[index] === name),
  );
  return names
    .map((name, index): SchemaModel => {
      const schema = schemas[name];
      const record = isRecord(schema) ? schema : {};
      return {
        name,
        typeName: typeNames[index] ?? name,
        description: typeof record.description === "string" ? record.description : undefined,
        deprecated: record.deprecated === true,
        objectShaped: isObjectShaped(record),
        discriminator: unionDiscriminator(record),
      };
    })
    .sort((a, b) => compareText(a.typeName, b.typeName));
}
