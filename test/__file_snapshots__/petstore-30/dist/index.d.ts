export { DEFAULT_BASE_URL, createClient } from "./client.js";
export type { Client, ClientOptions, ClientWarning } from "./client.js";
export type { OperationMethod } from "./runtime.js";
export type { $defs, components, operations, paths, webhooks } from "./schema.js";
export type { Error, NewPet, Owner, Pet, } from "./types.js";
