import { type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
import { type BodyOf, type OperationFixture, type OperationFixtureOptions, type StatusOf, type SuccessStatusOf } from "./fixtures/operations.js";
import type { CreatePetResult, DeletePetResult, GetPetResult, ListPetsResult, UploadPhotoResult } from "./operation-types.js";
import type { ErrorSchema, NewPet, Owner, Pet } from "./types.js";
export { mergeOverrides, resetFixtureSequence, type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
export type { BodyOf, OperationFixture, OperationFixtureOptions, StatusOf, SuccessStatusOf } from "./fixtures/operations.js";
/** Each operation's result type, by method name: what {@link fixtureFor} types its bodies from. */
export interface OperationResults {
	createPet: CreatePetResult;
	deletePet: DeletePetResult;
	getPet: GetPetResult;
	listPets: ListPetsResult;
	uploadPhoto: UploadPhotoResult;
}
/**
* A response of one operation for one documented status (default: its first 2xx), for any mocking
* tool: `{ operationId, method, path, status, headers, body }`, `url(pathParams, baseUrl?)` and
* `matches(url)`. `body` is typed as that status's response; `options.body` is a deep-partial
* override and the rest comes from the schema, deterministic per `options.seed` (as the builders).
* For example `fixtureFor("getPet", { status: 404 })`.
*/
export declare function fixtureFor<
	Name extends keyof OperationResults,
	Status extends StatusOf<OperationResults[Name]> = SuccessStatusOf<OperationResults[Name]> & StatusOf<OperationResults[Name]>
>(operation: Name, options?: OperationFixtureOptions<Status, BodyOf<OperationResults[Name], Status>>): OperationFixture<BodyOf<OperationResults[Name], Status>, Status & number>;
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
