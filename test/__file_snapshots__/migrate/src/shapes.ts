import { client, iteration, path } from "./shared.js";
import { migrateCreateIteration } from "launchdarkly-experiments-client";

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
