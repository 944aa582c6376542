import { joinPointer } from "../errors.js";
import { checkParameterList, checkPathTemplate, checkQuerystring } from "./check-parameters.js";
import { type Finding, findingList, type Report } from "./findings.js";
import { deref, isRecord, setOwn } from "./json-pointer.js";
import { additionalMethodProblem, isOas32, pathItemOperations } from "./path-item-operations.js";

export interface DocumentContext {
  /** The scalar at a pointer of the bundled document as written in its file (`1.0`, not 1). */
  readonly literal: (pointer: string) => string | undefined;
  /** A title to use when `info.title` is missing: the file's name. */
  readonly fallbackTitle: string;
}

interface Checks {
  readonly error: Report;
  readonly warn: Report;
  readonly document: Record<string, unknown>;
  readonly context: DocumentContext;
}

/**
 * The document-level rules: info, servers, paths, operations, parameters, unique operationIds.
 * Only what leaves no correct client is an error; the rest is read one clear way, with a warning.
 */
export function checkDocument(document: Record<string, unknown>, context: DocumentContext): Finding[] {
  const { findings, error, warn } = findingList();
  const checks: Checks = { error, warn, document, context };
  checkInfo(checks);
  checkServers(checks);
  const seenOperationIds = new Map<string, string>();
  checkPaths(checks, "paths", seenOperationIds);
  checkPaths(checks, "webhooks", seenOperationIds);
  return findings;
}

function checkInfo({ document, context, warn }: Checks): void {
  if (!isRecord(document.info)) {
    warn({
      kind: "info",
      message: `\`info\` is missing: the title is read as "${context.fallbackTitle}" (the file's name), the version as ""`,
      at: "/info",
      repair: () => setOwn(document, "info", { title: context.fallbackTitle, version: "" }),
    });
    return;
  }
  const info = document.info;
  for (const [field, fallback] of [
    ["title", context.fallbackTitle],
    ["version", ""],
  ] as const) {
    const value = info[field];
    if (typeof value === "string") continue;
    const pointer = joinPointer("/info", field);
    const written =
      value === undefined || isRecord(value) || Array.isArray(value)
        ? undefined
        : (context.literal(pointer) ?? String(value));
    const reading = written ?? fallback;
    const why =
      value === undefined ? "is missing" : written === undefined ? "is not text" : `${written} is a ${typeof value}`;
    const note = value === undefined && field === "title" ? " (the file's name)" : "";
    warn({
      kind: "info",
      message: `\`info.${field}\` ${why}: read as "${reading}"${note}`,
      at: pointer,
      repair: () => setOwn(info, field, reading),
    });
  }
}

function checkServers({ document, error }: Checks): void {
  const { servers } = document;
  if (servers === undefined) return;
  if (!Array.isArray(servers)) {
    error({ kind: "servers", message: "`servers` must be a list", at: "/servers" });
    return;
  }
  servers.forEach((server, index) => {
    if (!isRecord(server) || typeof server.url !== "string")
      error({ kind: "servers", message: "a server needs a `url` string", at: joinPointer("/servers", index) });
  });
}

/** `paths` (keyed by path) or OpenAPI 3.1's `webhooks` (keyed by name): path items and their operations. */
function checkPaths(checks: Checks, section: "paths" | "webhooks", seenOperationIds: Map<string, string>): void {
  const { document, error, warn } = checks;
  const paths = document[section];
  if (paths === undefined || paths === null) return;
  if (!isRecord(paths)) {
    error({
      kind: "paths",
      message: `\`${section}\` must be a mapping from ${section === "paths" ? "path" : "name"} to path item`,
      at: `/${section}`,
    });
    return;
  }
  for (const [route, item] of Object.entries(paths)) {
    const pointer = joinPointer(`/${section}`, route);
    if (section === "paths" && !route.startsWith("/")) {
      const fixed = `/${route}`;
      if (Object.hasOwn(paths, fixed))
        error({ kind: "paths", message: `path "${route}" must start with "/" (and "${fixed}" is taken)`, at: pointer });
      else
        warn({
          kind: "paths",
          message: `path "${route}" does not start with "/": read as "${fixed}"`,
          at: pointer,
          repair: () => renameKey(paths, route, fixed),
        });
    }
    const resolved = deref(document, item);
    if (resolved === null || resolved === undefined) {
      warn({
        kind: "paths",
        message: `"${route}" has no path item: it has no operations`,
        at: pointer,
        repair: () => setOwn(paths, route, {}),
      });
      continue;
    }
    if (!isRecord(resolved)) {
      error({ kind: "paths", message: "a path item must be a mapping", at: pointer });
      continue;
    }
    checkOperations(checks, section === "paths" ? route : "", resolved, pointer, seenOperationIds);
  }
}

function checkOperations(
  checks: Checks,
  route: string,
  item: Record<string, unknown>,
  pointer: string,
  seen: Map<string, string>,
): void {
  const { error, warn, document } = checks;
  const shared = checkParameterList(checks, item, joinPointer(pointer, "parameters"));
  const fragment = route.indexOf("#");
  if (fragment !== -1) {
    // Box writes several operations of one real path this way (`/web_links/{id}#add_shared_link`).
    warn({
      kind: "paths",
      message: `"${route}" has a fragment ("${route.slice(fragment)}"), which never reaches a server: the client sends "${route.slice(0, fragment)}", and the mock tells the operations of that path and method apart by which request body their schemas accept`,
      at: pointer,
    });
  }
  const oas32 = isOas32(document);
  if (oas32) checkAdditionalOperations(checks, item, pointer);
  for (const entry of pathItemOperations(item, oas32)) {
    const { operation } = entry;
    const opPointer = joinPointer(pointer, ...entry.tokens);
    if (operation === null) {
      const owner = entry.tokens.length === 1 ? item : (item.additionalOperations as Record<string, unknown>);
      const field = entry.tokens.at(-1) ?? "";
      warn({
        kind: "operations",
        message: `\`${field}\` is empty: there is no such operation`,
        at: opPointer,
        repair: () => delete owner[field],
      });
      continue;
    }
    if (!isRecord(operation)) {
      error({ kind: "operations", message: "an operation must be a mapping", at: opPointer });
      continue;
    }
    checkOperationId(checks, operation, opPointer, seen);
    if (operation.responses !== undefined && !isRecord(operation.responses)) {
      error({
        kind: "operations",
        message: "`responses` must be a mapping from status code to response",
        at: joinPointer(opPointer, "responses"),
      });
    }
    for (const field of ["summary", "description"] as const) {
      if (operation[field] !== undefined && typeof operation[field] !== "string") {
        warn({
          kind: "operations",
          message: `\`${field}\` is not text: ignored`,
          at: joinPointer(opPointer, field),
          repair: () => delete operation[field],
        });
      }
    }
    checkResponses(checks, operation, opPointer);
    if (operation.responses === undefined && String(document.openapi).startsWith("3.0")) {
      warn({
        kind: "operations",
        message: "an OpenAPI 3.0 operation needs `responses`: read as documenting none",
        at: opPointer,
      });
    }
    if (operation.deprecated !== undefined && typeof operation.deprecated !== "boolean") {
      const reading = operation.deprecated === "true";
      warn({
        kind: "operations",
        message: `\`deprecated: ${JSON.stringify(operation.deprecated)}\` is not true or false: read as ${String(reading)}`,
        at: joinPointer(opPointer, "deprecated"),
        repair: () => setOwn(operation, "deprecated", reading),
      });
    }
    const own = checkParameterList(checks, operation, joinPointer(opPointer, "parameters"));
    checkPathTemplate(checks, { route, operation, pointer: opPointer }, [...shared, ...own]);
    if (oas32) checkQuerystring(checks, opPointer, [...shared, ...own]);
  }
}

/** OpenAPI 3.2's `additionalOperations`: a mapping of method tokens, none of them one with a field of its own. */
function checkAdditionalOperations({ error, warn }: Checks, item: Record<string, unknown>, pointer: string): void {
  const additional = item.additionalOperations;
  if (additional === undefined) return;
  const at = joinPointer(pointer, "additionalOperations");
  if (!isRecord(additional)) {
    error({
      kind: "operations",
      message: "`additionalOperations` must be a mapping from HTTP method to operation",
      at,
    });
    return;
  }
  const taken = new Set<string>();
  for (const method of Object.keys(additional)) {
    const problem = additionalMethodProblem(method, taken);
    taken.add(method.toLowerCase());
    if (problem !== undefined)
      warn({
        kind: "operations",
        message: `${problem}: this operation is left out of the client`,
        at: joinPointer(at, method),
      });
  }
}

/** Each response and request body is a mapping, and so are its `content` and each media type in it. */
function checkResponses({ error, document }: Checks, operation: Record<string, unknown>, pointer: string): void {
  const bodies: [unknown, string][] = [[operation.requestBody, joinPointer(pointer, "requestBody")]];
  if (isRecord(operation.responses))
    for (const [status, response] of Object.entries(operation.responses))
      bodies.push([response, joinPointer(pointer, "responses", status)]);
  for (const [raw, at] of bodies) {
    if (raw === undefined) continue;
    const body = deref(document, raw);
    if (body === undefined && isRecord(raw) && typeof raw.$ref === "string") continue; // an unresolved $ref: reported as such
    if (!isRecord(body)) {
      error({
        kind: "operations",
        message: `a ${at.includes("/responses/") ? "response" : "request body"} must be a mapping, not ${JSON.stringify(body)}`,
        at,
      });
      continue;
    }
    if (body.content === undefined) continue;
    if (!isRecord(body.content)) {
      error({
        kind: "operations",
        message: "`content` must be a mapping from media type to media type object",
        at: joinPointer(at, "content"),
      });
      continue;
    }
    for (const [mediaType, media] of Object.entries(body.content)) {
      if (!isRecord(deref(document, media)))
        error({
          kind: "operations",
          message: `media type "${mediaType}" must be a mapping`,
          at: joinPointer(at, "content", mediaType),
        });
    }
  }
}

function checkOperationId(
  { warn, context }: Checks,
  operation: Record<string, unknown>,
  pointer: string,
  seen: Map<string, string>,
): void {
  const { operationId } = operation;
  if (operationId === undefined) return;
  const at = joinPointer(pointer, "operationId");
  if (operationId === "" || (typeof operationId !== "string" && typeof operationId !== "number")) {
    warn({
      kind: "operations",
      message: "`operationId` is empty or not text: the name is derived from the method and path",
      at,
      repair: () => delete operation.operationId,
    });
    return;
  }
  const id = typeof operationId === "string" ? operationId : (context.literal(at) ?? String(operationId));
  if (typeof operationId !== "string")
    warn({
      kind: "operations",
      message: `\`operationId\` ${id} is a number: read as "${id}"`,
      at,
      repair: () => setOwn(operation, "operationId", id),
    });
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, at);
    return;
  }
  // A client is still correct with one of them renamed (published documents do this: two `POST-design`).
  let suffix = 2;
  while (seen.has(`${id}_${suffix}`)) suffix += 1;
  const renamed = `${id}_${suffix}`;
  seen.set(renamed, at);
  warn({
    kind: "duplicate operationId",
    message: `operationId "${id}" is used again (first at #${first}): read as "${renamed}", so this operation's method and types are named after that`,
    at,
    repair: () => setOwn(operation, "operationId", renamed),
  });
}

/** Renames a key in place, keeping the order of the others. */
function renameKey(target: Record<string, unknown>, from: string, to: string): void {
  const entries = Object.entries(target);
  for (const key of Object.keys(target)) delete target[key];
  for (const [key, value] of entries) setOwn(target, key === from ? to : key, value);
}
