import type { components } from "./schema.js";
export type ErrorSchema = components["schemas"]["Error"];
export type NewPet = components["schemas"]["NewPet"];
export type Owner = components["schemas"]["Owner"];
export type Pet = components["schemas"]["Pet"];
