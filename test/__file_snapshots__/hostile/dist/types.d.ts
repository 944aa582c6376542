import type { components } from "./schema.js";
export type Class = components["schemas"]["class"];
/** Collides with the package's own Client export. */
export type ClientSchema = components["schemas"]["Client"];
export type ClientSchema2 = components["schemas"]["client"];
export type Constructor = components["schemas"]["constructor"];
export type HasSpace = components["schemas"]["has space"];
export type KebabName = components["schemas"]["kebab-name"];
export type MutualA = components["schemas"]["Mutual-A"];
export type MutualB = components["schemas"]["Mutual_B"];
/** Prototype *\/ globalThis.__pwned = 'schema'; /* */
export type Proto = components["schemas"]["__proto__"];
export type Schema123start = components["schemas"]["123start"];
export type WithQuotes = components["schemas"]["with \"quotes\""];
