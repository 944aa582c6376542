import { client, iteration, path } from "./shared.js";
import type { CreateIterationResult } from "launchdarkly-experiments-client";

// The method is handed around as a value.
const handler = client.createIteration;
export const handlers = [handler];

export async function spread(): Promise<boolean> {
  const args = [{ params: { path }, body: iteration }] as const;
  const result = await client.createIteration(...args);
  return result.error === undefined;
}

/** The method is chosen at run time. */
export async function dynamic(): Promise<number> {
  const method = process.env.LD_METHOD === "create" ? "createIteration" : "createIteration";
  const result = await client[method]({ params: { path }, body: iteration });
  return result.response.status;
}

/** The client parameter is assigned again: the method may be taken from another object. */
export async function reassignedClient(api: typeof client = client): Promise<number> {
  const { createIteration: start } = api;
  if (process.env.LD_OTHER === "1") api = client;
  const result = await start({ params: { path }, body: iteration });
  return result.response.status;
}

function report(result: CreateIterationResult): number {
  return result.status;
}

/** The result is passed to a function typed with the deprecated operation's result. */
export async function passedOn(): Promise<number> {
  return report(await client.createIteration({ params: { path }, body: iteration }));
}
