import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type ErrorRequestHandler } from "express";
import * as OpenApiValidator from "express-openapi-validator";

// An independent judge of the requests a generated client sends: express-openapi-validator, a
// kept library that reads raw HTTP through Express's own parsers (qs for queries, multer for
// multipart) and checks parameters, content types and bodies against the document with ajv. Of
// the validators that run on Node 20 here (Prism needs Node 24), it is the strictest: unknown query
// parameters, undocumented routes and wrong media types are refused, not ignored.

export interface Verdict {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly message: string | undefined;
}

export interface ValidatingServer {
  /** http://127.0.0.1:<port> followed by the document's base path. */
  readonly baseUrl: string;
  readonly verdicts: Verdict[];
  close(): Promise<void>;
}

/** The path part of the first server's URL, where the validator expects the document's paths. */
export function basePath(document: Record<string, unknown>): string {
  const servers = Array.isArray(document.servers) ? document.servers : [];
  const first = servers[0] as { url?: unknown; variables?: Record<string, { default?: unknown }> } | undefined;
  if (typeof first?.url !== "string") return "";
  const url = first.url.replace(/\{([^}]+)\}/g, (_, name: string) => String(first.variables?.[name]?.default ?? ""));
  try {
    return new URL(url, "http://base.invalid").pathname.replace(/\/+$/, "");
  } catch {
    return "";
  }
}

/**
 * The validator's ajv reads patterns with the `u` flag and fails on the whole document for one it
 * rejects (DigitalOcean's `[a-zA-Z0-9_\\-\\:]`). Such a pattern's needless escapes are dropped, which
 * keeps its meaning; one that still fails is left out (and says so), as our own ajv wrapper does.
 * The judge reads a copy; nothing here makes it accept more than the document allows.
 */
/** Keys whose values are maps of names: a member named `example` there is a name, not an example. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "schemas",
  "parameters",
  "headers",
  "responses",
  "requestBodies",
  "examples",
  "securitySchemes",
  "links",
  "callbacks",
  "encoding",
  "content",
  "paths",
  "definitions",
  "$defs",
  "variables",
  "mapping",
]);

function unicodeSafe(value: unknown, dropped: string[], parentKey = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => unicodeSafe(item, dropped));
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) {
    // Examples judge nothing, and its $ref parser follows a `$ref` inside one (SCIM examples hold URLs).
    if ((key === "example" || key === "examples") && !NAME_MAPS.has(parentKey)) continue;
    // Its ajv refuses the whole document for a `nullable` without `type`; without it, null is refused there: stricter, not laxer.
    if (key === "nullable" && record.type === undefined && !NAME_MAPS.has(parentKey)) continue;
    let next = unicodeSafe(item, dropped, key);
    if (key === "pattern" && typeof item === "string" && !compiles(item)) {
      const unescaped = item.replace(/\\([^A-Za-z0-9.*+?^$|()[\]{}\\/-])/g, "$1").replace(/\\-(?![^[]*\])/g, "-");
      next = compiles(unescaped) ? unescaped : undefined;
      if (next === undefined) dropped.push(item);
    }
    if (next !== undefined)
      Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

export async function startValidatingServer(document: Record<string, unknown>): Promise<ValidatingServer> {
  const verdicts: Verdict[] = [];
  const app = express();
  // strict: false, so a JSON body that is a string or a number (a document may describe one) is read, not refused.
  app.use(express.json({ type: ["application/json", "application/*+json", "*/*+json"], limit: "10mb", strict: false }));
  app.use(express.urlencoded({ extended: false, limit: "10mb" }));
  app.use(express.text({ type: ["text/*", "application/xml", "*/*+xml"], limit: "10mb" }));
  app.use(
    express.raw({
      type: (request) =>
        !/json|x-www-form-urlencoded|multipart|text\/|xml/i.test(String(request.headers["content-type"] ?? "")),
      limit: "10mb",
    }),
  );
  app.use(
    OpenApiValidator.middleware({
      apiSpec: unicodeSafe(document, []) as never,
      validateApiSpec: false,
      // "array": one value of a repeated form field or multipart part is a list of one, as the client sent it.
      validateRequests: { allowUnknownQueryParameters: false, coerceTypes: "array" },
      validateResponses: false,
      validateSecurity: false,
      ignoreUndocumented: false,
    }),
  );
  app.use((request, response) => {
    verdicts.push({ method: request.method, url: request.originalUrl, status: 204, message: undefined });
    response.status(204).end();
  });
  const onError: ErrorRequestHandler = (error: { status?: number; message?: string }, request, response, _next) => {
    const status = typeof error.status === "number" ? error.status : 500;
    verdicts.push({ method: request.method, url: request.originalUrl, status, message: error.message });
    response.status(status).json({ message: error.message });
  };
  app.use(onError);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${basePath(document)}`,
    verdicts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
