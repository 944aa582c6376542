import createClient from "openapi-fetch";
import type { paths } from "pet-store-3-0-test-spec-client";

/** A local alias of `paths`, which the rewrite would leave unused: the client stays, with the reason. */
type PetPaths = paths;

const aliased = createClient<PetPaths>({
  baseUrl: process.env.PETSTORE_BASE_URL ?? "https://pets.example.test/v1",
  headers: { Authorization: `Bearer ${process.env.PETSTORE_TOKEN ?? ""}` },
});

export async function petCount(): Promise<number> {
  const { data } = await aliased.GET("/pets", { params: { query: { limit: 2 } } });
  return data?.length ?? 0;
}
