import { createClient, DEFAULT_BASE_URL, migrateCreateIteration, createIterationViaPatchExperiment } from "launchdarkly-experiments-client";
import { iteration, path } from "./shared.js";

const client = createClient({ baseUrl: process.env.LD_BASE_URL ?? DEFAULT_BASE_URL, token: process.env.LD_API_TOKEN ?? "", retry: false });

export async function createDraft(): Promise<void> {
  // A new draft for the checkout experiment.
  await client.patchExperiment(migrateCreateIteration({ params: { path }, body: iteration }));
}

export async function createForAll(): Promise<number> {
  const keys = ["checkout", "pricing"];
  const results = await Promise.all(
    keys.map((experimentKey) =>
      createIterationViaPatchExperiment(client, {
        params: { path: { ...path, experimentKey } },
        body: iteration,
      }),
    ),
  );
  return results.filter((result) => result.error === undefined).length;
}

export function createThenStatus(): Promise<number> {
  return createIterationViaPatchExperiment(client, { params: { path }, body: iteration })
    .then((result) => result.response.status);
}
