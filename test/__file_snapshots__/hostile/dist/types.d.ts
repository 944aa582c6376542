import type { components } from "./schema.js";
export type Class = components["schemas"]["class"];
/** Collides with the package's own Client export. */
export type ClientSchema = components["schemas"]["Client"];
export type ClientSchema2 = components["schemas"]["client"];
export type Constructor = components["schemas"]["constructor"];
/** Collides with the package's own Credentials type (DigitalOcean has one). */
export type CredentialsSchema = components["schemas"]["Credentials"];
export type HasSpace = components["schemas"]["has space"];
export type KebabName = components["schemas"]["kebab-name"];
type $S7 = components["schemas"]["Mutual-A"];
export interface MutualA extends $S7 {}
type $S8 = components["schemas"]["Mutual_B"];
export interface MutualB extends $S8 {}
type $S9 = components["schemas"]["__proto__"];
/** Prototype *\/ globalThis.__pwned = 'schema'; /* */
export interface Proto extends $S9 {}
type $S10 = components["schemas"]["123start"];
export interface Schema123start extends $S10 {}
type $S11 = components["schemas"]["with \"quotes\""];
export interface WithQuotes extends $S11 {}
export {};
