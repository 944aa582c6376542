import type { components } from "./schema.js";
export type HugeEnum = components["schemas"]["Huge.Enum"];
/** Has a property per nasty name */
export type Weird = components["schemas"]["Ω Weird"];
