import type { components } from "./schema.js";
export type HugeEnum = components["schemas"]["Huge.Enum"];
type $S1 = components["schemas"]["Ω Weird"];
/** Has a property per nasty name */
export interface Weird extends $S1 {}
export {};
