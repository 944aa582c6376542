import { type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
import { type BodyOf, type OperationFixture, type OperationFixtureOptions, type StatusOf, type SuccessStatusOf } from "./fixtures/operations.js";
import type { ListItemsResult, NewLineResult } from "./operation-types.js";
import type { HugeEnum, Weird } from "./types.js";
export { mergeOverrides, resetFixtureSequence, type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
export type { BodyOf, OperationFixture, OperationFixtureOptions, StatusOf, SuccessStatusOf } from "./fixtures/operations.js";
/** Each operation's result type, by method name: what {@link fixtureFor} types its bodies from. */
export interface OperationResults {
	listItems: ListItemsResult;
	newLine: NewLineResult;
}
/**
* A response of one operation for one documented status (default: its first 2xx), for any mocking
* tool: `{ operationId, method, path, status, headers, body }`, `url(pathParams, baseUrl?)` and
* `matches(url)`. `body` is typed as that status's response; `options.body` is a deep-partial
* override and the rest comes from the schema, deterministic per `options.seed` (as the builders).
* For example `fixtureFor("listItems", { status: 404 })`.
*/
export declare function fixtureFor<
	Name extends keyof OperationResults,
	Status extends StatusOf<OperationResults[Name]> = SuccessStatusOf<OperationResults[Name]> & StatusOf<OperationResults[Name]>
>(operation: Name, options?: OperationFixtureOptions<Status, BodyOf<OperationResults[Name], Status>>): OperationFixture<BodyOf<OperationResults[Name], Status>, Status & number>;
/** A `HugeEnum` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildHugeEnum(overrides?: DeepPartial<HugeEnum>, options?: FixtureOptions<never>): HugeEnum;
/** `count` values of {@link buildHugeEnum}, each with its own ids. */
export declare function buildHugeEnumList(count: number, overrides?: DeepPartial<HugeEnum>, options?: FixtureOptions<never>): HugeEnum[];
/** A `Weird` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildWeird(overrides?: DeepPartial<Weird>, options?: FixtureOptions<never>): Weird;
/** `count` values of {@link buildWeird}, each with its own ids. */
export declare function buildWeirdList(count: number, overrides?: DeepPartial<Weird>, options?: FixtureOptions<never>): Weird[];
