import { client, iteration, path } from "./shared.js";

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
