import type { paths } from "launchdarkly-experiments-client";
import createClient, { type Middleware } from "openapi-fetch";

/** Sends the token on every request: carried over as the generated client's `middleware`. */
const auth: Middleware = {
  onRequest({ request }) {
    request.headers.set("Authorization", process.env.LD_API_TOKEN ?? "");
    return request;
  },
};

export const client = createClient<paths>({
  baseUrl: process.env.LD_BASE_URL ?? "https://app.launchdarkly.com",
  headers: { "X-Consumer": "experiments-app" },
});
client.use(auth);

export const path = { projectKey: "web", environmentKey: "production", experimentKey: "checkout" };

export const iteration = {
  hypothesis: "Bigger buttons convert better",
  metrics: [{ key: "conversion" }],
  primarySingleMetricKey: "conversion",
  treatments: [],
  flags: {},
};

export const SEMANTIC_PATCH = "application/json; domain-model=launchdarkly.semanticpatch";
