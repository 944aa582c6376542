import { joinPointer } from "../errors.js";
import { isRecord, resolvePointer, splitRef } from "./json-pointer.js";
import type { PointerProblem } from "./validate-refs.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const PARAMETER_LOCATIONS = new Set(["query", "header", "path", "cookie"]);

/** The document-level rules: version, info, paths, operations, parameters, unique operationIds. */
export function validateDocument(document: Record<string, unknown>): PointerProblem[] {
  const problems: PointerProblem[] = [];
  const add = (pointer: string, message: string): void => {
    problems.push({ pointer, message });
  };
  if (!checkVersion(document, add)) return problems;
  checkInfo(document.info, add);
  checkServers(document.servers, add);
  const seenOperationIds = new Map<string, string>();
  if (document.paths !== undefined && !isRecord(document.paths)) add("/paths", "`paths` must be a mapping");
  if (isRecord(document.paths)) {
    for (const [route, item] of Object.entries(document.paths)) {
      checkPathItem(document, route, item, seenOperationIds, add);
    }
  }
  return problems;
}

type Add = (pointer: string, message: string) => void;

function checkVersion(document: Record<string, unknown>, add: Add): boolean {
  if (typeof document.swagger === "string") {
    add("/swagger", `Swagger ${document.swagger} is not supported: convert it to OpenAPI 3 first (for example \`npx swagger2openapi in.yaml --outfile out.yaml\`)`);
    return false;
  }
  if (document.openapi === undefined) {
    add("", "not an OpenAPI document: the `openapi` version field is missing");
    return false;
  }
  if (typeof document.openapi !== "string" || !/^3\.[01]\.\d+/.test(document.openapi)) {
    add("/openapi", `unsupported OpenAPI version ${JSON.stringify(document.openapi)}: expected 3.0.x or 3.1.x`);
    return false;
  }
  return true;
}

function checkInfo(info: unknown, add: Add): void {
  if (!isRecord(info)) {
    add("/info", "`info` is required and must be a mapping with `title` and `version`");
    return;
  }
  if (typeof info.title !== "string") add("/info/title", "`info.title` is required and must be a string");
  if (typeof info.version !== "string") add("/info/version", "`info.version` is required and must be a string (quote numbers)");
}

function checkServers(servers: unknown, add: Add): void {
  if (servers === undefined) return;
  if (!Array.isArray(servers)) {
    add("/servers", "`servers` must be a list");
    return;
  }
  servers.forEach((server, index) => {
    if (!isRecord(server) || typeof server.url !== "string") add(joinPointer("/servers", index), "a server needs a `url` string");
  });
}

function checkPathItem(
  document: Record<string, unknown>,
  route: string,
  item: unknown,
  seen: Map<string, string>,
  add: Add,
): void {
  const pointer = joinPointer("/paths", route);
  if (!route.startsWith("/")) add(pointer, `path "${route}" must start with "/"`);
  const resolved = deref(document, item);
  if (!isRecord(resolved)) {
    add(pointer, "a path item must be a mapping");
    return;
  }
  const shared = checkParameters(document, resolved.parameters, joinPointer(pointer, "parameters"), add);
  for (const method of HTTP_METHODS) {
    const operation = resolved[method];
    if (operation === undefined) continue;
    const opPointer = joinPointer(pointer, method);
    if (!isRecord(operation)) {
      add(opPointer, "an operation must be a mapping");
      continue;
    }
    checkOperation(document, route, operation, opPointer, shared, seen, add);
  }
}

function checkOperation(
  document: Record<string, unknown>,
  route: string,
  operation: Record<string, unknown>,
  pointer: string,
  shared: ReadonlyMap<string, boolean>,
  seen: Map<string, string>,
  add: Add,
): void {
  const { operationId } = operation;
  if (operationId !== undefined) {
    if (typeof operationId !== "string" || operationId === "") {
      add(joinPointer(pointer, "operationId"), "`operationId` must be a non-empty string");
    } else {
      const first = seen.get(operationId);
      if (first !== undefined) add(joinPointer(pointer, "operationId"), `duplicate operationId "${operationId}" (first used at #${first})`);
      else seen.set(operationId, joinPointer(pointer, "operationId"));
    }
  }
  if (operation.responses !== undefined && !isRecord(operation.responses)) {
    add(joinPointer(pointer, "responses"), "`responses` must be a mapping from status code to response");
  }
  if (operation.responses === undefined && String(document.openapi).startsWith("3.0")) {
    add(pointer, "an OpenAPI 3.0 operation needs `responses`");
  }
  const own = checkParameters(document, operation.parameters, joinPointer(pointer, "parameters"), add);
  for (const name of templateNames(route)) {
    if (!own.has(name) && !shared.has(name)) add(pointer, `path parameter "{${name}}" of "${route}" is not declared in \`parameters\``);
  }
  if (operation.deprecated !== undefined && typeof operation.deprecated !== "boolean") {
    add(joinPointer(pointer, "deprecated"), "`deprecated` must be true or false");
  }
}

/** Checks a parameter list and returns the names of its path parameters. */
function checkParameters(document: Record<string, unknown>, parameters: unknown, pointer: string, add: Add): Map<string, boolean> {
  const pathNames = new Map<string, boolean>();
  if (parameters === undefined) return pathNames;
  if (!Array.isArray(parameters)) {
    add(pointer, "`parameters` must be a list");
    return pathNames;
  }
  parameters.forEach((raw, index) => {
    const at = joinPointer(pointer, index);
    const parameter = deref(document, raw);
    if (!isRecord(parameter)) {
      add(at, "a parameter must be a mapping");
      return;
    }
    if (typeof parameter.name !== "string" || parameter.name === "") add(joinPointer(at, "name"), "a parameter needs a `name` string");
    if (typeof parameter.in !== "string" || !PARAMETER_LOCATIONS.has(parameter.in)) {
      add(joinPointer(at, "in"), "a parameter's `in` must be one of query, header, path, cookie");
    }
    if (parameter.in === "path" && typeof parameter.name === "string") {
      if (parameter.required !== true) add(joinPointer(at, "required"), `path parameter "${parameter.name}" must have \`required: true\``);
      pathNames.set(parameter.name, true);
    }
  });
  return pathNames;
}

function templateNames(route: string): string[] {
  return [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "");
}

export function deref(document: Record<string, unknown>, value: unknown): unknown {
  let current = value;
  for (let depth = 0; depth < 32 && isRecord(current) && typeof current.$ref === "string"; depth += 1) {
    const { file, pointer } = splitRef(current.$ref);
    if (file !== "") return undefined;
    current = resolvePointer(document, pointer).value;
  }
  return current;
}
