// What runs in Chromium (test/browser.test.ts bundles it with esbuild): the generated client on the
// wire as a browser's fetch puts it, the MSW handlers in a service worker, and a React component
// with TanStack Query's useQuery and useMutation fed by `<pkg>/query`. Type-checked under strict
// against the generated package before it is bundled.
import { QueryClient, QueryClientProvider, useMutation, useQuery } from "@tanstack/react-query";
import { type ClientWarning, createClient } from "frontend-app-client";
import { createHandlers } from "frontend-app-client/msw";
import {
  createItemMutationOptions,
  createTransport,
  getItemQueryOptions,
  listItemsQueryOptions,
} from "frontend-app-client/query";
import { setupWorker } from "msw/browser";
import { useState } from "react";
import { createRoot } from "react-dom/client";

const api = `${location.origin}/api`;
const warnings: ClientWarning[] = [];
const client = createClient({ baseUrl: api, onWarning: (warning) => warnings.push(warning) });
const transport = createTransport({ baseUrl: api });

async function collect(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

/** The client against the mock server (same origin, through the page's server): what each call gave. */
async function clientChecks(): Promise<Record<string, unknown>> {
  const listed = await client.listItems({
    params: {
      query: { tags: ["a b", "c"], filter: { owner: "ann", status: "open" }, limit: 2 },
      header: { "X-Trace": "t-1" },
    },
  });
  const upload = await client.uploadFile({
    body: { file: new Blob(["hello"], { type: "text/plain" }), note: "n" },
  });
  const raw = await client.putRaw({ params: { path: { id: "r/1" } }, body: new Blob([new Uint8Array([1, 2, 3])]) });
  const note = await client.getNote();
  const missing = await client.getItem({ params: { path: { id: "missing" } } });
  const search = await client.searchItems({ body: { text: "lamp" } });
  const logs = await client.streamLogs();
  const events = await client.streamEvents();
  const session = await client.getSession({ params: { cookie: { session_id: "s-1" } } });
  return {
    styled: listed.status,
    multipart: upload.status === 200 ? upload.data.size : upload.status,
    bytes: raw.status === 200 ? [raw.data instanceof Blob, raw.data.size] : raw.status,
    text: note.status === 200 ? typeof note.data : note.status,
    problem: missing.status === 404 ? missing.error.title : missing.status,
    query: search.status === 200 ? Array.isArray(search.data) : search.status,
    jsonLines: logs.status === 200 ? (await collect(logs.data)).length : logs.status,
    sse: events.status === 200 ? (await collect(events.data)).length : events.status,
    cookie: { status: session.status, warnings: warnings.map((warning) => `${warning.code}: ${warning.message}`) },
  };
}

/** The generated MSW handlers in a service worker, answering a client of the document's own server. */
async function mswChecks(): Promise<Record<string, unknown>> {
  const worker = setupWorker(...createHandlers());
  await worker.start({ serviceWorker: { url: "/mockServiceWorker.js" }, quiet: true, onUnhandledRequest: "bypass" });
  try {
    const items = await createClient().listItems({ params: { query: { limit: 1 } } });
    const missing = await createClient().getItem({ params: { path: { id: "x" } } });
    return { status: items.status, items: items.status === 200 ? items.data.items.length : -1, item: missing.status };
  } finally {
    worker.stop();
  }
}

function Items() {
  const items = useQuery(listItemsQueryOptions(transport, { params: { query: { limit: 2 } } }));
  const missing = useQuery({
    ...getItemQueryOptions(transport, { params: { path: { id: "missing" } } }),
    retry: false,
  });
  const create = useMutation(createItemMutationOptions(transport));
  const [created, setCreated] = useState("");
  // The error is typed by status: 404's body is the document's Problem.
  const notFound = missing.error?.status === 404 ? missing.error.body.title : "";
  return (
    <div>
      <ul id="items">
        {items.data?.items.map((item) => (
          <li key={item.id}>{item.name}</li>
        ))}
      </ul>
      <p id="missing">{notFound}</p>
      <button
        id="create"
        type="button"
        onClick={() => create.mutate({ body: { name: "new" } }, { onSuccess: (item) => setCreated(item.id) })}
      >
        Create
      </button>
      <p id="created">{created}</p>
    </div>
  );
}

const queryClient = new QueryClient();
createRoot(document.getElementById("root") as HTMLElement).render(
  <QueryClientProvider client={queryClient}>
    <Items />
  </QueryClientProvider>,
);

Object.assign(window, { runClientChecks: clientChecks, runMswChecks: mswChecks });
