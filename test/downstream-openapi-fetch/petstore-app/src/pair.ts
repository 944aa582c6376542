import type { Client } from "openapi-fetch";
import createClient from "openapi-fetch";
import type { paths } from "pet-store-3-0-test-spec-client";

const baseUrl = process.env.PETSTORE_BASE_URL ?? "https://pets.example.test/v1";
const headers = { Authorization: `Bearer ${process.env.PETSTORE_TOKEN ?? ""}` };

/** Two clients of one file, one annotated in an `import type` of its own: both move, one import of createClient. */
const first: Client<paths> = createClient<paths>({ baseUrl, headers });
const second = createClient<paths>({ baseUrl, headers });

export async function pairStatuses(): Promise<string> {
  const { response } = await first.GET("/pets");
  const one = await second.GET("/pets/{petId}", { params: { path: { petId: "1" } } });
  return `${response.status} ${one.response.status}`;
}
