import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../generator/write/plan-output.js";
import { dirContents } from "./support/dir-state.js";
import { generatePackage } from "./support/generated-package.js";
import { type Outcomes, runExportedFunctions } from "./support/run-downstream.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { typecheckProject } from "./support/typecheck.js";

// The in-place rewrite end to end: a consumer of the petstore spec whose main client moves as a whole
// (construction, `use` lines, openapi-fetch's import, the imports left unused), under noUnusedLocals.

const FIXTURE = path.join(REPO_ROOT, "test/downstream-openapi-fetch/petstore-app");
const SPEC = path.join(REPO_ROOT, "test/specs/petstore-30.yaml");
const PACKAGE = "pet-store-3-0-test-spec-client";

/** Headers fetch itself sets, the same for both clients. */
const TRANSPORT_HEADERS = [
  "host",
  "connection",
  "content-length",
  "user-agent",
  "accept-encoding",
  "accept-language",
  "sec-fetch-mode",
];

interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly status: number;
  readonly headers: Record<string, unknown>;
}
interface Mock {
  readonly url: string;
  readonly requests: readonly Recorded[];
  respond(operation: string, answer: { status?: number; body?: unknown }): void;
  reset(): void;
  close(): Promise<void>;
}

/** A copy of the consumer with the generated package and openapi-fetch installed as real dependencies would be. */
function consumerProject(packageDir: string): string {
  const dir = makeTempDir("downstream-fetch-petstore");
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(path.join(dir, "node_modules"));
  const link = (target: string, name: string) => symlinkSync(target, path.join(dir, "node_modules", name), "dir");
  link(packageDir, PACKAGE);
  link(path.join(REPO_ROOT, "node_modules", "openapi-fetch"), "openapi-fetch");
  link(path.join(REPO_ROOT, "node_modules", "@types"), "@types");
  return dir;
}

function migrate(dir: string, ...flags: string[]) {
  const args = [path.join(REPO_ROOT, "bin/codegen.mjs"), "migrate", "--from", "openapi-fetch", dir, "--spec", SPEC];
  const result = spawnSync(process.execPath, [...args, ...flags], { cwd: REPO_ROOT, encoding: "utf8" });
  const normalize = (text: string) => text.split(path.relative(REPO_ROOT, dir)).join("<project>");
  return { status: result.status, stdout: normalize(result.stdout), stderr: normalize(result.stderr) };
}

function sources(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(path.join(dir, "src")).map((file) => [file, readFileSync(path.join(dir, "src", file), "utf8")]),
  );
}

const ERROR = { code: 42, message: "no such pet" };
const SCENARIOS = {
  success: (mock: Mock) => {
    mock.respond("getPet", { body: { id: 7, name: "Rex", status: "available" } });
    mock.respond("listPets", { body: [{ id: 1, name: "Tom", status: "sold" }] });
  },
  errors: (mock: Mock) => {
    mock.respond("getPet", { status: 404, body: ERROR });
    mock.respond("listPets", { status: 400, body: ERROR });
    mock.respond("createPet", { status: 422, body: ERROR });
    mock.respond("deletePet", { status: 404, body: ERROR });
  },
} as const;

interface Run {
  readonly outcomes: Outcomes;
  /** Every request as the mock received it, in order, without the headers fetch itself sets. */
  readonly requests: Record<string, unknown>[];
}

describe("migrate --from openapi-fetch: the in-place rewrite of a petstore consumer", () => {
  let mock: Mock;
  let dir: string;
  let packageDir: string;
  let runs = 0;
  const before: Partial<Record<keyof typeof SCENARIOS, Run>> = {};

  async function behaviour(scenario: keyof typeof SCENARIOS): Promise<Run> {
    mock.reset();
    SCENARIOS[scenario](mock);
    runs += 1;
    const emitWarning = process.emitWarning;
    // The generated client warns once that deletePet is deprecated: not part of what is compared.
    process.emitWarning = (() => undefined) as typeof process.emitWarning;
    try {
      const outcomes = await runExportedFunctions(dir, `${scenario}-${runs}`);
      const requests = mock.requests.map((request) => ({
        method: request.method,
        path: request.path,
        body: request.body,
        status: request.status,
        headers: Object.fromEntries(
          Object.entries(request.headers).filter(([name]) => !TRANSPORT_HEADERS.includes(name)),
        ),
      }));
      return { outcomes, requests };
    } finally {
      process.emitWarning = emitWarning;
    }
  }

  beforeAll(async () => {
    const generated = await generatePackage(SPEC, "petstore-fetch-package");
    packageDir = generated.dir;
    mock = await (
      await generated.importEntry<{ createMockServer(o: object): Promise<Mock> }>("dist/testing.js")
    ).createMockServer({ seed: 7 });
    process.env.PETSTORE_BASE_URL = mock.url;
    process.env.PETSTORE_TOKEN = "petstore-token";
    dir = consumerProject(packageDir);
    for (const scenario of ["success", "errors"] as const) before[scenario] = await behaviour(scenario);
  }, 60_000);
  afterAll(async () => {
    await mock.close();
    removeDir(dir);
    removeDir(packageDir);
  });

  it("type-checks under noUnusedLocals and runs against the mock through openapi-fetch before the rewrite", () => {
    expect(typecheckProject(dir)).toEqual([]);
    expect(before.success?.outcomes).toMatchObject({
      "pets.ts:listTagged": "Tom",
      "pets.ts:petName": "Rex",
      "pets.ts:remove": 204,
      "aliased.ts:petCount": 1,
      "pair.ts:pairStatuses": "200 200",
      "typed.ts:firstPetStatus": "available",
    });
    expect(before.errors?.outcomes).toMatchObject({
      "pets.ts:adopt": "422: 42",
      "pets.ts:listTagged": "failed: no such pet",
      "pets.ts:petName": "404 no such pet",
      "typed.ts:firstPetStatus": "failed: no such pet",
    });
    const listed = before.success?.requests.find((request) => String(request.path).includes("tags="));
    expect(listed).toMatchObject({
      path: "/pets?tags=cat&tags=small&limit=5",
      headers: { authorization: "Bearer petstore-token", "x-request-id": "req-1" },
    });
  });

  it("without --write prints the in-place rewrite and the calls it leaves, and changes nothing", () => {
    const snapshot = dirContents(path.join(dir, "src"));
    const dry = migrate(dir);
    expect(dry.status).toBe(1);
    expect(dirContents(path.join(dir, "src"))).toEqual(snapshot);
    expect(dry.stdout).toContain("-client.use(auth);");
    expect(dry.stdout).toContain("+  middleware: [auth],");
    expect(dry.stdout).toContain("-const typed: Client<paths> = createClient<paths>({");
    expect(dry.stdout).toContain("+const typed = createClient({");
    expect(dry.stderr).toContain(
      "<project>/src/photos.ts:12:30: cannot rewrite this openapi-fetch call: the body is application/x-www-form-urlencoded",
    );
    expect(dry.stderr).toContain(
      "<project>/src/photos.ts:24:26: cannot rewrite this openapi-fetch call: the path `PET` is not a literal",
    );
    // A new error outside the calls (the alias the rewrite leaves unused) refuses the client as a whole.
    expect(dry.stderr).toContain(
      "<project>/src/aliased.ts:13:26: cannot rewrite this openapi-fetch call: the rewritten project would not type-check (TS6196: 'PetPaths' is declared but never used.)",
    );
    expect(dry.stderr).toContain("migrate: would rewrite 8 call(s) in 4 file(s); 3 left with a reason");
  });

  it("with --write every call of the main client moves in place, and the project still type-checks", () => {
    const written = migrate(dir, "--write");
    expect(written.status).toBe(1);
    expect(written.stderr).toContain("migrate: rewrote 8 call(s) in 4 file(s); 3 left with a reason");
    expect(typecheckProject(dir)).toEqual([]);
    const after = sources(dir);
    expect(after["client.ts"]).toContain(
      [
        'import { createClient } from "pet-store-3-0-test-spec-client";',
        'import { type Middleware } from "openapi-fetch";',
      ].join("\n"),
    );
    expect(after["client.ts"]).toContain(
      [
        "export const client = createClient({",
        '  baseUrl: process.env.PETSTORE_BASE_URL ?? "https://pets.example.test/v1",',
        "  headers: { Accept: null },",
        "  middleware: [auth],",
        "  retry: false,",
        "});\n",
      ].join("\n"),
    );
    expect(after["client.ts"]).not.toMatch(/paths|client\.use|createClient</);
    expect(after["pets.ts"]).toContain("await client.listPets({");
    expect(after["pets.ts"]).toContain('await client.deletePet({ parseAs: "json", params: { path: { petId: "8" } } })');
    expect(after["typed.ts"]).not.toMatch(/from "openapi-fetch"|\bpaths\b|Client</);
    expect(after["typed.ts"]).toContain("const typed = createClient({");
    expect(after["pair.ts"]).toMatch(
      /^import \{ createClient as createGeneratedClient \} from "[^"]+";\n\nconst baseUrl/,
    );
    expect(after["pair.ts"]).toContain(
      "const first = createGeneratedClient({ baseUrl, headers: { Accept: null, ...headers }, retry: false });",
    );
    expect(after["pair.ts"]).toContain(
      "const second = createGeneratedClient({ baseUrl, headers: { Accept: null, ...headers }, retry: false });",
    );
    // Nothing of the second client could move: it stays openapi-fetch's, with no generated one beside it.
    expect(after["photos.ts"]).toBe(readFileSync(path.join(FIXTURE, "src/photos.ts"), "utf8"));
    expect(after["aliased.ts"]).toBe(readFileSync(path.join(FIXTURE, "src/aliased.ts"), "utf8"));
  });

  it("after the rewrite every function reads the same data and error from the same requests", async () => {
    for (const scenario of ["success", "errors"] as const) {
      const run = await behaviour(scenario);
      // One request per exported function.
      expect(run.requests).toHaveLength(11);
      expect(run.outcomes).toEqual(before[scenario]?.outcomes);
      expect(run.requests).toEqual(before[scenario]?.requests);
    }
  });

  it("is idempotent: a second run changes nothing and reports the same calls", () => {
    const snapshot = dirContents(path.join(dir, "src"));
    const again = migrate(dir, "--write");
    expect(again.stderr).toContain("migrate: rewrote 0 call(s) in 0 file(s); 3 left with a reason");
    expect(dirContents(path.join(dir, "src"))).toEqual(snapshot);
  });
});
