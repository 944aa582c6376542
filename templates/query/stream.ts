// Streamed queries for `<pkg>/query`: an operation that answers with a stream (JSON Lines, JSON Text
// Sequences, server-sent events) through TanStack Query's streamedQuery, each item appended to the
// query's data as it arrives. The one part of `<pkg>/query` that runs TanStack's own code.
import { experimental_streamedQuery as streamedQuery } from "@tanstack/query-core";
import { keyParams, unwrap, withSignal } from "./options.js";

type Call = (request: never) => Promise<object>;

export function streamedQueryOptions(name: string, call: Call, request: object | undefined): object {
  return {
    queryKey: [name, keyParams(request)],
    queryFn: streamedQuery({
      streamFn: async ({ signal }) =>
        unwrap(name, await call(withSignal(request, signal) as never)) as AsyncIterable<unknown>,
    }),
  };
}
