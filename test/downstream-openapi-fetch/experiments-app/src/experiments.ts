import { client, path, SEMANTIC_PATCH } from "./shared.js";

export async function archive(): Promise<string | undefined> {
  const { data, error, response } = await client.PATCH(
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}",
    {
      params: { path },
      headers: { "Content-Type": SEMANTIC_PATCH },
      body: { instructions: [{ kind: "archiveExperiment" }] },
    },
  );
  return error ? `${response.status}: ${error.code}` : data.key;
}

export async function renameThroughRequest(): Promise<string | undefined> {
  const answer = (
    await client.request(
      "patch",
      "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}",
      {
        params: { path: { ...path, experimentKey: "checkout" } },
        headers: { "content-type": "application/json; domain-model=launchdarkly.semanticpatch" },
        body: { comment: "rename", instructions: [{ kind: "updateName", value: "Checkout" }] },
      },
    )
  ).data;
  return answer?.name;
}
