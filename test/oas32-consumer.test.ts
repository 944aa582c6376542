import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { makeTempDir, removeDir } from "./support/temp-dirs.js";
import { FLAG_SETS, typecheck, typecheckWithTypeScript7 } from "./support/typecheck.js";

// A downstream project of an OpenAPI 3.2 client, compiled as a user's would be (TypeScript 5.9 and
// 7, `strict` alone and with the stricter flags): QUERY with a body, PURGE, a querystring
// parameter, a JSON Lines stream and server-sent events whose `data` is typed by its contentSchema.
// Lines marked @ts-expect-error must fail, so the types are not merely permissive.

let generated: GeneratedPackage;
let dir: string;
let name: string;
beforeAll(async () => {
  generated = await generatePackage("test/specs/oas32/streams.yaml", "oas32-consumer");
  name = (JSON.parse(readFileSync(path.join(generated.dir, "package.json"), "utf8")) as { name: string }).name;
  dir = makeTempDir("oas32-consumer-project");
  writeFileSync(path.join(dir, "package.json"), '{ "name": "consumer", "private": true, "type": "module" }\n');
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(generated.dir, path.join(dir, "node_modules", name), "dir");
});
afterAll(() => removeDir(dir));

function source(pkg: string): string {
  return `import { createClient, type LogEntry, type Tick } from ${JSON.stringify(pkg)};

const client = createClient({ baseUrl: "http://127.0.0.1:1", token: "t" });

export async function search(): Promise<string[]> {
  const result = await client.searchItems({ body: { text: "cats", limit: 5 } });
  // @ts-expect-error QUERY's body is required
  await client.searchItems();
  return result.status === 200 ? result.data.map((item) => item.name) : [];
}

export async function purge(): Promise<number> {
  const result = await client.purgeCache({ params: { path: { key: "k" }, query: { soft: true } } });
  return result.status;
}

export async function list(): Promise<number> {
  await client.findNumbers({ params: { querystring: { numbers: [1, 2], flag: null } } });
  // @ts-expect-error numbers are integers
  await client.findNumbers({ params: { querystring: { numbers: ["1"] } } });
  const result = await client.listItems({ params: { querystring: { foo: "a + b", bar: true } } });
  return result.status === 200 ? result.data.length : 0;
}

export async function logs(): Promise<LogEntry[]> {
  const result = await client.streamLogs();
  const entries: LogEntry[] = [];
  if (result.status !== 200) return entries;
  for await (const entry of result.data) {
    const level: "debug" | "info" | "warn" | "error" = entry.level;
    if (level === "error") break;
    entries.push(entry);
  }
  return entries;
}

export async function ticks(signal: AbortSignal): Promise<number> {
  const result = await client.streamEvents({ params: { query: { topic: "t" } }, signal });
  let sum = 0;
  if (result.status !== 200) return sum;
  for await (const event of result.data) {
    const tick: Tick = event.data;
    const id: string | undefined = event.id;
    const retry: number | undefined = event.retry;
    // @ts-expect-error data is the contentSchema's object, not the text it arrived as
    const text: string = event.data;
    sum += tick.foo + (id?.length ?? 0) + (retry ?? 0) + text.length;
  }
  return sum;
}

export async function ticker(): Promise<string> {
  const result = await client.streamTicker();
  let joined = "";
  if (result.status === 200) for await (const event of result.data) joined += \`\${event.event ?? "message"}: \${event.data}\`;
  return joined;
}
`;
}

describe("a consumer of a 3.2 client compiles", () => {
  for (const [flags, options] of Object.entries(FLAG_SETS)) {
    it(`with TypeScript 5.9 and 7, ${flags}`, () => {
      const file = path.join(dir, `consumer-${flags}.ts`);
      writeFileSync(file, source(name));
      expect(typecheck([file], options)).toEqual([]);
      expect(typecheckWithTypeScript7(dir, [file], options)).toEqual([]);
    });
  }
});
