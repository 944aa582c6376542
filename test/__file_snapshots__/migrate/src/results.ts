import type { IterationRep } from "launchdarkly-experiments-client";
import { client, iteration, path } from "./shared.js";
import { createIterationViaPatchExperiment, migrateCreateIteration } from "launchdarkly-experiments-client";

/** The new iteration's id: the replacement answers an Experiment, whose `_id` is the experiment's. */
export async function newIterationId(): Promise<string | undefined> {
  const result = await createIterationViaPatchExperiment(client, { params: { path }, body: iteration });
  return result.data?._id;
}

/** Reads the new iteration's status (an Experiment has no `status`). */
export async function readStatus(): Promise<string | undefined> {
  const { data } = await createIterationViaPatchExperiment(client, { params: { path }, body: iteration });
  return data?.status;
}

export function statusThen(): Promise<string | undefined> {
  return createIterationViaPatchExperiment(client, { params: { path }, body: { ...iteration, hypothesis: "Then" } }).then((r) => r.data?.status);
}

export async function hypothesisOrError(): Promise<string> {
  const { data, error } = await createIterationViaPatchExperiment(client, { params: { path }, body: iteration });
  if (error !== undefined) return `failed: ${"message" in error ? error.message : "malformed"}`;
  return data.hypothesis;
}

function describeIteration(result: { data?: IterationRep | undefined; response: Response }): string {
  return `${result.response.status} ${result.data?._id ?? "none"} ${result.data?.status ?? "none"}`;
}

/** The result handed on to another function. */
export async function described(): Promise<string> {
  return describeIteration(await createIterationViaPatchExperiment(client, { params: { path }, body: iteration }));
}

/** Written inline: the body is an object literal. */
export async function inlineBody(): Promise<string | undefined> {
  const result = await createIterationViaPatchExperiment(client, {
    params: { path },
    body: {
      hypothesis: "Inline hypothesis",
      metrics: [{ key: "conversion" }],
      primarySingleMetricKey: "conversion",
      treatments: [],
      flags: {},
    },
  });
  return result.data?.hypothesis;
}

export async function inlineDropped(): Promise<void> {
  const hypothesis = "Dropped result";
  await client.patchExperiment(migrateCreateIteration({ params: { path }, body: { hypothesis, metrics: [], treatments: [], flags: {} } }));
}
