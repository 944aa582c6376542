import { client, iteration, path } from "./shared.js";
import { migrateCreateIteration } from "launchdarkly-experiments-client";

const { patchExperiment } = client;
const { patchExperiment: create } = client;
const createAlias = client.patchExperiment;

export async function viaDestructuring(): Promise<void> {
  await patchExperiment(migrateCreateIteration({ params: { path }, body: iteration }));
  await patchExperiment(migrateCreateIteration({ params: { path }, body: { ...iteration, hypothesis: "Second" } }));
}

export async function viaRenamedBinding(): Promise<void> {
  await create(migrateCreateIteration({ params: { path }, body: iteration }));
}

export async function viaAlias(): Promise<void> {
  await createAlias(migrateCreateIteration({ params: { path }, body: iteration }));
}
