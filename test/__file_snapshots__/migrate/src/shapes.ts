import { client, iteration, path } from "./shared.js";
import { migrateCreateIteration, createIterationViaPatchExperiment } from "launchdarkly-experiments-client";

export async function viaDestructuring(): Promise<void> {
  await client.patchExperiment(migrateCreateIteration({ params: { path }, body: iteration }));
  await client.patchExperiment(migrateCreateIteration({ params: { path }, body: { ...iteration, hypothesis: "Second" } }));
}

export async function viaRenamedBinding(): Promise<void> {
  await client.patchExperiment(migrateCreateIteration({ params: { path }, body: iteration }));
}

export async function viaAlias(): Promise<void> {
  await client.patchExperiment(migrateCreateIteration({ params: { path }, body: iteration }));
}

/** The client arrives as a parameter and is never reassigned: as stable as a const. */
export async function viaClientParameter(api: typeof client = client): Promise<string | undefined> {
  const result = await createIterationViaPatchExperiment(api, { params: { path }, body: iteration });
  return result.data?._id;
}
