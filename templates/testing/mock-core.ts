// The contract mock's decisions, independent of how requests arrive: the loopback server
// (testing/mock-server.ts) and the MSW handlers (msw.ts) both ask this one core, so they check,
// answer and word their errors the same way. No Node or browser APIs here.
import {
  documentedBody,
  responseFor,
  routePattern,
  streamFixture,
  type TableOperation,
} from "../fixtures/operations.js";
import type { Schema, SchemaTable } from "../fixtures/schema.js";
import type { StreamFraming } from "../runtime/media.js";
import type { OperationValidators } from "../validators/standard.js";
import type { BodyEncoding } from "./body-decode.js";
import { echoPathParameters, errorBody, errorSchema } from "./mock-answers.js";
import {
  acceptsBody,
  type CredentialSlot,
  checkBody,
  checkParameters,
  missingCredentials,
  type Params,
  Rejection,
} from "./request-checks.js";
import type { MockParameter } from "./wire-decode.js";

export { answerPayload, streamPieces } from "./answer-payload.js";
export { type CredentialSlot, Rejection } from "./request-checks.js";
export type { MockParameter } from "./wire-decode.js";

/** An operation as the mock checks it: the table's entry with what a request must carry. */
export interface MockOperation extends TableOperation {
  readonly parameters: readonly MockParameter[];
  /**
   * The credentials a request must carry: alternatives (the operation's security requirements),
   * each where and under what name; absent when the operation requires none.
   */
  readonly credentials?: readonly (readonly CredentialSlot[])[];
  readonly requestBody?: {
    readonly required: boolean;
    readonly media: readonly {
      readonly contentType: string;
      readonly schema: Schema;
      readonly encoding?: Readonly<Record<string, BodyEncoding>>;
    }[];
  };
}

/** A canned answer: any part left out comes from the spec (the first 2xx status, a fixture body). */
export interface MockAnswer {
  status?: number;
  /** For a stream (JSON Lines, server-sent events…): the list of its items (events as `{ event?, id?, retry?, data }`). */
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** For a stream built from fixtures: how many items (default 3), and the time between two of them (default 0). */
  stream?: { count?: number; intervalMs?: number };
}

export interface RecordedRequest {
  /** The operation the request matched, or undefined. */
  readonly operation: string | undefined;
  readonly method: string;
  /** The path as sent, percent-encoding intact. */
  readonly path: string;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** Every documented parameter the request carries, decoded per its style (`{ query: { fields: ["id", "name"] } }`). */
  readonly params: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
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
  /**
   * The compiled validators (`<pkg>/validators`' `operationValidators`): parameters and bodies are
   * checked with them, so the mock accepts exactly what a validating client sends. An operation
   * without them is checked by the fixture engine's interpreted reading of the same rules.
   */
  validators?: Readonly<Record<string, OperationValidators | undefined>>;
}

/** A request as the core reads it, whatever carried it. */
export interface IncomingCall {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string | Uint8Array;
}

export interface Answer {
  status: number;
  body: unknown;
  /** The documented media type of the answer's body (JSON when undefined). */
  contentType: string | undefined;
  headers: Record<string, string>;
  delayMs: number;
  /** Set when the body is a list of stream items, sent one by one `intervalMs` apart. */
  stream?: { framing: StreamFraming; intervalMs: number };
}

interface Route {
  readonly operation: MockOperation;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function literalLength(path: string): number {
  return path.replace(/\{[^}]+\}/g, "").length;
}

/** The body as the mock records it: parsed JSON when it is, else the text. */
function recordedBody(raw: string | Uint8Array): unknown {
  const text = typeof raw === "string" ? raw : new TextDecoder().decode(raw);
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export interface MockCore {
  /** Decides the answer to one request and records it. */
  answer(call: IncomingCall): Answer;
  readonly requests: RecordedRequest[];
  respond(operation: string, answer: MockOverride): void;
  reset(): void;
}

export function createMockCore(
  table: SchemaTable,
  operations: readonly MockOperation[],
  options: MockCoreOptions = {},
): MockCore {
  // Concrete paths before templated ones (`/users/me` before `/users/{id}`), whatever the table's order.
  const routes: Route[] = operations
    .map((operation) => ({ operation, ...routePattern(operation.path) }))
    .sort(
      (a, b) => a.names.length - b.names.length || literalLength(b.operation.path) - literalLength(a.operation.path),
    );
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
  const answerFor = (
    operation: MockOperation,
    given: MockAnswer,
    pathParams: Readonly<Record<string, string>>,
  ): Answer => {
    const success = operation.responses.find((response) => response.status >= 200 && response.status < 300);
    const status = given.status ?? success?.status ?? 200;
    const documented = responseFor(operation.responses, status);
    const headers = { ...documented?.headers, ...given.headers };
    if (documented?.stream !== undefined) {
      const items =
        "body" in given ? given.body : streamFixture(table, documented, nextSeed(operation.name), given.stream?.count);
      return {
        status,
        body: items,
        contentType: documented.contentType,
        headers,
        delayMs: given.delayMs ?? 0,
        stream: { framing: documented.stream.framing, intervalMs: given.stream?.intervalMs ?? 0 },
      };
    }
    const built = documentedBody(table, documented, nextSeed(operation.name));
    const body =
      "body" in given ? given.body : echoPathParameters(table, documented?.schema, built, operation.path, pathParams);
    return { status, body, contentType: documented?.contentType, headers, delayMs: given.delayMs ?? 0 };
  };

  /** An error the mock makes itself, in the schema the spec gives its status. */
  const rejectionAnswer = (operation: MockOperation | undefined, error: Rejection): Answer => {
    const schema = errorSchema(operation?.responses ?? [], everyOperation, error.status);
    const contentType = responseFor(operation?.responses ?? [], error.status)?.contentType;
    return {
      status: error.status,
      body: errorBody(table, schema, error.code, error.message, nextSeed(`${operation?.name ?? ""}#${error.status}`)),
      contentType,
      headers: {},
      delayMs: 0,
    };
  };

  const answer = (call: IncomingCall): Answer => {
    const url = new URL(call.url, "http://mock.invalid");
    // As sent: an additional operation's method is the document's spelling (methods are case-sensitive).
    const method = call.method;
    const matches = routes
      .map((candidate) => ({ candidate, match: candidate.pattern.exec(url.pathname) }))
      .filter((entry) => entry.match !== null);
    const sameMethod = matches.filter(
      (entry) =>
        entry.candidate.operation.method === method || entry.candidate.operation.method === method.toUpperCase(),
    );
    // Operations of one path and method (written apart with a fragment, `…#add_shared_link`): the one whose body schema accepts the request.
    const found =
      sameMethod.length > 1
        ? (sameMethod.find((entry) =>
            acceptsBody(table, entry.candidate.operation, call, options.validators?.[entry.candidate.operation.name]),
          ) ?? sameMethod[0])
        : sameMethod[0];
    const pathParams: Record<string, string> = {};
    const rawPathParams: Record<string, string> = {};
    found?.candidate.names.forEach((name, index) => {
      rawPathParams[name] = found.match?.[index + 1] ?? "";
      pathParams[name] = safeDecode(rawPathParams[name]);
    });
    const recorded = {
      operation: found?.candidate.operation.name,
      method,
      path: url.pathname + url.search,
      pathParams,
      query: Object.fromEntries(url.searchParams),
      params: {} as Params,
      headers: call.headers,
      body: recordedBody(call.body),
    };
    let result: Answer;
    try {
      if (found === undefined) {
        if (matches.length > 0)
          throw new Rejection(405, "method_not_allowed", `${method} is not an operation of ${url.pathname}`);
        throw new Rejection(404, "not_found", `no operation matches ${method} ${url.pathname}`);
      }
      // As a real service: authentication first, then what the test decided (a 429, a 404), then the body.
      const missing = missingCredentials(found.candidate.operation.credentials, call.headers, url);
      if (missing !== undefined) throw new Rejection(401, "unauthorized", missing);
      const operation = found.candidate.operation;
      const override = overrides.get(operation.name);
      const given = typeof override === "function" ? override({ ...recorded, status: 0 }) : (override ?? {});
      if (given.status === undefined || given.status < 400) {
        const validators = options.validators?.[operation.name];
        recorded.params = checkParameters(table, operation, call, url, rawPathParams, validators);
        const body = checkBody(table, operation, call, validators);
        if (body !== undefined && typeof recorded.body !== "object") recorded.body = body;
      }
      result = answerFor(operation, given, pathParams);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      result = rejectionAnswer(found?.candidate.operation, error);
    }
    // A 429 says when to come back: at once, unless the test says otherwise, so retries cost nothing.
    if (result.status === 429 && !Object.keys(result.headers).some((name) => name.toLowerCase() === "retry-after"))
      result.headers = { ...result.headers, "Retry-After": "0" };
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
