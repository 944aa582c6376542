import createClient from "openapi-fetch";
import type { paths } from "pet-store-3-0-test-spec-client";

/** A second client whose calls cannot move: it stays openapi-fetch's, and no generated one is added beside it. */
const photos = createClient<paths>({
  baseUrl: process.env.PETSTORE_BASE_URL ?? "https://pets.example.test/v1",
  headers: { Authorization: `Bearer ${process.env.PETSTORE_TOKEN ?? ""}` },
});

/** A form body: openapi-fetch sends it as JSON text unless given a bodySerializer; the generated client writes a form. */
export async function uploadCaption(): Promise<number> {
  const { response } = await photos.PUT("/pets/{petId}/photo", {
    params: { path: { petId: "7" } },
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: { caption: "Rex at the beach" },
  });
  return response.status;
}

const PET = "/pets/{petId}" as const;

/** A path held in a constant: which operation it is cannot be known from the call alone. */
export async function petByConstantPath(): Promise<string | undefined> {
  const { data } = await photos.GET(PET, { params: { path: { petId: "3" } } });
  return data?.name;
}
