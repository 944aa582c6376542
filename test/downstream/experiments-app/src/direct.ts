import { createClient } from "launchdarkly-experiments-client";
import { iteration, path } from "./shared.js";

const client = createClient({ token: process.env.LD_API_TOKEN ?? "" });

export async function createDraft(): Promise<void> {
  // A new draft for the checkout experiment.
  await client.createIteration({ params: { path }, body: iteration });
}

export async function createForAll(keys: readonly string[]): Promise<number> {
  const results = await Promise.all(
    keys.map((experimentKey) =>
      client.createIteration({
        params: { path: { ...path, experimentKey } },
        body: iteration,
      }),
    ),
  );
  return results.filter((result) => result.error === undefined).length;
}

export function createThenStatus(): Promise<number> {
  return client
    .createIteration({ params: { path }, body: iteration })
    .then((result) => result.response.status);
}
