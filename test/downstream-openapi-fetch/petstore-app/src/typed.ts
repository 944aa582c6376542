import createClient, { type Client } from "openapi-fetch";
import type { paths } from "pet-store-3-0-test-spec-client";

/** A client declared with openapi-fetch's own type: the annotation goes with the construction. */
const typed: Client<paths> = createClient<paths>({
  baseUrl: process.env.PETSTORE_BASE_URL ?? "https://pets.example.test/v1",
  headers: { Authorization: `Bearer ${process.env.PETSTORE_TOKEN ?? ""}`, "X-Consumer": "petstore-app" },
});

export async function firstPetStatus(): Promise<string> {
  const { data, error } = await typed.GET("/pets/{petId}", { params: { path: { petId: "1" } } });
  if (error) return `failed: ${error.message}`;
  return data.status;
}
