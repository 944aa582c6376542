import type { paths } from "items-client";
import createClient from "openapi-fetch";

const client = createClient<paths>({ baseUrl: process.env.ITEMS_BASE_URL ?? "" });

/** A query parameter whose schema is a $ref to a string enum: the same request either way. */
export async function byTag(): Promise<unknown> {
  const { data } = await client.GET("/items", { params: { query: { tag: "new" } } });
  return data;
}

/** An empty list: openapi-fetch leaves it out of the query, the generated client would send `ids=`. */
export async function noIds(): Promise<unknown> {
  const { data } = await client.GET("/items", { params: { query: { ids: [] } } });
  return data;
}
