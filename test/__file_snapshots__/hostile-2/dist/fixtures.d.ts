import { type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
import type { HugeEnum, Weird } from "./types.js";
export { mergeOverrides, resetFixtureSequence, type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
/** A `HugeEnum` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildHugeEnum(overrides?: DeepPartial<HugeEnum>, options?: FixtureOptions<never>): HugeEnum;
/** `count` values of {@link buildHugeEnum}, each with its own ids. */
export declare function buildHugeEnumList(count: number, overrides?: DeepPartial<HugeEnum>, options?: FixtureOptions<never>): HugeEnum[];
/** A `Weird` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildWeird(overrides?: DeepPartial<Weird>, options?: FixtureOptions<never>): Weird;
/** `count` values of {@link buildWeird}, each with its own ids. */
export declare function buildWeirdList(count: number, overrides?: DeepPartial<Weird>, options?: FixtureOptions<never>): Weird[];
