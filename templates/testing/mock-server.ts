/// <reference types="node" />
// A contract mock of the API on a real HTTP server (127.0.0.1, a free port): it checks each
// request against the spec, answers with fixture data or per-test overrides, and records requests.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { buildFromSchema } from "../fixtures/build.js";
import type { Schema, SchemaTable } from "../fixtures/schema.js";
import { validate } from "../fixtures/validate.js";
import { echoPathParameters, errorBody, errorSchema } from "./mock-answers.js";

export interface MockOperation {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly requiredQuery: readonly string[];
  readonly requiredHeaders: readonly string[];
  readonly requestBody?: { readonly required: boolean; readonly contentTypes: readonly string[]; readonly schema: Schema };
  readonly responses: readonly { readonly status: number; readonly contentType?: string; readonly schema?: Schema }[];
}

/** A canned answer: any part left out comes from the spec (the first 2xx status, a fixture body). */
export interface MockAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface RecordedRequest {
  /** The operation the request matched, or undefined. */
  readonly operation: string | undefined;
  readonly method: string;
  /** The path as sent, percent-encoding intact. */
  readonly path: string;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingMessage["headers"];
  readonly body: unknown;
  /** The status the mock answered with. */
  readonly status: number;
}

export interface MockServer<Name extends string = string> {
  /** http://127.0.0.1:<port>: pass it as the client's `baseUrl`. */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  /** Answers an operation's next requests with `answer` (or what the function returns), until reset. */
  respond(operation: Name, answer: MockAnswer | ((request: RecordedRequest) => MockAnswer)): void;
  /** Forgets overrides and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

export interface MockServerOptions {
  /** Seed of the fixture bodies. */
  seed?: string | number;
  /** Header that must be present on every request (from the security scheme), or undefined. */
  authHeader?: string;
}

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  delayMs: number;
}

interface Route {
  readonly operation: MockOperation;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function route(operation: MockOperation): Route {
  const names: string[] = [];
  const source = operation.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      if (!/^\{[^}]+\}$/.test(part)) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(part.slice(1, -1));
      return "([^/]+)";
    })
    .join("");
  return { operation, pattern: new RegExp(`^${source}$`), names };
}

class Rejection extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function mediaType(value: string | undefined): string {
  return (value ?? "").split(";").map((part) => part.trim().toLowerCase()).join("; ");
}

/** The body as the mock records it: parsed JSON when it is, else the text. */
function parseBody(raw: string): unknown {
  if (raw === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** Checks headers, query, content type and body against the spec; throws a Rejection naming what is wrong. */
function checkRequest(table: SchemaTable, operation: MockOperation, request: IncomingMessage, query: URLSearchParams, raw: string): void {
  for (const name of operation.requiredHeaders) {
    if (request.headers[name.toLowerCase()] === undefined) throw new Rejection(400, "invalid_request", `missing required header ${name}`);
  }
  for (const name of operation.requiredQuery) {
    if (!query.has(name)) throw new Rejection(400, "invalid_request", `missing required query parameter ${name}`);
  }
  const body = operation.requestBody;
  if (body === undefined || (raw === "" && !body.required)) return;
  if (raw === "") throw new Rejection(400, "invalid_request", "the request body is required");
  const sent = mediaType(request.headers["content-type"]);
  if (!body.contentTypes.some((type) => mediaType(type) === sent)) {
    throw new Rejection(400, "invalid_request", `Content-Type must be ${body.contentTypes.join(" or ")}, not ${sent || "absent"}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Rejection(400, "invalid_request", "the request body is not valid JSON");
  }
  const violation = validate(table, body.schema, parsed);
  if (violation !== undefined) throw new Rejection(400, "invalid_request", `request body ${violation.path || "/"} ${violation.message}`);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

export async function startMockServer(table: SchemaTable, operations: readonly MockOperation[], options: MockServerOptions = {}): Promise<MockServer> {
  const routes = operations.map(route);
  const requests: RecordedRequest[] = [];
  const overrides = new Map<string, MockAnswer | ((request: RecordedRequest) => MockAnswer)>();
  const counters = new Map<string, number>();

  const everyOperation = operations.map((operation) => operation.responses);
  const nextSeed = (name: string): string => {
    const count = counters.get(name) ?? 0;
    counters.set(name, count + 1);
    return `mock|${String(options.seed ?? "")}|${name}|${count}`;
  };

  /** The answer to a request that reached an operation: the test's override over the spec's first 2xx and a fixture. */
  const answerFor = (operation: MockOperation, given: MockAnswer, pathParams: Readonly<Record<string, string>>): Answer => {
    const success = operation.responses.find((response) => response.status >= 200 && response.status < 300);
    const status = given.status ?? success?.status ?? 200;
    const documented = operation.responses.find((response) => response.status === status);
    const seed = nextSeed(operation.name);
    const built = documented?.schema === undefined ? undefined : buildFromSchema(table, documented.schema, seed);
    const body = "body" in given ? given.body : echoPathParameters(table, documented?.schema, built, operation.path, pathParams);
    return { status, body, headers: given.headers ?? {}, delayMs: given.delayMs ?? 0 };
  };

  /** An error the mock makes itself, in the schema the spec gives its status. */
  const rejectionAnswer = (operation: MockOperation | undefined, error: Rejection): Answer => {
    const schema = errorSchema(operation?.responses ?? [], everyOperation, error.status);
    return { status: error.status, body: errorBody(table, schema, error.code, error.message, nextSeed(`${operation?.name ?? ""}#${error.status}`)), headers: {}, delayMs: 0 };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const raw = await readBody(request);
    const url = new URL(request.url ?? "/", "http://mock.invalid");
    const method = (request.method ?? "GET").toUpperCase();
    const matches = routes.map((candidate) => ({ candidate, match: candidate.pattern.exec(url.pathname) })).filter((entry) => entry.match !== null);
    const found = matches.find((entry) => entry.candidate.operation.method === method);
    const pathParams: Record<string, string> = {};
    found?.candidate.names.forEach((name, index) => {
      pathParams[name] = decodeURIComponent(found.match?.[index + 1] ?? "");
    });
    const body = parseBody(raw);
    const recorded = { operation: found?.candidate.operation.name, method, path: url.pathname + url.search, pathParams, query: Object.fromEntries(url.searchParams), headers: request.headers, body };
    let answer: Answer;
    try {
      if (found === undefined) {
        if (matches.length > 0) throw new Rejection(405, "method_not_allowed", `${method} is not an operation of ${url.pathname}`);
        throw new Rejection(404, "not_found", `no operation matches ${method} ${url.pathname}`);
      }
      // As a real service: authentication first, then what the test decided (a 429, a 404), then the body.
      if (options.authHeader !== undefined && request.headers[options.authHeader.toLowerCase()] === undefined) {
        throw new Rejection(401, "unauthorized", `missing ${options.authHeader} header`);
      }
      const operation = found.candidate.operation;
      const override = overrides.get(operation.name);
      const given = typeof override === "function" ? override({ ...recorded, status: 0 }) : (override ?? {});
      if (given.status === undefined || given.status < 400) checkRequest(table, operation, request, url.searchParams, raw);
      answer = answerFor(operation, given, pathParams);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      answer = rejectionAnswer(found?.candidate.operation, error);
    }
    // A 429 says when to come back: at once, unless the test says otherwise, so retries cost nothing.
    if (answer.status === 429 && !Object.keys(answer.headers).some((name) => name.toLowerCase() === "retry-after")) answer.headers = { ...answer.headers, "Retry-After": "0" };
    requests.push({ ...recorded, status: answer.status });
    if (answer.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    const text = answer.body === undefined ? "" : JSON.stringify(answer.body);
    response.writeHead(answer.status, { ...(text === "" ? {} : { "Content-Type": "application/json" }), ...answer.headers });
    response.end(text);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ code: "mock_error", message: error instanceof Error ? error.message : String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond: (operation, answer) => {
      overrides.set(operation, answer);
    },
    reset: () => {
      overrides.clear();
      requests.length = 0;
      counters.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
