// Load through the generated client against the contract mock server, beside bare openapi-fetch
// against the same server in the same run: throughput and latency, none lost or duplicated.
import createFetchClient from "openapi-fetch";
import { createClient } from "../generated/dist/index.js";
import { createMockServer } from "../generated/dist/testing.js";

const TOTAL = 2_000;
const CONCURRENCY = 50;
const PATH = { projectKey: "p", environmentKey: "e" };
const BODY = { instructions: [{ kind: "archiveExperiment" }] };
const SEMANTIC_PATCH = "application/json; domain-model=launchdarkly.semanticpatch";

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

async function drive(label, round, call) {
  const latencies = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < TOTAL) {
      const index = next++;
      const t0 = performance.now();
      const status = await call(`${label}-${round}-${index}`);
      latencies.push(performance.now() - t0);
      if (status !== 200) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { label, rps: TOTAL / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), failed };
}

export async function benchClientLoad() {
  const server = await createMockServer({ seed: "bench" });
  try {
    const client = createClient({ baseUrl: server.url, token: "bench-token", retry: false });
    const bare = createFetchClient({ baseUrl: server.url, headers: { Authorization: "bench-token" } });
    const rounds = [];
    // Alternate the two, twice, so neither always runs on a colder process.
    for (let round = 0; round < 2; round += 1) {
      rounds.push(
        await drive("bare", round, async (key) => {
          const { response } = await bare.PATCH(
            "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}",
            {
              params: { path: { ...PATH, experimentKey: key } },
              body: BODY,
              headers: { "Content-Type": SEMANTIC_PATCH },
            },
          );
          return response.status;
        }),
      );
      rounds.push(
        await drive(
          "generated",
          round,
          async (key) =>
            (await client.patchExperiment({ params: { path: { ...PATH, experimentKey: key } }, body: BODY })).status,
        ),
      );
    }
    const keys = server.requests.map((request) => request.pathParams.experimentKey);
    const unique = new Set(keys).size;
    const best = (label) => rounds.filter((r) => r.label === label).sort((a, b) => b.rps - a.rps)[0];
    const [bareBest, generatedBest] = [best("bare"), best("generated")];
    return {
      title: `Client load: ${TOTAL} PATCH requests at concurrency ${CONCURRENCY} to the mock server (best of 2 rounds each)`,
      rows: [bareBest, generatedBest].map((r) => [
        r.label,
        `${r.rps.toFixed(0)} req/s`,
        `${r.p50.toFixed(1)} ms`,
        `${r.p99.toFixed(1)} ms`,
        String(r.failed),
      ]),
      header: ["client", "throughput", "p50", "p99", "non-200"],
      notes: [
        `requests received ${keys.length} of ${rounds.length * TOTAL}, distinct ${unique} (lost ${rounds.length * TOTAL - keys.length}, duplicated ${keys.length - unique})`,
        `generated/bare throughput ratio ${(generatedBest.rps / bareBest.rps).toFixed(2)}x, p50 ratio ${(generatedBest.p50 / bareBest.p50).toFixed(2)}x`,
      ],
    };
  } finally {
    await server.close();
  }
}
