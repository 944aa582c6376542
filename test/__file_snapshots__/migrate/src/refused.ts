import { client, iteration, path } from "./shared.js";

/** Reads the new iteration's status: the replacement answers an Experiment, so this cannot be rewritten blindly. */
export async function readStatus(): Promise<string | undefined> {
  const { data } = await client.createIteration({ params: { path }, body: iteration });
  return data?.status;
}

// The method is handed around as a value.
const handler = client.createIteration;
export const handlers = [handler];

export async function spread(): Promise<void> {
  const args = [{ params: { path }, body: iteration }] as const;
  await client.createIteration(...args);
}
