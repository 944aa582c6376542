import { client, iteration, path } from "./shared.js";

export async function newIterationId(): Promise<string> {
  const { data, error } = await client.POST(
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations",
    { params: { path }, body: iteration },
  );
  if (error) return `failed: ${error.code}`;
  return data._id ?? "no id";
}

export async function iterationStatus(): Promise<string | undefined> {
  const result = await client.POST(
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations",
    { params: { path: { ...path, experimentKey: "checkout v2/beta" } }, body: { ...iteration, hypothesis: "Faster" } },
  );
  return result.data?.status ?? `${result.response.status} ${result.error?.message}`;
}

export async function fireAndForget(): Promise<string> {
  await client.POST(
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations",
    { params: { path }, body: iteration },
  );
  return "sent";
}
