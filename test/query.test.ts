import path from "node:path";
import { InfiniteQueryObserver, QueryClient } from "@tanstack/query-core";
import { build } from "esbuild";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { removeDir } from "./support/temp-dirs.js";

// `<pkg>/query` with TanStack Query's own QueryClient (query-core, what every adapter wraps)
// against the generated mock server on loopback: the bytes go over real HTTP.

type Options = { queryKey: readonly unknown[]; queryFn: unknown; [key: string]: unknown };
type Factory = (transport: unknown, init?: object) => Options;
type QueryEntry = Record<string, Factory> & {
  createTransport(options: { baseUrl: string }): unknown;
  listItemsQueryKey(part?: object): readonly unknown[];
  createItemMutationOptions(transport: unknown): {
    mutationKey: unknown;
    mutationFn(variables: object): Promise<unknown>;
  };
  OperationError: new (...args: never[]) => Error;
};
type Recorded = {
  operation: string | undefined;
  method: string;
  path: string;
  query: Record<string, string>;
  params: Record<string, Record<string, unknown>>;
};
type Mock = {
  url: string;
  requests: readonly Recorded[];
  respond(name: string, answer: object | ((request: Recorded) => object)): void;
  reset(): void;
  close(): Promise<void>;
};

let generated: GeneratedPackage;
let mock: Mock;
let query: QueryEntry;
let transport: unknown;
let client: QueryClient;
beforeAll(async () => {
  generated = await generatePackage("test/specs/browser/app.yaml", "query");
  mock = await (
    await generated.importEntry<{ createMockServer(): Promise<Mock> }>("dist/testing.js")
  ).createMockServer();
  query = await generated.importEntry<QueryEntry>("dist/query.js");
  transport = query.createTransport({ baseUrl: mock.url });
}, 60_000);
afterEach(() => {
  client?.clear();
  mock.reset();
});
afterAll(async () => {
  await mock.close();
  removeDir(generated.dir);
});
const calls = (operation: string): Recorded[] => mock.requests.filter((request) => request.operation === operation);
const fresh = (): QueryClient => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  return client;
};

describe("<pkg>/query with query-core's QueryClient against the mock server", () => {
  it("fetches, then answers from the cache without another request", async () => {
    const qc = fresh();
    const options = query.getItemQueryOptions?.(transport, { params: { path: { id: "a/b c" } } });
    expect(options?.queryKey).toEqual(["getItem", { params: { path: { id: "a/b c" } } }]);
    const first = (await qc.fetchQuery(options as never)) as { id: string; name: string };
    expect(typeof first.name).toBe("string");
    expect(await qc.fetchQuery(options as never)).toEqual(first);
    expect(calls("getItem").map((request) => request.path)).toEqual(["/items/a%2Fb%20c"]);
    expect(qc.getQueryData(options?.queryKey as never)).toEqual(first);
  });

  it("a key family made of part of the parameters invalidates exactly the queries that have it", async () => {
    const qc = fresh();
    const owned = (owner: string) =>
      query.listItemsQueryOptions?.(transport, { params: { query: { filter: { owner }, limit: 2 } } });
    await qc.fetchQuery(owned("ann") as never);
    await qc.fetchQuery(owned("bob") as never);
    await qc.fetchQuery(query.getNoteQueryOptions?.(transport) as never);
    const family = query.listItemsQueryKey({ params: { query: { filter: { owner: "ann" } } } });
    expect(family).toEqual(["listItems", { params: { query: { filter: { owner: "ann" } } } }]);
    await qc.invalidateQueries({ queryKey: family });
    const states = qc
      .getQueryCache()
      .getAll()
      .map((entry) => [entry.queryKey, entry.state.isInvalidated]);
    expect(states.filter(([, invalid]) => invalid).map(([key]) => key)).toEqual([owned("ann")?.queryKey]);
    await qc.invalidateQueries({ queryKey: query.listItemsQueryKey() });
    expect(qc.getQueryCache().findAll({ predicate: (entry) => entry.state.isInvalidated }).length).toBe(2);
    // The deepObject filter went on the wire as the document says, and the mock read it back.
    expect(calls("listItems")[0]?.query).toMatchObject({ "filter[owner]": "ann", limit: "2" });
    expect(calls("listItems")[0]?.params.query).toEqual({ filter: { owner: "ann" }, limit: 2 });
  });

  it("a mutation sends the request as the client's method takes it and resolves to the 2xx body", async () => {
    const qc = fresh();
    const options = query.createItemMutationOptions(transport);
    expect(options.mutationKey).toEqual(["createItem"]);
    const created = await qc
      .getMutationCache()
      .build(qc, options as never)
      .execute({ body: { name: "new" } } as never);
    expect(created).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    expect(calls("createItem")).toHaveLength(1);
  });

  it("an answer outside 2xx rejects with an OperationError that keeps the status and the body", async () => {
    const qc = fresh();
    mock.respond("getItem", { status: 404, body: { title: "Not found", status: 404 } });
    const failure = await qc
      .fetchQuery(query.getItemQueryOptions?.(transport, { params: { path: { id: "gone" } } }) as never)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(query.OperationError);
    expect(failure).toMatchObject({ status: 404, body: { title: "Not found", status: 404 }, operation: "getItem" });
    expect((failure as { response: Response }).response.status).toBe(404);
    const mutation = await qc
      .getMutationCache()
      .build(qc, query.createItemMutationOptions(transport) as never)
      .execute({ body: { name: "" } } as never)
      .catch((error: unknown) => error);
    // The mock refuses a body that breaks the schema (minLength), with the document's problem body.
    expect(mutation).toMatchObject({ status: 400, operation: "createItem" });
  });

  it("infinite queries follow the answer's next cursor, and count pages on where the parameter is a page number", async () => {
    const qc = fresh();
    const cursors = ["c2", "c3", null];
    mock.respond("listItems", (request) => {
      const at = request.query.cursor;
      const index = at === undefined ? 0 : Number(at.slice(1)) - 1;
      return { status: 200, body: { items: [{ id: `i${index}`, name: "x" }], meta: { next_cursor: cursors[index] } } };
    });
    const observer = new InfiniteQueryObserver(qc, query.listItemsInfiniteQueryOptions?.(transport) as never);
    const unsubscribe = observer.subscribe(() => undefined);
    try {
      await observer.refetch();
      await observer.fetchNextPage();
      const last = await observer.fetchNextPage();
      const data = last.data as { pages: { items: { id: string }[] }[]; pageParams: unknown[] };
      expect(data.pageParams).toEqual([null, "c2", "c3"]);
      expect(data.pages.map((page) => page.items[0]?.id)).toEqual(["i0", "i1", "i2"]);
      expect(last.hasNextPage).toBe(false);
    } finally {
      unsubscribe();
    }
    expect(calls("listItems").map((request) => request.query.cursor)).toEqual([undefined, "c2", "c3"]);

    mock.respond("listPages", (request) => {
      const page = Number(request.query.page);
      return { status: 200, body: page <= 2 ? [{ id: `p${page}`, name: "x" }] : [] };
    });
    const pages = (await qc.fetchInfiniteQuery({
      ...(query.listPagesInfiniteQueryOptions?.(transport) as object),
      pages: 3,
    } as never)) as { pages: unknown[][]; pageParams: unknown[] };
    expect(pages.pageParams).toEqual([1, 2, 3]);
    expect(pages.pages.map((page) => page.length)).toEqual([1, 1, 0]);
  });

  it("pages end where the answer says has_more: false, or only echoes the cursor it was asked for", async () => {
    const qc = fresh();
    const pages = async (): Promise<unknown[]> => {
      const data = (await qc.fetchInfiniteQuery({
        ...(query.listItemsInfiniteQueryOptions?.(transport) as object),
        pages: 4,
      } as never)) as { pageParams: unknown[] };
      qc.clear();
      return data.pageParams;
    };
    mock.respond("listItems", () => ({
      status: 200,
      body: { items: [], meta: { next_cursor: "c9", has_more: false } },
    }));
    expect(await pages()).toEqual([null]);
    mock.respond("listItems", (request) => ({
      status: 200,
      body: { items: [], meta: { next_cursor: request.query.cursor ?? "c1" } },
    }));
    expect(await pages()).toEqual([null, "c1"]);
  });

  it("a key holds what picks the answer (headers, media type, how it is read), not what does not (signal, timeout)", () => {
    const key = (init?: object) => query.getNoteQueryOptions?.(transport, init)?.queryKey;
    expect(key()).toEqual(["getNote", {}]);
    expect(key({ params: {}, timeoutMs: 5, signal: new AbortController().signal })).toEqual(["getNote", {}]);
    expect(key({ headers: { Accept: "text/csv" }, parseAs: "text" })).toEqual([
      "getNote",
      { headers: { accept: "text/csv" }, parseAs: "text" },
    ]);
  });

  it("an operation whose 2xx answer may be JSON or a stream is a plain query, not a streamed one", async () => {
    const qc = fresh();
    const items = await qc.fetchQuery(query.getMixedQueryOptions?.(transport) as never);
    expect(Array.isArray(items)).toBe(true);
  });

  it("a QUERY operation's body is part of its key; a streamed operation's items are appended as they arrive", async () => {
    const qc = fresh();
    const search = query.searchItemsQueryOptions?.(transport, { body: { text: "lamp" } });
    expect(search?.queryKey).toEqual(["searchItems", { body: { text: "lamp" } }]);
    expect(Array.isArray(await qc.fetchQuery(search as never))).toBe(true);
    expect(calls("searchItems").map((request) => request.method)).toEqual(["QUERY"]);

    mock.respond("streamLogs", { stream: { count: 3, intervalMs: 80 } });
    const seen: number[] = [];
    let firstAt = 0;
    const logs = query.streamLogsQueryOptions?.(transport);
    const unsubscribe = qc.getQueryCache().subscribe((event) => {
      if (event.type !== "updated" || event.query.queryHash !== JSON.stringify(logs?.queryKey)) return;
      const count = ((event.query.state.data as unknown[] | undefined) ?? []).length;
      if (count === 1 && firstAt === 0) firstAt = Date.now();
      seen.push(count);
    });
    const items = (await qc.fetchQuery(logs as never)) as { level: string }[];
    const endedAt = Date.now();
    unsubscribe();
    // The first item was in the cache while the server still had two to send, 80 ms apart.
    expect(endedAt - firstAt).toBeGreaterThanOrEqual(120);
    expect(items).toHaveLength(3);
    expect(items.every((item) => ["info", "warn", "error"].includes(item.level))).toBe(true);
    // One update per item: the first shows before the stream ends.
    expect(seen.filter((count, index) => count > 0 && count !== seen[index - 1])).toEqual([1, 2, 3]);
  });

  it("cancelling a query aborts its request through TanStack's signal", async () => {
    const qc = fresh();
    mock.respond("getNote", { status: 200, body: "late", delayMs: 2_000 });
    const sent: Request[] = [];
    const watched = query.createTransport({
      baseUrl: mock.url,
      fetch: (request: Request) => {
        sent.push(request);
        return globalThis.fetch(request);
      },
    } as never);
    const options = query.getNoteQueryOptions?.(watched);
    const pending = qc.fetchQuery(options as never).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await qc.cancelQueries({ queryKey: options?.queryKey as never });
    const outcome = await pending;
    expect((outcome as Error).constructor.name).toBe("CancelledError");
    // query-core says CancelledError whatever the query function does: the request itself was aborted.
    expect(sent.map((request) => request.signal.aborted)).toEqual([true]);
    expect(qc.getQueryState(options?.queryKey as never)?.fetchStatus).toBe("idle");
  });
});

describe("<pkg>/query in a bundle, and cookies outside a browser", () => {
  it("a bundle of one operation's query options carries that operation and none of the others", async () => {
    const out = await build({
      stdin: {
        contents: `export { getItemQueryOptions } from ${JSON.stringify(path.join(generated.dir, "dist/query.js"))};`,
        resolveDir: generated.dir,
        loader: "js",
      },
      bundle: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      write: false,
      logLevel: "silent",
    });
    const code = out.outputFiles[0]?.text ?? "";
    expect(code).toContain('"/items/{id}"');
    for (const other of ['"/uploads"', '"/search"', '"/logs"', '"/session"', "streamedQuery", "getNextPageParam"])
      expect(code).not.toContain(other);
  });

  it("in Node, a cookie parameter is sent as a Cookie header, with no warning", async () => {
    const warnings: unknown[] = [];
    const entry = await generated.importEntry<{
      createClient(options: object): { getSession(init: object): Promise<{ status: number }> };
    }>("dist/index.js");
    const result = await entry
      .createClient({ baseUrl: mock.url, onWarning: (warning: unknown) => warnings.push(warning) })
      .getSession({ params: { cookie: { session_id: "s-1" } } });
    expect(result.status).toBe(200);
    expect(warnings).toEqual([]);
    expect(calls("getSession").map((request) => request.params.cookie)).toEqual([{ session_id: "s-1" }]);
  });
});
