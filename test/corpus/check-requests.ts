import path from "node:path";
import { pathToFileURL } from "node:url";
import { type RecordedRequest, startLoopbackServer } from "../support/loopback-server.js";
import { basePath, startValidatingServer, type Verdict } from "../support/request-validator.js";
import { judgeLimit, unsendable } from "./known-refusals.js";
import { createWireJudge } from "./wire-judge.js";

// For every operation of a generated package: a request built from fixtures (each parameter's and
// the default request media type's schema), sent by the generated client to two judges on loopback.
// The first is express-openapi-validator; where it cannot load the document or has a named limit
// (`known-refusals.ts`), the second (`wire-judge.ts`: ajv over the raw request decoded from the
// specification's rules) decides. Neither judge is our mock: each parses the wire itself.

interface TableParameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly example?: unknown;
  readonly schema: unknown;
}

interface TableOperation {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly TableParameter[];
  readonly requestBody?: {
    readonly required: boolean;
    readonly media: readonly { readonly contentType: string; readonly schema: unknown }[];
  };
}

type Call = (init: Record<string, unknown>) => Promise<{ status: number }>;

/** How one operation's request was judged. */
export interface RequestJudgement {
  /** `operation (METHOD path)`. */
  readonly label: string;
  /** Who decided: the first judge, the second, or nobody (no request could be built). */
  readonly judge: "express-openapi-validator" | "wire" | "none";
  readonly accepted: boolean;
  /** What the deciding judge said when it refused, or why nobody judged. */
  readonly message?: string;
  /** Where the second judge decided: the first judge's named limit, and what the first judge said. */
  readonly limit?: string;
  readonly firstSaid?: string;
  /** A refusal's known cause: the document asks for what no fetch client can send. */
  readonly known?: string;
}

export interface RequestCheck {
  readonly operations: number;
  readonly judgements: readonly RequestJudgement[];
}

/** Headers the transport owns; a document that lists them as parameters does not decide them. */
const TRANSPORT_HEADERS = new Set(["content-type", "content-length", "authorization", "host", "cookie"]);

async function load<T>(dir: string, file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(dir, "dist", file)).href)) as T;
}

function requestOf(
  operation: TableOperation,
  build: (schema: unknown, seed: string, mediaType?: string) => unknown,
  conforms: (schema: unknown, value: unknown) => boolean,
): Record<string, unknown> {
  const params: Record<string, Record<string, unknown>> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === "header" && TRANSPORT_HEADERS.has(parameter.name.toLowerCase())) continue;
    // The parameter's own example where it fits its schema (a default of "" is not a value to send).
    const example =
      parameter.example !== undefined && conforms(parameter.schema, parameter.example) ? parameter.example : undefined;
    const value = example ?? build(parameter.schema, `${operation.name}|${parameter.in}|${parameter.name}`);
    // An optional parameter whose value would be empty is left out: an empty value needs `allowEmptyValue`.
    if (value === undefined || (value === "" && !parameter.required)) continue;
    const group = params[parameter.in] ?? {};
    params[parameter.in] = group;
    group[parameter.name] = value;
  }
  // fetch cannot send a body with GET or HEAD, whatever a document describes.
  if (operation.method === "GET" || operation.method === "HEAD") return { params };
  const media =
    operation.requestBody?.media.find((entry) => entry.contentType.toLowerCase() === "application/json") ??
    operation.requestBody?.media[0];
  if (media === undefined) return { params };
  return {
    params,
    contentType: media.contentType,
    body: build(media.schema, `${operation.name}|body`, media.contentType),
  };
}

interface Package {
  readonly operations: readonly TableOperation[];
  readonly buildRequest: (operation: TableOperation) => Record<string, unknown>;
  readonly createClient: (options: object) => Record<string, Call>;
}

async function loadPackage(dir: string): Promise<Package> {
  const { OPERATION_TABLE } = await load<{ OPERATION_TABLE: readonly TableOperation[] }>(dir, "operation-table.js");
  const { SCHEMA_TABLE } = await load<{ SCHEMA_TABLE: unknown }>(dir, "schema-table.js");
  const { buildFromSchema } = await load<{
    buildFromSchema(
      table: unknown,
      schema: unknown,
      seed: string,
      override: undefined,
      direction: "request",
      mediaType?: string,
    ): unknown;
  }>(dir, "fixtures/build.js");
  const { conforms } = await load<{ conforms(table: unknown, schema: unknown, value: unknown): boolean }>(
    dir,
    "fixtures/validate.js",
  );
  const { createClient } = await load<{ createClient(options: object): Record<string, Call> }>(dir, "index.js");
  const buildRequest = (operation: TableOperation): Record<string, unknown> =>
    requestOf(
      operation,
      (schema, seed, mediaType) => buildFromSchema(SCHEMA_TABLE, schema, seed, undefined, "request", mediaType),
      (schema, value) => conforms(SCHEMA_TABLE, schema, value),
    );
  return { operations: OPERATION_TABLE, buildRequest, createClient };
}

const CLIENT_OPTIONS = { token: "test-token", retry: false, deprecationWarnings: false, timeoutMs: 10_000 };

/** Sends `init` with `client` and returns what the server recorded last, with the client's status. */
async function send(
  client: Record<string, Call>,
  name: string,
  init: Record<string, unknown>,
): Promise<number | string> {
  try {
    return (await client[name]?.(init))?.status ?? "no method";
  } catch (error) {
    return `threw ${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function checkRequests(
  dir: string,
  document: Record<string, unknown>,
  documentName: string,
): Promise<RequestCheck> {
  const pkg = await loadPackage(dir);
  // The validator's ajv warns on the console of every format it does not know (`cidr`); the run's output is ours.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!/^unknown format/.test(String(args[0]))) warn(...args);
  };
  const first = await startValidatingServer(document);
  const recorder = await startLoopbackServer();
  recorder.respond(() => ({ status: 204 }));
  const base = basePath(document);
  const firstClient = pkg.createClient({ ...CLIENT_OPTIONS, baseUrl: first.baseUrl });
  const secondClient = pkg.createClient({ ...CLIENT_OPTIONS, baseUrl: `${recorder.baseUrl}${base}` });
  const wireJudge = createWireJudge(document, base);
  const judgements: RequestJudgement[] = [];
  try {
    for (const operation of pkg.operations) {
      const label = `${operation.name} (${operation.method} ${operation.path})`;
      let init: Record<string, unknown>;
      try {
        init = pkg.buildRequest(operation);
      } catch (error) {
        // A schema the generator warned has no valid value: nothing valid can be sent.
        const message = `no request could be built: ${error instanceof Error ? error.message : String(error)}`;
        judgements.push({ label, judge: "none", accepted: false, message });
        continue;
      }
      const before = first.verdicts.length;
      const status = await send(firstClient, operation.name, init);
      const verdict: Verdict | undefined = first.verdicts.length > before ? first.verdicts.at(-1) : undefined;
      if (status === 204) {
        judgements.push({ label, judge: "express-openapi-validator", accepted: true });
        continue;
      }
      const firstSaid = `${status} ${verdict?.message ?? ""}`.trim();
      const limit = judgeLimit({ document, documentName, operation, firstStatus: verdict?.status, firstSaid });
      if (limit === undefined) {
        const known = unsendable(operation);
        const judgement = { label, judge: "express-openapi-validator", accepted: false, message: firstSaid } as const;
        judgements.push(known === undefined ? judgement : { ...judgement, known });
        continue;
      }
      const recorded = recorder.requests.length;
      const secondStatus = await send(secondClient, operation.name, init);
      const request: RecordedRequest | undefined = recorder.requests[recorded];
      const second =
        request === undefined
          ? { accepted: false, problems: [`nothing reached the second judge (${secondStatus})`] }
          : await wireJudge(operation.method, operation.path, request);
      if ("undetermined" in second && second.undetermined !== undefined) {
        const message = `not judged: ${second.undetermined}`;
        judgements.push({ label, judge: "none", accepted: false, message, limit: limit.name, firstSaid });
        continue;
      }
      const known = second.accepted ? undefined : unsendable(operation);
      judgements.push({
        label,
        judge: "wire",
        accepted: second.accepted,
        ...(second.accepted ? {} : { message: second.problems.join("; ") }),
        ...(known === undefined ? {} : { known }),
        limit: limit.name,
        firstSaid,
      });
    }
  } finally {
    console.warn = warn;
    await Promise.all([first.close(), recorder.close()]);
  }
  return { operations: pkg.operations.length, judgements };
}
