// The contract mock's decisions, independent of how requests arrive: the loopback server
// (testing/mock-server.ts) and the MSW handlers (msw.ts) both ask this one core, so they check,
// answer and word their errors the same way. No Node or browser APIs here.
import { buildFromSchema } from "../fixtures/build.js";
import type { Schema, SchemaTable } from "../fixtures/schema.js";
import { validate } from "../fixtures/validate.js";
import { responseFor, routePattern, type TableOperation } from "../fixtures/operations.js";
import { echoPathParameters, errorBody, errorSchema } from "./mock-answers.js";

/** An operation as the mock checks it: the table's entry with what a request must carry. */
export interface MockOperation extends TableOperation {
  readonly requiredQuery: readonly string[];
  readonly requiredHeaders: readonly string[];
  readonly requestBody?: { readonly required: boolean; readonly contentTypes: readonly string[]; readonly schema: Schema };
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
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
  /** The status the mock answered with. */
  readonly status: number;
}

export type MockOverride = MockAnswer | ((request: RecordedRequest) => MockAnswer);

export interface MockCoreOptions {
  /** Seed of the fixture bodies. */
  seed?: string | number;
  /** Header that must be present on every request (from the security scheme), or undefined. */
  authHeader?: string;
}

/** A request as the core reads it, whatever carried it. */
export interface IncomingCall {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface Answer {
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

export class Rejection extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function mediaType(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value.join(",") : (value ?? "");
  return text.split(";").map((part) => part.trim().toLowerCase()).join("; ");
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
function checkRequest(table: SchemaTable, operation: MockOperation, call: IncomingCall, query: URLSearchParams): void {
  for (const name of operation.requiredHeaders) {
    if (call.headers[name.toLowerCase()] === undefined) throw new Rejection(400, "invalid_request", `missing required header ${name}`);
  }
  for (const name of operation.requiredQuery) {
    if (!query.has(name)) throw new Rejection(400, "invalid_request", `missing required query parameter ${name}`);
  }
  const body = operation.requestBody;
  const raw = call.body;
  if (body === undefined || (raw === "" && !body.required)) return;
  if (raw === "") throw new Rejection(400, "invalid_request", "the request body is required");
  const sent = mediaType(call.headers["content-type"]);
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

export interface MockCore {
  /** Decides the answer to one request and records it. */
  answer(call: IncomingCall): Answer;
  readonly requests: RecordedRequest[];
  respond(operation: string, answer: MockOverride): void;
  reset(): void;
}

export function createMockCore(table: SchemaTable, operations: readonly MockOperation[], options: MockCoreOptions = {}): MockCore {
  const routes: Route[] = operations.map((operation) => ({ operation, ...routePattern(operation.path) }));
  const requests: RecordedRequest[] = [];
  const overrides = new Map<string, MockOverride>();
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
    const documented = responseFor(operation.responses, status);
    const built = documented?.schema === undefined ? undefined : buildFromSchema(table, documented.schema, nextSeed(operation.name));
    const body = "body" in given ? given.body : echoPathParameters(table, documented?.schema, built, operation.path, pathParams);
    return { status, body, headers: { ...documented?.headers, ...given.headers }, delayMs: given.delayMs ?? 0 };
  };

  /** An error the mock makes itself, in the schema the spec gives its status. */
  const rejectionAnswer = (operation: MockOperation | undefined, error: Rejection): Answer => {
    const schema = errorSchema(operation?.responses ?? [], everyOperation, error.status);
    return { status: error.status, body: errorBody(table, schema, error.code, error.message, nextSeed(`${operation?.name ?? ""}#${error.status}`)), headers: {}, delayMs: 0 };
  };

  const answer = (call: IncomingCall): Answer => {
    const url = new URL(call.url, "http://mock.invalid");
    const method = call.method.toUpperCase();
    const matches = routes.map((candidate) => ({ candidate, match: candidate.pattern.exec(url.pathname) })).filter((entry) => entry.match !== null);
    const found = matches.find((entry) => entry.candidate.operation.method === method);
    const pathParams: Record<string, string> = {};
    found?.candidate.names.forEach((name, index) => {
      pathParams[name] = decodeURIComponent(found.match?.[index + 1] ?? "");
    });
    const recorded = { operation: found?.candidate.operation.name, method, path: url.pathname + url.search, pathParams, query: Object.fromEntries(url.searchParams), headers: call.headers, body: parseBody(call.body) };
    let result: Answer;
    try {
      if (found === undefined) {
        if (matches.length > 0) throw new Rejection(405, "method_not_allowed", `${method} is not an operation of ${url.pathname}`);
        throw new Rejection(404, "not_found", `no operation matches ${method} ${url.pathname}`);
      }
      // As a real service: authentication first, then what the test decided (a 429, a 404), then the body.
      if (options.authHeader !== undefined && call.headers[options.authHeader.toLowerCase()] === undefined) {
        throw new Rejection(401, "unauthorized", `missing ${options.authHeader} header`);
      }
      const operation = found.candidate.operation;
      const override = overrides.get(operation.name);
      const given = typeof override === "function" ? override({ ...recorded, status: 0 }) : (override ?? {});
      if (given.status === undefined || given.status < 400) checkRequest(table, operation, call, url.searchParams);
      result = answerFor(operation, given, pathParams);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      result = rejectionAnswer(found?.candidate.operation, error);
    }
    // A 429 says when to come back: at once, unless the test says otherwise, so retries cost nothing.
    if (result.status === 429 && !Object.keys(result.headers).some((name) => name.toLowerCase() === "retry-after")) result.headers = { ...result.headers, "Retry-After": "0" };
    requests.push({ ...recorded, status: result.status });
    return result;
  };

  return {
    answer,
    requests,
    respond: (operation, given) => {
      overrides.set(operation, given);
    },
    reset: () => {
      overrides.clear();
      requests.length = 0;
      counters.clear();
    },
  };
}
