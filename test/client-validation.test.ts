import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type ClientWarning,
  createClient,
  RequestValidationError,
  ResponseValidationError,
} from "../generated/dist/index.js";
import { createTransport, patchExperiment, validation } from "../generated/dist/operations.js";
import { operationValidators, patchExperimentValidators } from "../generated/dist/validators.js";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { type Answer, type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";
import { removeDir } from "./support/temp-dirs.js";

// Validation at run time, against a real server on loopback that answers what each test says:
// responses that break the document's schema become `invalid` results (or warnings), requests
// that break it are refused before any byte is sent, stream items are checked as they arrive.

const PATH = { projectKey: "p", environmentKey: "e", experimentKey: "x" };
const PATCH_BODY = { instructions: [{ kind: "archiveExperiment" as const }] };
const EXPERIMENT = { key: "x", name: "X", _maintainerId: "m", _creationDate: 1, environmentKey: "e", _links: {} };

function json(status: number, body: unknown): Answer {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
});

describe("responses", () => {
  it("a body that breaks the schema is an invalid result: status 0, the HTTP status, the parsed body and the issues", async () => {
    const client = createClient({ baseUrl: server.baseUrl, validate: { with: operationValidators } });
    const body = { ...EXPERIMENT, key: undefined, name: 42 };
    server.respond(() => json(200, body));
    const result = await client.patchExperiment({ params: { path: PATH }, body: PATCH_BODY });
    expect(result.status).toBe(0);
    if (!result.invalid) throw new Error("expected an invalid result");
    // Narrowed: error is the validation error, with nothing lost.
    expect(result.malformed).toBe(true);
    expect(result.error).toBeInstanceOf(ResponseValidationError);
    expect(result.error.status).toBe(200);
    expect(result.error.body).toEqual(JSON.parse(JSON.stringify(body)));
    expect(result.error.issues).toEqual([
      { message: "is required", path: ["key"] },
      { message: "must be string, not integer", path: ["name"] },
    ]);
    expect(result.error.message).toContain("key: is required");
    expect(result.response.status).toBe(200);
  });

  it("a conforming body passes untouched; an error body is checked against its status's schema", async () => {
    const client = createClient({ baseUrl: server.baseUrl, validate: { with: operationValidators } });
    server.respond(() => json(200, EXPERIMENT));
    const ok = await client.patchExperiment({ params: { path: PATH }, body: PATCH_BODY });
    expect(ok).toMatchObject({ status: 200, data: EXPERIMENT });
    server.respond(() => json(404, { code: "not_found", message: "gone" }));
    expect(await client.patchExperiment({ params: { path: PATH }, body: PATCH_BODY })).toMatchObject({
      status: 404,
      error: { code: "not_found" },
    });
    server.respond(() => json(404, { code: "not_found" }));
    const invalid = await client.patchExperiment({ params: { path: PATH }, body: PATCH_BODY });
    expect(invalid).toMatchObject({
      status: 0,
      invalid: true,
      error: { status: 404, issues: [{ path: ["message"], message: "is required" }] },
    });
  });

  it('"report" warns with the issues and gives the result as without validation; per call, the mode can change or validation stop', async () => {
    const warnings: ClientWarning[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      validate: { with: operationValidators, responses: "report" },
      onWarning: (warning) => warnings.push(warning),
    });
    server.respond(() => json(200, { ...EXPERIMENT, name: 42 }));
    const result = await client.patchExperiment({ params: { path: PATH }, body: PATCH_BODY });
    expect(result).toMatchObject({ status: 200, data: { name: 42 } });
    expect(warnings).toEqual([
      expect.objectContaining({
        code: "OPENAPI_INVALID_RESPONSE",
        operation: "patchExperiment",
        issues: [{ message: "must be string, not integer", path: ["name"] }],
      }),
    ]);
    const failing = await client.patchExperiment({
      params: { path: PATH },
      body: PATCH_BODY,
      validate: { responses: "fail" },
    });
    expect(failing).toMatchObject({ status: 0, invalid: true });
    const unchecked = await client.patchExperiment({ params: { path: PATH }, body: PATCH_BODY, validate: false });
    expect(unchecked).toMatchObject({ status: 200, data: { name: 42 } });
    expect(warnings).toHaveLength(1);
  });

  it("without `validate`, nothing is checked", async () => {
    const client = createClient({ baseUrl: server.baseUrl });
    server.respond(() => json(200, { name: 42 }));
    expect(await client.patchExperiment({ params: { path: PATH }, body: PATCH_BODY })).toMatchObject({
      status: 200,
      data: { name: 42 },
    });
  });
});

describe("requests", () => {
  it("a request that breaks the schema is refused before anything is sent, naming the field", async () => {
    const client = createClient({ baseUrl: server.baseUrl, validate: { with: operationValidators } });
    server.respond(() => json(200, EXPERIMENT));
    const body = { instructions: [{ kind: "stopIteration", winningTreatmentId: 7 }] } as unknown as typeof PATCH_BODY;
    const refusal = client.patchExperiment({
      params: { path: { ...PATH, experimentKey: undefined as unknown as string } },
      body,
    });
    await expect(refusal).rejects.toBeInstanceOf(RequestValidationError);
    const error = (await refusal.catch((caught: unknown) => caught)) as RequestValidationError;
    expect(error.issues).toEqual([
      { message: "is required", path: ["params", "path", "experimentKey"] },
      { message: "must be string, not integer", path: ["body", "instructions", 0, "winningTreatmentId"] },
      { message: "is required", path: ["body", "instructions", 0, "winningReason"] },
    ]);
    expect(error.message).toContain("body/instructions/0/winningReason: is required");
    expect(server.requests).toHaveLength(0);
  });

  it('"report" warns and sends; "off" sends without a look', async () => {
    const warnings: ClientWarning[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      validate: { with: operationValidators, requests: "report" },
      onWarning: (warning) => warnings.push(warning),
    });
    server.respond(() => json(200, EXPERIMENT));
    const body = { instructions: [] } as typeof PATCH_BODY;
    expect(await client.patchExperiment({ params: { path: PATH }, body })).toMatchObject({ status: 200 });
    expect(warnings).toEqual([
      expect.objectContaining({
        code: "OPENAPI_INVALID_REQUEST",
        issues: [{ message: "must have at least 1 items", path: ["body", "instructions"] }],
      }),
    ]);
    expect(await client.patchExperiment({ params: { path: PATH }, body, validate: { requests: "off" } })).toMatchObject(
      { status: 200 },
    );
    expect(server.requests).toHaveLength(2);
    expect(warnings).toHaveLength(1);
  });
});

describe("<pkg>/operations", () => {
  it("validates with the validators it is given, through the validation feature; without the feature the option is refused", async () => {
    const transport = createTransport(
      { baseUrl: server.baseUrl, validate: { with: { patchExperiment: patchExperimentValidators } } },
      validation,
    );
    server.respond(() => json(200, { ...EXPERIMENT, _links: [] }));
    const result = await patchExperiment(transport, { params: { path: PATH }, body: PATCH_BODY });
    expect(result).toMatchObject({
      status: 0,
      invalid: true,
      error: { issues: [{ path: ["_links"], message: "must be object, not array" }] },
    });
    expect(() => createTransport({ validate: { with: operationValidators } })).toThrow(/needs the validation feature/);
    await expect(
      patchExperiment(createTransport({ baseUrl: server.baseUrl }), {
        params: { path: PATH },
        body: PATCH_BODY,
        validate: { responses: "fail" },
      }),
    ).rejects.toThrow(/needs the validation feature/);
  });
});

describe("streams", () => {
  type Item = { level?: string };
  type StreamResult = { status: number; data?: AsyncIterable<unknown> };
  type StreamClient = {
    streamLogs(init?: object): Promise<StreamResult>;
    streamEvents(init?: object): Promise<StreamResult>;
  };
  let generated: GeneratedPackage;
  let createStreamClient: (options: object) => StreamClient;
  let validators: Record<string, unknown>;
  let StreamItemValidationError: new (...args: never[]) => Error;
  beforeAll(async () => {
    generated = await generatePackage("test/specs/oas32/streams.yaml", "validation-streams");
    const entry = await generated.importEntry<{
      createClient: typeof createStreamClient;
      StreamItemValidationError: typeof StreamItemValidationError;
    }>("dist/index.js");
    createStreamClient = entry.createClient;
    StreamItemValidationError = entry.StreamItemValidationError;
    validators = (await generated.importEntry<{ operationValidators: Record<string, unknown> }>("dist/validators.js"))
      .operationValidators;
  });
  afterAll(() => removeDir(generated.dir));

  const lines = (items: readonly unknown[]): Answer => ({
    status: 200,
    headers: { "content-type": "application/jsonl" },
    chunks: items.map((item, index) => ({ text: `${JSON.stringify(item)}\n`, delayMs: index === 0 ? 0 : 30 })),
  });

  it("each item is checked as it arrives: the iteration throws at the first that breaks its schema, with the item", async () => {
    const client = createStreamClient({ baseUrl: server.baseUrl, validate: { with: validators } });
    server.respond(() =>
      lines([
        { level: "info", message: "a" },
        { level: 3, message: "b" },
        { level: "info", message: "c" },
      ]),
    );
    const result = await client.streamLogs();
    const seen: unknown[] = [];
    let caught: unknown;
    try {
      for await (const item of result.data ?? []) seen.push((item as Item).level);
    } catch (error) {
      caught = error;
    }
    expect(seen).toEqual(["info"]);
    expect(caught).toBeInstanceOf(StreamItemValidationError);
    expect(caught).toMatchObject({ index: 1, item: { level: 3, message: "b" }, issues: [{ path: ["level"] }] });
  });

  it('"report" yields every item and warns for each that breaks its schema; event data is checked as the event\'s', async () => {
    const warnings: ClientWarning[] = [];
    const client = createStreamClient({
      baseUrl: server.baseUrl,
      validate: { with: validators, responses: "report" },
      onWarning: (warning: ClientWarning) => warnings.push(warning),
    });
    server.respond(() =>
      lines([
        { level: "info", message: "a" },
        { level: 3, message: "b" },
      ]),
    );
    const items: unknown[] = [];
    for await (const item of (await client.streamLogs()).data ?? []) items.push(item);
    expect(items).toHaveLength(2);
    expect(warnings.map((warning) => warning.issues?.[0]?.path)).toEqual([["level"]]);
    server.respond(() => ({
      status: 200,
      headers: { "content-type": "text/event-stream" },
      body: 'data: {"foo": 1}\n\ndata: {"foo": "high"}\n\n',
    }));
    const strict = createStreamClient({ baseUrl: server.baseUrl, validate: { with: validators } });
    const events: unknown[] = [];
    await expect(
      (async () => {
        for await (const event of (await strict.streamEvents()).data ?? []) events.push(event);
      })(),
    ).rejects.toMatchObject({
      index: 1,
      item: { data: { foo: "high" } },
      issues: [{ path: ["foo"], message: "must be integer, not string" }],
    });
    expect(events).toEqual([{ data: { foo: 1 } }]);
  });
});
