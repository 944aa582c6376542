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
