// The corpus's second judge of a generated client's requests, used where express-openapi-validator
// cannot load a document or has a named limit (`judge-limits.ts`). It reads the raw request a
// loopback server recorded: matches the path template, decodes every parameter by its style and the
// body by its Content-Type (`wire-params.ts`, `wire-body.ts`, from the specification, not from our
// mock), refuses unknown query parameters, and checks each value with ajv
// (`test/support/schema-validator.ts`, the same independent judge the fixtures have).
import type { ValidateFunction } from "ajv";
import type { RecordedRequest } from "../support/loopback-server.js";
import { schemaValidators } from "../support/schema-validator.js";
import { decodeBody, type RequestBodySpec } from "./wire-body.js";
import { cookiePairs, decodeParameters, matchPath, type ParameterSpec, queryPairs } from "./wire-params.js";
import type { Resolve } from "./wire-values.js";

export interface WireVerdict {
  readonly accepted: boolean;
  readonly problems: readonly string[];
  /** Set where the specification defines no serialization for what was sent: the request is not judged. */
  readonly undetermined?: string;
}

export type WireJudge = (method: string, pathTemplate: string, request: RecordedRequest) => Promise<WireVerdict>;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A local `$ref` (`#/components/…`) followed to its target, through chains. */
function resolverOf(document: Json): Resolve {
  return (schema) => {
    let current: unknown = schema;
    for (let hops = 0; hops < 32 && isRecord(current) && typeof current.$ref === "string"; hops += 1) {
      const ref: string = current.$ref;
      if (!ref.startsWith("#/")) return undefined;
      current = ref
        .slice(2)
        .split("/")
        .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce<unknown>(
          (node, token) => (isRecord(node) || Array.isArray(node) ? (node as Json)[token] : undefined),
          document,
        );
    }
    return isRecord(current) ? current : undefined;
  };
}

function operationOf(document: Json, method: string, template: string): Json | undefined {
  const item = isRecord(document.paths) ? document.paths[template] : undefined;
  if (!isRecord(item)) return undefined;
  const own = item[method.toLowerCase()];
  if (isRecord(own)) return own;
  const extra = isRecord(item.additionalOperations) ? item.additionalOperations[method] : undefined;
  return isRecord(extra) ? extra : undefined;
}

/** The path item's parameters overridden by the operation's (same name and location). */
function parametersOf(document: Json, template: string, operation: Json, resolve: Resolve): ParameterSpec[] {
  const item = isRecord(document.paths) ? document.paths[template] : undefined;
  const listed = [
    ...(isRecord(item) && Array.isArray(item.parameters) ? item.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  const byKey = new Map<string, ParameterSpec>();
  for (const entry of listed) {
    const parameter = resolve(entry) as ParameterSpec | undefined;
    if (parameter !== undefined) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

/** Names an apiKey security scheme puts in the query or a cookie: the transport's, not unknown parameters. */
function securityNames(document: Json, resolve: Resolve): Set<string> {
  const schemes = isRecord(document.components) ? document.components.securitySchemes : undefined;
  const names = new Set<string>();
  for (const scheme of Object.values(isRecord(schemes) ? schemes : {})) {
    const resolved = resolve(scheme);
    if (resolved?.type === "apiKey" && typeof resolved.name === "string") names.add(resolved.name);
  }
  return names;
}

/** Every schema a request of the document can be judged against, each under a component name of its own. */
function judgedSchemas(document: Json): Map<unknown, string> {
  const names = new Map<unknown, string>();
  const add = (schema: unknown): void => {
    if (schema !== undefined && !names.has(schema)) names.set(schema, `wire-judge ${names.size}`);
  };
  const visit = (node: unknown, parentKey: string): void => {
    if (Array.isArray(node)) for (const item of node) visit(item, parentKey);
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "schema" && parentKey !== "properties") add(value);
      else if (key !== "schemas" && key !== "example" && key !== "examples") visit(value, key);
    }
  };
  visit(document.paths, "paths");
  visit(isRecord(document.components) ? document.components.parameters : undefined, "parameters");
  visit(isRecord(document.components) ? document.components.requestBodies : undefined, "requestBodies");
  return names;
}

/**
 * A copy of `node` for requests: a `readOnly` property is not required there (OpenAPI 3.0: "required
 * … on the response only"; a client leaves it out), as express-openapi-validator reads it too.
 */
function forRequests(node: unknown, resolve: Resolve, seen = new Map<unknown, unknown>()): unknown {
  if (Array.isArray(node)) return node.map((item) => forRequests(item, resolve, seen));
  if (!isRecord(node)) return node;
  const done = seen.get(node);
  if (done !== undefined) return done;
  const copy: Json = {};
  seen.set(node, copy);
  for (const [key, value] of Object.entries(node))
    Object.defineProperty(copy, key, {
      value: forRequests(value, resolve, seen),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  const properties = isRecord(node.properties) ? node.properties : {};
  if (Array.isArray(node.required))
    copy.required = node.required.filter((name) => resolve(properties[String(name)])?.readOnly !== true);
  return copy;
}

function withSchemas(document: Json, names: Map<unknown, string>, resolve: Resolve): Json {
  const components = isRecord(document.components) ? document.components : {};
  const schemas: Json = { ...(isRecord(components.schemas) ? components.schemas : {}) };
  for (const [schema, name] of names)
    Object.defineProperty(schemas, name, { value: schema ?? {}, enumerable: true, writable: true, configurable: true });
  return { ...document, components: { ...components, schemas: forRequests(schemas, resolve) } };
}

function firstError(validate: ValidateFunction): string {
  const error = validate.errors?.[0];
  return error === undefined ? "invalid" : `${error.instancePath || "(value)"} ${error.message ?? ""}`.trim();
}

/** A judge for requests against `document`, whose paths the client sends under `basePath`. */
export function createWireJudge(document: Json, basePath: string): WireJudge {
  const resolve = resolverOf(document);
  const names = judgedSchemas(document);
  const validatorOf = schemaValidators(withSchemas(document, names, resolve));
  const allowedExtra = securityNames(document, resolve);
  const openapi30 =
    !String(document.openapi ?? "").startsWith("3.1") && !String(document.openapi ?? "").startsWith("3.2");
  const check = (schema: unknown, candidates: readonly unknown[], label: string): string | undefined => {
    const name = names.get(schema);
    if (schema === undefined || name === undefined) return undefined;
    const validate = validatorOf(name);
    if (candidates.some((candidate) => validate(candidate))) return undefined;
    // The last reading is the one typed by the schema: its first error is the one to show.
    validate(candidates.at(-1));
    return `${label}: ${firstError(validate)}`;
  };
  return async (method, template, request) => {
    const operation = operationOf(document, method, template);
    if (operation === undefined) return { accepted: false, problems: [`no operation ${method} ${template}`] };
    const [rawPath = "", query = ""] = request.url.split(/\?(.*)/s);
    if (!rawPath.startsWith(basePath))
      return { accepted: false, problems: [`path ${rawPath} is not under ${basePath}`] };
    const segments = rawPath.slice(basePath.length).split("/").slice(1);
    const pathValues = matchPath(template, segments);
    if (pathValues === undefined) return { accepted: false, problems: [`path ${rawPath} does not match ${template}`] };
    const headers = request.headers as Record<string, string | string[] | undefined>;
    const inputs = { pathValues, query: queryPairs(query), cookies: cookiePairs(headerOf(headers.cookie)), headers };
    const parameters = parametersOf(document, template, operation, resolve);
    const { decoded, problems, claimedQuery, undetermined } = decodeParameters(parameters, inputs, resolve);
    if (undetermined !== undefined) return { accepted: false, problems: [], undetermined };
    for (const [key] of inputs.query)
      if (!claimedQuery.has(key) && !allowedExtra.has(key)) problems.push(`query parameter ${key}: not documented`);
    for (const { parameter, schema, candidates } of decoded) {
      const problem = check(schema, candidates, `${parameter.in} parameter ${parameter.name}`);
      if (problem !== undefined) problems.push(problem);
    }
    // OpenAPI 3.0: a GET, HEAD or DELETE's requestBody "SHALL be ignored by consumers" (its semantics are undefined).
    const bodyIgnored = openapi30 && /^(GET|HEAD|DELETE)$/.test(method) && request.body === "";
    const spec = resolve(operation.requestBody) as RequestBodySpec | undefined;
    if (!bodyIgnored) {
      const read = await decodeBody(spec, headerOf(headers["content-type"]), request.body, resolve);
      if (read.undetermined !== undefined) return { accepted: false, problems: [], undetermined: read.undetermined };
      problems.push(...read.problems);
      if (read.body !== undefined) {
        const problem = check(read.body.schema, read.body.candidates, `body (${read.body.mediaType})`);
        if (problem !== undefined) problems.push(problem);
      }
    }
    return { accepted: problems.length === 0, problems };
  };
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join("; ") : value;
}
