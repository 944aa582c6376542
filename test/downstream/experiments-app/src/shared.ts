import { createClient, DEFAULT_BASE_URL, type Client, type IterationInput } from "launchdarkly-experiments-client";

export const client: Client = createClient({
  baseUrl: process.env.LD_BASE_URL ?? DEFAULT_BASE_URL,
  token: process.env.LD_API_TOKEN ?? "",
  retry: false,
});

export const path = { projectKey: "web", environmentKey: "production", experimentKey: "checkout" };

export const iteration: IterationInput = {
  hypothesis: "Bigger buttons convert better",
  metrics: [{ key: "conversion" }],
  primarySingleMetricKey: "conversion",
  treatments: [],
  flags: {},
};
