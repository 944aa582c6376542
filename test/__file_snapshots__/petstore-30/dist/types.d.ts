import type { components } from "./schema.js";
type $S0 = components["schemas"]["Error"];
export interface ErrorSchema extends $S0 {}
type $S1 = components["schemas"]["NewPet"];
export interface NewPet extends $S1 {}
export type Owner = components["schemas"]["Owner"];
export type Pet = components["schemas"]["Pet"];
export {};
