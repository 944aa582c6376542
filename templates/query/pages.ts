// Infinite queries for `<pkg>/query`: an operation whose pages are asked for by one query parameter
// (a cursor read from the answer, or a page number or offset counted on), as generator/model/pagination.ts
// read it from the document.
import { keyParams, type QueryParams, unwrap, withSignal } from "./options.js";

export interface Paging {
  readonly kind: "cursor" | "page" | "offset";
  readonly param: string;
  /** The next cursor (cursor), or the page's items (page, offset), in a 2xx answer. */
  readonly path: readonly string[];
  /** The first page's number or offset; none for a cursor. */
  readonly start?: number;
  /** Where an answer says whether more pages follow (`has_more`), if it does. */
  readonly more?: readonly string[];
}

type Call = (request: never) => Promise<object>;

function at(body: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined),
    body,
  );
}

/** The request with the page parameter set (left out for a null cursor: the first page). */
function withPage(request: object | undefined, param: string, value: unknown): object {
  const { params = {}, ...rest } = (request ?? {}) as { params?: QueryParams };
  const query = { ...(params.query as Record<string, unknown> | undefined) };
  if (value === null || value === undefined) delete query[param];
  else query[param] = value;
  return { ...rest, params: { ...params, query } };
}

/** The next page's value, or null where the last page was the last. */
function nextPage(paging: Paging, lastPage: unknown, lastPageParam: unknown): unknown {
  if (paging.more !== undefined && at(lastPage, paging.more) === false) return null;
  const found = at(lastPage, paging.path);
  // A cursor the answer only echoes back would fetch the same page for ever.
  if (paging.kind === "cursor")
    return found === undefined || found === null || found === "" || found === lastPageParam ? null : found;
  const count = Array.isArray(found) ? found.length : 0;
  if (count === 0 || typeof lastPageParam !== "number") return null;
  return paging.kind === "page" ? lastPageParam + 1 : lastPageParam + count;
}

export function infiniteQueryOptions(name: string, call: Call, request: object | undefined, paging: Paging): object {
  const given = (
    (request as { params?: QueryParams } | undefined)?.params?.query as Record<string, unknown> | undefined
  )?.[paging.param];
  return {
    queryKey: [name, keyParams(request), "infinite"],
    queryFn: async ({ pageParam, signal }: { pageParam: unknown; signal: AbortSignal }) =>
      unwrap(name, await call(withSignal(withPage(request, paging.param, pageParam), signal) as never)),
    initialPageParam: given ?? paging.start ?? null,
    getNextPageParam: (lastPage: unknown, _pages: unknown[], lastPageParam: unknown) =>
      nextPage(paging, lastPage, lastPageParam),
  };
}
