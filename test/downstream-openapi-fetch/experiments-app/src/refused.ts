import { client, iteration, path } from "./shared.js";

const ITERATIONS =
  "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations" as const;

/** A path held in a constant: which operation it is cannot be known from the call alone. */
export async function viaConstantPath(): Promise<string | undefined> {
  const { data } = await client.POST(ITERATIONS, { params: { path }, body: iteration });
  return data?._id;
}

/** No Content-Type: openapi-fetch sends application/json, which this operation does not take. */
export async function plainJsonPatch(): Promise<number> {
  const { response } = await client.PATCH(
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}",
    { params: { path }, body: { instructions: [{ kind: "archiveExperiment" }] } },
  );
  return response.status;
}

/** The whole result handed back: its shape would change. */
export async function wholeResult(): Promise<string | undefined> {
  const result = await send();
  return result.data?._id;
}

function send() {
  return client.POST(
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations",
    { params: { path }, body: iteration },
  );
}
