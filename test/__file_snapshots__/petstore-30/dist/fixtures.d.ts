import { type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
import type { ErrorSchema, NewPet, Owner, Pet } from "./types.js";
export { mergeOverrides, resetFixtureSequence, type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
/** A `ErrorSchema` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildErrorSchema(overrides?: DeepPartial<ErrorSchema>, options?: FixtureOptions<never>): ErrorSchema;
/** `count` values of {@link buildErrorSchema}, each with its own ids. */
export declare function buildErrorSchemaList(count: number, overrides?: DeepPartial<ErrorSchema>, options?: FixtureOptions<never>): ErrorSchema[];
/** A `NewPet` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildNewPet(overrides?: DeepPartial<NewPet>, options?: FixtureOptions<never>): NewPet;
/** `count` values of {@link buildNewPet}, each with its own ids. */
export declare function buildNewPetList(count: number, overrides?: DeepPartial<NewPet>, options?: FixtureOptions<never>): NewPet[];
/** A `Owner` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildOwner(overrides?: DeepPartial<Owner>, options?: FixtureOptions<never>): Owner;
/** `count` values of {@link buildOwner}, each with its own ids. */
export declare function buildOwnerList(count: number, overrides?: DeepPartial<Owner>, options?: FixtureOptions<never>): Owner[];
/** A `Pet` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildPet(overrides?: DeepPartial<Pet>, options?: FixtureOptions<never>): Pet;
/** `count` values of {@link buildPet}, each with its own ids. */
export declare function buildPetList(count: number, overrides?: DeepPartial<Pet>, options?: FixtureOptions<never>): Pet[];
