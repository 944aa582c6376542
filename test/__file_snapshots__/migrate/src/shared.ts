import { createClient, type Client, type IterationInput } from "launchdarkly-experiments-client";

export const client: Client = createClient({ token: process.env.LD_API_TOKEN ?? "" });

export const path = { projectKey: "web", environmentKey: "production", experimentKey: "checkout" };

export const iteration: IterationInput = {
  hypothesis: "Bigger buttons convert better",
  metrics: [{ key: "conversion" }],
  primarySingleMetricKey: "conversion",
  treatments: [],
  flags: {},
};
