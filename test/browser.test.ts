import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";
import { STRICT_OPTIONS, typecheck } from "./support/typecheck.js";

// The generated client, its MSW handlers and `<pkg>/query` in a real browser: Debian's Chromium,
// headless, driven by playwright-core (which downloads nothing). The page and the API share an
// origin: this server serves the page and forwards /api/* to the generated mock server.

/** Where Chromium is: CHROMIUM_PATH, else Debian's (the binary, not the /usr/bin wrapper script). */
const CHROMIUM = [
  process.env.CHROMIUM_PATH,
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
].find((candidate): candidate is string => candidate !== undefined && candidate !== "" && existsSync(candidate));
if (CHROMIUM === undefined)
  console.log("skipping the browser tests: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)");

type Recorded = {
  operation: string | undefined;
  method: string;
  path: string;
  query: Record<string, string>;
  params: Record<string, Record<string, unknown>>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  status: number;
};
type Mock = {
  url: string;
  requests: readonly Recorded[];
  respond(name: string, answer: object): void;
  close(): Promise<void>;
};

/** A bundle of test/browser/app.tsx against the generated package, type-checked under strict first. */
async function bundleApp(generated: GeneratedPackage, dir: string): Promise<string> {
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  symlinkSync(generated.dir, path.join(dir, "node_modules", "frontend-app-client"), "dir");
  writeFileSync(path.join(dir, "package.json"), '{ "name": "browser-app", "private": true, "type": "module" }\n');
  const entry = path.join(dir, "app.tsx");
  copyFileSync(path.join(REPO_ROOT, "test/browser/app.tsx"), entry);
  const errors = typecheck([entry], { ...STRICT_OPTIONS, jsx: ts.JsxEmit.ReactJSX, types: [] });
  if (errors.length > 0) throw new Error(`test/browser/app.tsx does not type-check:\n${errors.join("\n")}`);
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]?.text ?? "";
}

/** Serves the page, the bundle and MSW's worker script, and forwards /api/* to the mock server. */
function pageServer(bundle: string, mockUrl: string): Promise<Server> {
  const worker = readFileSync(path.join(REPO_ROOT, "node_modules/msw/lib/mockServiceWorker.js"), "utf8");
  const mock = new URL(mockUrl);
  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (url.startsWith("/api/")) {
      const forwarded = httpRequest(
        { host: mock.hostname, port: mock.port, method: request.method, path: url.slice(4), headers: request.headers },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      request.pipe(forwarded);
      return;
    }
    const [type, body] =
      url === "/app.js"
        ? ["text/javascript", bundle]
        : url === "/mockServiceWorker.js"
          ? ["text/javascript", worker]
          : [
              "text/html",
              '<!doctype html><title>app</title><div id="root"></div><script type="module" src="/app.js"></script>',
            ];
    response.writeHead(200, { "content-type": `${type}; charset=utf-8` });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe.skipIf(CHROMIUM === undefined)("in a real browser (Chromium, headless)", () => {
  let generated: GeneratedPackage;
  let mock: Mock;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const calls = (operation: string): Recorded[] => mock.requests.filter((entry) => entry.operation === operation);

  beforeAll(async () => {
    generated = await generatePackage("test/specs/browser/app.yaml", "browser");
    dir = makeTempDir("browser-app");
    const bundle = await bundleApp(generated, dir);
    mock = await (
      await generated.importEntry<{ createMockServer(): Promise<Mock> }>("dist/testing.js")
    ).createMockServer();
    mock.respond("getItem", { status: 404, body: { title: "Not found", status: 404 } });
    server = await pageServer(bundle, mock.url);
    browser = await chromium.launch({ executablePath: CHROMIUM ?? "", args: ["--no-sandbox"] });
    page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => "runClientChecks" in window);
    expect(errors).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await mock?.close();
    removeDir(dir);
    removeDir(generated.dir);
  });

  it("runs in Chromium itself, not a simulated DOM", async () => {
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome\/\d+/);
  });

  it("the client: styled parameters, multipart with a Blob, bytes, text, problem+json, QUERY, JSON Lines and SSE", async () => {
    const results = (await page.evaluate("runClientChecks()")) as Record<string, unknown>;
    expect(results).toMatchObject({
      styled: 200,
      multipart: expect.any(Number),
      bytes: [true, expect.any(Number)],
      text: "string",
      problem: "Not found",
      query: true,
      jsonLines: 3,
      sse: 3,
    });
    // The React component's own query (limit only) may come first.
    const listed = calls("listItems").find((entry) => entry.query.tags !== undefined);
    expect(listed?.query).toMatchObject({
      tags: "a b,c",
      "filter[owner]": "ann",
      "filter[status]": "open",
      limit: "2",
    });
    expect(listed?.headers["x-trace"]).toBe("t-1");
    expect(calls("uploadFile")[0]?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(calls("putRaw")[0]?.path).toBe("/raw/r%2F1");
    expect(calls("searchItems")[0]?.method).toBe("QUERY");
  });

  it("a cookie parameter a browser cannot send is reported, naming it and what to do; the call goes on without it", async () => {
    const results = (await page.evaluate("runClientChecks()")) as { cookie: { status: number; warnings: string[] } };
    expect(results.cookie.warnings).toEqual([
      expect.stringMatching(
        /^cookie-parameter-not-sent: getSession: the cookie parameter "session_id" cannot be sent from a browser .*document\.cookie.*credentials: "include"/,
      ),
    ]);
    const session = calls("getSession");
    expect(session.every((entry) => entry.headers.cookie === undefined)).toBe(true);
    // The mock requires the cookie: without it, the call is refused as the document says.
    expect(results.cookie.status).toBe(400);
  });

  it("the generated MSW handlers answer the client from a service worker", async () => {
    const before = mock.requests.length;
    const results = await page.evaluate("runMswChecks()");
    expect(results).toMatchObject({ status: 200, items: expect.any(Number), item: 200 });
    expect(mock.requests.length).toBe(before); // nothing reached the mock server: the worker answered
  });

  it("a React component with useQuery and useMutation from `<pkg>/query` renders, narrows an error by status, and mutates", async () => {
    await page.waitForSelector("#items li");
    await page.waitForFunction(() => document.querySelector("#missing")?.textContent === "Not found");
    const before = calls("createItem").length;
    await page.click("#create");
    await page.waitForFunction(() => (document.querySelector("#created")?.textContent ?? "") !== "");
    expect(calls("createItem").length).toBe(before + 1);
    expect(calls("createItem").at(-1)?.body).toEqual({ name: "new" });
  });
});
