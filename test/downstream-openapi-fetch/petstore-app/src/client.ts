import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "pet-store-3-0-test-spec-client";

/** Sends the token on every request: carried over as the generated client's `middleware`. */
const auth: Middleware = {
  onRequest({ request }) {
    request.headers.set("Authorization", `Bearer ${process.env.PETSTORE_TOKEN ?? ""}`);
    return request;
  },
};

export const client = createClient<paths>({ baseUrl: process.env.PETSTORE_BASE_URL ?? "https://pets.example.test/v1" });
client.use(auth);
