import path from "node:path";
import { pathToFileURL } from "node:url";
import { startValidatingServer } from "../support/request-validator.js";

// For every operation of a generated package: a request built from fixtures (each parameter's and
// the default request media type's schema), sent by the generated client to express-openapi-validator
// on loopback, which must accept it. The judge is not our mock: it parses the wire itself.

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

export interface RequestCheck {
  readonly operations: number;
  readonly accepted: number;
  /** Operations the validator could not judge: it failed on the document itself (a 500 of its own). */
  readonly unjudged: number;
  /** What the validator said when it could not judge, each once. */
  readonly unjudgedBecause: readonly string[];
  /** `operation (METHOD path): status message`, for the refused ones. */
  readonly refusals: readonly string[];
}

/** Headers the transport owns; a document that lists them as parameters does not decide them. */
const TRANSPORT_HEADERS = new Set(["content-type", "content-length", "authorization", "host", "cookie"]);

async function load<T>(dir: string, file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(dir, "dist", file)).href)) as T;
}

function requestOf(
  operation: TableOperation,
  build: (schema: unknown, seed: string) => unknown,
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
  return { params, contentType: media.contentType, body: build(media.schema, `${operation.name}|body`) };
}

export async function checkRequests(dir: string, document: Record<string, unknown>): Promise<RequestCheck> {
  const { OPERATION_TABLE } = await load<{ OPERATION_TABLE: readonly TableOperation[] }>(dir, "operation-table.js");
  const { SCHEMA_TABLE } = await load<{ SCHEMA_TABLE: unknown }>(dir, "schema-table.js");
  const { buildFromSchema } = await load<{
    buildFromSchema(table: unknown, schema: unknown, seed: string, override: undefined, direction: "request"): unknown;
  }>(dir, "fixtures/build.js");
  const { conforms } = await load<{ conforms(table: unknown, schema: unknown, value: unknown): boolean }>(
    dir,
    "fixtures/validate.js",
  );
  const { createClient } = await load<{ createClient(options: object): Record<string, Call> }>(dir, "index.js");
  // The validator's ajv warns on the console of every format it does not know (`cidr`); the run's output is ours.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!/^unknown format/.test(String(args[0]))) warn(...args);
  };
  const server = await startValidatingServer(document);
  const client = createClient({
    baseUrl: server.baseUrl,
    token: "test-token",
    retry: false,
    deprecationWarnings: false,
    timeoutMs: 10_000,
  });
  const refusals: string[] = [];
  let accepted = 0;
  let unjudged = 0;
  const unjudgedBecause = new Set<string>();
  try {
    for (const operation of OPERATION_TABLE) {
      let init: Record<string, unknown>;
      try {
        init = requestOf(
          operation,
          (schema, seed) => buildFromSchema(SCHEMA_TABLE, schema, seed, undefined, "request"),
          (schema, value) => conforms(SCHEMA_TABLE, schema, value),
        );
      } catch {
        // A schema the generator warned has no valid value: nothing valid can be sent.
        continue;
      }
      const label = `${operation.name} (${operation.method} ${operation.path})`;
      const before = server.verdicts.length;
      let status: number | string;
      try {
        status = (await client[operation.name]?.(init))?.status ?? "no method";
      } catch (error) {
        status = `threw ${error instanceof Error ? error.message : String(error)}`;
      }
      const verdict = server.verdicts.length > before ? server.verdicts.at(-1) : undefined;
      if (status === 204) accepted += 1;
      else if (status === 500 && verdict?.status === 500) {
        unjudged += 1;
        unjudgedBecause.add((verdict.message ?? "").slice(0, 120));
      } else refusals.push(`${label}: ${status} ${verdict?.message ?? ""}`.trim());
    }
  } finally {
    console.warn = warn;
    await server.close();
  }
  return { operations: OPERATION_TABLE.length, accepted, unjudged, unjudgedBecause: [...unjudgedBecause], refusals };
}
