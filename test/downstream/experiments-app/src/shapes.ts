import { client, iteration, path } from "./shared.js";

const { createIteration } = client;
const { createIteration: create } = client;
const createAlias = client.createIteration;

export async function viaDestructuring(): Promise<void> {
  await createIteration({ params: { path }, body: iteration });
  await createIteration({ params: { path }, body: { ...iteration, hypothesis: "Second" } });
}

export async function viaRenamedBinding(): Promise<void> {
  await create({ params: { path }, body: iteration });
}

export async function viaAlias(): Promise<void> {
  await createAlias({ params: { path }, body: iteration });
}

/** The client arrives as a parameter and is never reassigned: as stable as a const. */
export async function viaClientParameter(api: typeof client = client): Promise<string | undefined> {
  const { createIteration: start } = api;
  const result = await start({ params: { path }, body: iteration });
  return result.data?._id;
}
