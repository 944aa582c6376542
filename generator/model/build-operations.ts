import { escapePointerToken, joinPointer, SpecError, type SpecProblem } from "../errors.js";
import { deref, isRecord, setOwn } from "../load/json-pointer.js";
import type { LoadedSpec } from "../load/load-spec.js";
import { isOas32, pathItemOperations } from "../load/path-item-operations.js";
import type { PaginationOptions } from "../load-config.js";
import type { HttpMethod, OperationModel, PaginationModel, ReplacementModel, RequestBodyModel } from "./api-model.js";
import { buildContract } from "./build-contract.js";
import { buildExample } from "./build-examples.js";
import { readMigration } from "./build-migration.js";
import { descriptionText } from "./description-text.js";
import { isOpenApi30 } from "./fixture-table.js";
import { camelCase, methodIdentifier, pascalCase, uniqueNames } from "./naming.js";
import { configuredPagination, readPagination } from "./pagination.js";
import type { ResolvedOperation, SchemaResolver } from "./resolve-operation.js";
import { resolveOperation, schemaResolver } from "./resolve-operation.js";

export interface RawOperation {
  /** Parameters shared by the path item, which the operation's own override by name and location. */
  readonly sharedParameters: unknown;
  readonly operationId: string;
  /** True when the operationId is the spec's own, false when derived from the method and path. */
  readonly declared: boolean;
  readonly method: HttpMethod;
  /** As sent: `GET`, `QUERY`, `PURGE`. */
  readonly httpMethod: string;
  readonly path: string;
  readonly operation: Record<string, unknown>;
  readonly pointer: string;
}

/** Every operation of the document, named and sorted by method name; replacements resolved. */
/** The methods that read: a query of them is cached, any other is a mutation (`<pkg>/query`). */
const READING = new Set(["GET", "HEAD", "QUERY"]);

export function isReadingMethod(httpMethod: string): boolean {
  return READING.has(httpMethod);
}

export function buildOperations(
  spec: LoadedSpec,
  takenTypeNames: ReadonlySet<string> = new Set(),
  pagination?: PaginationOptions,
): OperationModel[] {
  const raw = collectOperations(spec.document);
  const candidates = raw.map((op) => methodIdentifier(op.operationId));
  const methodNames = uniqueNames(
    candidates,
    new Set(),
    raw.map((op, index) => op.declared && candidates[index] === op.operationId),
  );
  // Request types first, then results, each never an export's name (a schema's, say).
  const typeBases = methodNames.map((name) => pascalCase(name ?? ""));
  const requestTypeNames = uniqueNames(
    typeBases.map((base) => `${base}Request`),
    takenTypeNames,
  );
  const resultTypeNames = uniqueNames(
    typeBases.map((base) => `${base}Result`),
    new Set([...takenTypeNames, ...requestTypeNames]),
  );
  const byOperationId = new Map(
    raw.map((op, index) => [op.operationId, { op, methodName: methodNames[index] ?? op.operationId }]),
  );
  const problems: SpecProblem[] = [];
  const resolveSchema = schemaResolver(spec.document);
  const resolved = new Map(raw.map((op) => [op.operationId, resolveOperation(spec.document, op)]));
  const configProblems: SpecProblem[] = [];
  // The config's word for an operation, where it has one (false: none), else the conventions'.
  const paging = (operationId: string, own: ResolvedOperation): PaginationModel | undefined => {
    const configured = configuredPagination(pagination, operationId, own.parameters, configProblems);
    return configured === null ? readPagination(own.parameters, own.responses, resolveSchema) : configured;
  };
  const models = raw.map((op, index): OperationModel => {
    const own = resolved.get(op.operationId) ?? resolveOperation(spec.document, op);
    const replacement = readReplacement({ resolveSchema, resolved }, op, byOperationId, (pointer, message) => {
      problems.push({ message, location: spec.locate(pointer) });
    });
    return {
      operationId: op.operationId,
      methodName: methodNames[index] ?? op.operationId,
      method: op.method,
      httpMethod: op.httpMethod,
      path: op.path,
      summary: optionalDescription(op.operation.summary),
      description: optionalDescription(op.operation.description),
      tags: Array.isArray(op.operation.tags)
        ? op.operation.tags.filter((tag): tag is string => typeof tag === "string")
        : [],
      deprecated: op.operation.deprecated === true,
      replacement,
      requestContentType: defaultRequestType(own.requestBody),
      hasRequestBody: own.requestBody !== undefined,
      parameters: own.parameters,
      requestBody: own.requestBody,
      securitySchemes: securitySchemes(op.operation.security ?? spec.document.security),
      securityRequirements: securityRequirements(op.operation.security ?? spec.document.security),
      defaultHeaders: defaultHeaders(own, resolveSchema),
      pathParams: [...op.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? ""),
      responses: own.responses,
      example: buildExample(own, resolveSchema),
      requestTypeName: requestTypeNames[index] ?? "",
      resultTypeName: resultTypeNames[index] ?? "",
      contract: buildContract(own, resolveSchema, isOpenApi30(spec.document)),
      pointer: op.pointer,
      pagination: READING.has(op.httpMethod) ? paging(op.operationId, own) : undefined,
    };
  });
  for (const operationId of Object.keys(pagination?.byOperation ?? {}))
    if (!raw.some((op) => op.operationId === operationId && READING.has(op.httpMethod)))
      configProblems.push({
        message: `no operation read by a query (GET, HEAD, QUERY) has operationId "${operationId}"`,
        location: { file: pagination?.file ?? "", pointer: `/pagination/${escapePointerToken(operationId)}` },
      });
  if (configProblems.length > 0) throw new SpecError(configProblems, "bad configuration");
  if (problems.length > 0) throw new SpecError(problems);
  return models.sort((a, b) => compareText(a.methodName, b.methodName));
}

export function collectOperations(document: Record<string, unknown>): RawOperation[] {
  const operations: RawOperation[] = [];
  const paths = isRecord(document.paths) ? document.paths : {};
  const oas32 = isOas32(document);
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(document, rawItem);
    if (!isRecord(item)) continue;
    for (const entry of pathItemOperations(item, oas32)) {
      const { operation, key: method } = entry;
      if (!isRecord(operation)) continue;
      const operationId =
        typeof operation.operationId === "string" ? operation.operationId : camelCase(`${method} ${path}`);
      const pointer = joinPointer("/paths", path, ...entry.tokens);
      operations.push({
        operationId,
        declared: typeof operation.operationId === "string",
        method,
        httpMethod: entry.httpMethod,
        path,
        operation,
        sharedParameters: item.parameters,
        pointer,
      });
    }
  }
  return operations;
}

type Report = (pointer: string, message: string) => void;

interface ReplacementContext {
  readonly resolveSchema: SchemaResolver;
  readonly resolved: ReadonlyMap<string, ResolvedOperation>;
}

function readReplacement(
  context: ReplacementContext,
  op: RawOperation,
  byOperationId: ReadonlyMap<string, { op: RawOperation; methodName: string }>,
  report: Report,
): ReplacementModel | undefined {
  const extension = op.operation["x-replacement"];
  if (extension === undefined) return undefined;
  const pointer = joinPointer(op.pointer, "x-replacement");
  if (!isRecord(extension) || typeof extension.operationId !== "string") {
    report(
      pointer,
      "`x-replacement` must be a mapping with an `operationId` string (and optional `instructions`, `docs`)",
    );
    return undefined;
  }
  const target = byOperationId.get(extension.operationId);
  if (target === undefined) {
    report(
      joinPointer(pointer, "operationId"),
      `\`x-replacement\` names operation "${extension.operationId}", which the document does not have`,
    );
    return undefined;
  }
  const instructions = extension.instructions ?? [];
  if (!Array.isArray(instructions) || !instructions.every((kind) => typeof kind === "string")) {
    report(joinPointer(pointer, "instructions"), "`instructions` must be a list of instruction kinds");
    return undefined;
  }
  if (extension.docs !== undefined && typeof extension.docs !== "string") {
    report(joinPointer(pointer, "docs"), "`docs` must be a URL string");
  }
  const migration = readMigration(
    {
      resolveSchema: context.resolveSchema,
      extension: extension.migration,
      pointer: joinPointer(pointer, "migration"),
      instructions,
      source: context.resolved.get(op.operationId),
      target: context.resolved.get(target.op.operationId),
    },
    report,
  );
  return {
    operationId: target.op.operationId,
    methodName: target.methodName,
    method: target.op.method,
    httpMethod: target.op.httpMethod,
    path: target.op.path,
    instructions,
    docsUrl: optionalString(extension.docs),
    migration,
  };
}

/** The request media type sent when the caller names none: JSON when the operation offers it, else its first. */
function defaultRequestType(body: RequestBodyModel | undefined): string | undefined {
  const types = body?.media.map((media) => media.contentType) ?? [];
  return types.find((type) => type.toLowerCase() === "application/json") ?? types[0];
}

/** Header parameters whose schema gives a default (or a single allowed value), by header name. */
function defaultHeaders(operation: ResolvedOperation, resolveSchema: SchemaResolver): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== "header") continue;
    const schema = resolveSchema(parameter.schema);
    if (schema === undefined) continue;
    const single = Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined;
    const value = schema.default ?? schema.const ?? single;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      setOwn(headers, parameter.name, String(value));
  }
  return headers;
}

/** The scheme names of a list of security requirements (`[]` names none: the operation is anonymous). */
function securitySchemes(requirements: unknown): string[] | undefined {
  if (!Array.isArray(requirements)) return undefined;
  return [...new Set(requirements.filter(isRecord).flatMap((requirement) => Object.keys(requirement)))].sort(
    compareText,
  );
}

/** Security requirements as alternatives, each its scheme names in the document's order (`{}`: none needed). */
export function securityRequirements(requirements: unknown): string[][] | undefined {
  if (!Array.isArray(requirements)) return undefined;
  return requirements.filter(isRecord).map((requirement) => Object.keys(requirement));
}

function optionalDescription(value: unknown): string | undefined {
  const text = optionalString(value);
  return text === undefined ? undefined : descriptionText(text);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
