import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runCli } from "../generator/cli.js";
import { renderFromSpec } from "../generator/generate.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit documents at any depth, as YAML gives them
type Spec = Record<string, any>;

interface Reported {
  readonly level: string;
  readonly kind: string;
  readonly location: string;
  readonly usage?: { readonly operations: readonly string[] };
}

const SPEC = path.join(REPO_ROOT, "test/specs/diff-streams/openapi.yaml");
const dir = makeTempDir("contract-streams");
afterAll(() => removeDir(dir));

function written(change: (spec: Spec) => void): string {
  const spec = parse(readFileSync(SPEC, "utf8")) as Spec;
  change(spec);
  const file = path.join(dir, `new-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify(spec));
  return file;
}

async function diff(change: (spec: Spec) => void): Promise<{ code: number; changes: Reported[] }> {
  let out = "";
  const code = await runCli(["diff", SPEC, written(change), "--json"], {
    stdout: (text) => (out += text),
    stderr: () => undefined,
  });
  return { code, changes: (JSON.parse(out) as { changes: Reported[] }).changes };
}

const schemas = (s: Spec): Spec => s.components.schemas;
const item = (s: Spec, route: string, method: string, status?: string): Spec => {
  const operation = s.paths[route][method];
  const content = status === undefined ? operation.requestBody.content : operation.responses[status].content;
  return (Object.values(content)[0] as Spec).itemSchema;
};

describe("diff reads OpenAPI 3.2 stream items (itemSchema) as it reads schemas", () => {
  it.each<[string, (s: Spec) => void, Omit<Reported, "usage">, string[] | undefined]>([
    [
      "a field removed from a response item ($ref)",
      (s) => {
        delete schemas(s).LogEntry.properties.message;
        schemas(s).LogEntry.required = ["level"];
      },
      { level: "breaking", kind: "response-field-removed", location: "LogEntry.message" },
      ["streamLogs"],
    ],
    [
      "a type changed in a response item ($ref)",
      (s) => (schemas(s).LogEntry.properties.message = { type: "integer" }),
      { level: "breaking", kind: "type-changed", location: "LogEntry.message" },
      ["streamLogs"],
    ],
    [
      "a field removed from an inline response item",
      (s) => delete item(s, "/status", "get", "200").properties.progress,
      { level: "breaking", kind: "response-field-removed", location: "watchStatus 200 response item.progress" },
      undefined,
    ],
    [
      "a field added to an inline response item",
      (s) => (item(s, "/status", "get", "200").properties.eta = { type: "integer" }),
      { level: "info", kind: "response-field-added", location: "watchStatus 200 response item.eta" },
      undefined,
    ],
    [
      "a field removed from a media type component's items",
      (s) => delete s.components.mediaTypes.JobLog.itemSchema.properties.line,
      { level: "breaking", kind: "response-field-removed", location: "streamJobLog 200 response item.line" },
      undefined,
    ],
    [
      "a type changed in a server-sent event's JSON data (contentSchema)",
      (s) => (schemas(s).Tick.properties.price = { type: "string" }),
      { level: "breaking", kind: "type-changed", location: "Tick.price" },
      ["streamTicks"],
    ],
    [
      "a request item's field made required ($ref)",
      (s) => schemas(s).Reading.required.push("unit"),
      { level: "breaking", kind: "request-field-made-required", location: "Reading.unit" },
      ["uploadReadings"],
    ],
    [
      "a type changed in an inline request item",
      (s) => (item(s, "/notes", "post").properties.text = { type: "integer" }),
      { level: "breaking", kind: "type-changed", location: "uploadNotes request body item.text" },
      undefined,
    ],
    [
      "an enum value removed from an inline request item",
      (s) => (item(s, "/notes", "post").properties.mood.enum = ["calm"]),
      { level: "breaking", kind: "request-enum-value-removed", location: "uploadNotes request body item.mood" },
      undefined,
    ],
  ])("%s", async (_label, change, expected, operations) => {
    const { code, changes } = await diff(change);
    expect(changes).toMatchObject([expected]);
    expect(changes[0]?.usage?.operations).toEqual(operations);
    expect(code).toBe(expected.level === "breaking" ? 1 : 0);
  });

  it("what changes the API surface is a change diff sees (it said 'No changes callers can see')", async () => {
    const removed = written((s) => {
      delete schemas(s).LogEntry.properties.message;
      schemas(s).LogEntry.required = ["level"];
    });
    const surface = async (file: string): Promise<string> =>
      (await renderFromSpec({ specPath: file })).get("api-surface.txt") ?? "";
    expect(await surface(removed)).not.toBe(await surface(SPEC));
    let out = "";
    await runCli(["diff", SPEC, removed], { stdout: (text) => (out += `${text}\n`), stderr: () => undefined });
    expect(out).toBe(
      [
        "Schema LogEntry, used by operation streamLogs:",
        "  BREAKING      LogEntry.message: field removed  [response-field-removed]",
        "1 breaking, 0 warning(s) and 0 non-breaking change(s): the generated package needs a major version bump.",
        "",
      ].join("\n"),
    );
  });
});
