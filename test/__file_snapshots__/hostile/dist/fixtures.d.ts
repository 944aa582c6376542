import { type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
import { type BodyOf, type OperationFixture, type OperationFixtureOptions, type StatusOf, type SuccessStatusOf } from "./fixtures/operations.js";
import type { ConstructorOperationResult, DeleteResult, GetItem2Result, GetItemResult, Op123goResult, ProtoResult, QuoteOpBackResult } from "./operation-types.js";
import type { Class, ClientSchema, ClientSchema2, Constructor, CredentialsSchema, HasSpace, KebabName, MutualA, MutualB, Proto, Schema123start, WithQuotes } from "./types.js";
export { mergeOverrides, resetFixtureSequence, type DeepPartial, type FixtureOptions } from "./fixtures/build.js";
export type { BodyOf, OperationFixture, OperationFixtureOptions, StatusOf, SuccessStatusOf } from "./fixtures/operations.js";
/** Each operation's result type, by method name: what {@link fixtureFor} types its bodies from. */
export interface OperationResults {
	constructorOperation: ConstructorOperationResult;
	delete: DeleteResult;
	getItem: GetItemResult;
	getItem2: GetItem2Result;
	op123go: Op123goResult;
	proto: ProtoResult;
	quoteOpBack: QuoteOpBackResult;
}
/**
* A response of one operation for one documented status (default: its first 2xx), for any mocking
* tool: `{ operationId, method, path, status, headers, body }`, `url(pathParams, baseUrl?)` and
* `matches(url)`. `body` is typed as that status's response; `options.body` is a deep-partial
* override and the rest comes from the schema, deterministic per `options.seed` (as the builders).
* For example `fixtureFor("getItem2", { status: 404 })`.
*/
export declare function fixtureFor<
	Name extends keyof OperationResults,
	Status extends StatusOf<OperationResults[Name]> = SuccessStatusOf<OperationResults[Name]> & StatusOf<OperationResults[Name]>
>(operation: Name, options?: OperationFixtureOptions<Status, BodyOf<OperationResults[Name], Status>>): OperationFixture<BodyOf<OperationResults[Name], Status>, Status & number>;
/** A `Class` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildClass(overrides?: DeepPartial<Class>, options?: FixtureOptions<never>): Class;
/** `count` values of {@link buildClass}, each with its own ids. */
export declare function buildClassList(count: number, overrides?: DeepPartial<Class>, options?: FixtureOptions<never>): Class[];
/** A `ClientSchema` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildClientSchema(overrides?: DeepPartial<ClientSchema>, options?: FixtureOptions<never>): ClientSchema;
/** `count` values of {@link buildClientSchema}, each with its own ids. */
export declare function buildClientSchemaList(count: number, overrides?: DeepPartial<ClientSchema>, options?: FixtureOptions<never>): ClientSchema[];
/** A `ClientSchema2` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildClientSchema2(overrides?: DeepPartial<ClientSchema2>, options?: FixtureOptions<never>): ClientSchema2;
/** `count` values of {@link buildClientSchema2}, each with its own ids. */
export declare function buildClientSchema2List(count: number, overrides?: DeepPartial<ClientSchema2>, options?: FixtureOptions<never>): ClientSchema2[];
/** A `Constructor` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildConstructor(overrides?: DeepPartial<Constructor>, options?: FixtureOptions<never>): Constructor;
/** `count` values of {@link buildConstructor}, each with its own ids. */
export declare function buildConstructorList(count: number, overrides?: DeepPartial<Constructor>, options?: FixtureOptions<never>): Constructor[];
/** A `CredentialsSchema` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildCredentialsSchema(overrides?: DeepPartial<CredentialsSchema>, options?: FixtureOptions<never>): CredentialsSchema;
/** `count` values of {@link buildCredentialsSchema}, each with its own ids. */
export declare function buildCredentialsSchemaList(count: number, overrides?: DeepPartial<CredentialsSchema>, options?: FixtureOptions<never>): CredentialsSchema[];
/** A `HasSpace` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildHasSpace(overrides?: DeepPartial<HasSpace>, options?: FixtureOptions<never>): HasSpace;
/** `count` values of {@link buildHasSpace}, each with its own ids. */
export declare function buildHasSpaceList(count: number, overrides?: DeepPartial<HasSpace>, options?: FixtureOptions<never>): HasSpace[];
/** A `KebabName` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildKebabName(overrides?: DeepPartial<KebabName>, options?: FixtureOptions<never>): KebabName;
/** `count` values of {@link buildKebabName}, each with its own ids. */
export declare function buildKebabNameList(count: number, overrides?: DeepPartial<KebabName>, options?: FixtureOptions<never>): KebabName[];
/** A `MutualA` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildMutualA(overrides?: DeepPartial<MutualA>, options?: FixtureOptions<never>): MutualA;
/** `count` values of {@link buildMutualA}, each with its own ids. */
export declare function buildMutualAList(count: number, overrides?: DeepPartial<MutualA>, options?: FixtureOptions<never>): MutualA[];
/** A `MutualB` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildMutualB(overrides?: DeepPartial<MutualB>, options?: FixtureOptions<never>): MutualB;
/** `count` values of {@link buildMutualB}, each with its own ids. */
export declare function buildMutualBList(count: number, overrides?: DeepPartial<MutualB>, options?: FixtureOptions<never>): MutualB[];
/** A `Proto` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildProto(overrides?: DeepPartial<Proto>, options?: FixtureOptions<never>): Proto;
/** `count` values of {@link buildProto}, each with its own ids. */
export declare function buildProtoList(count: number, overrides?: DeepPartial<Proto>, options?: FixtureOptions<never>): Proto[];
/** A `Schema123start` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildSchema123start(overrides?: DeepPartial<Schema123start>, options?: FixtureOptions<never>): Schema123start;
/** `count` values of {@link buildSchema123start}, each with its own ids. */
export declare function buildSchema123startList(count: number, overrides?: DeepPartial<Schema123start>, options?: FixtureOptions<never>): Schema123start[];
/** A `WithQuotes` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace). */
export declare function buildWithQuotes(overrides?: DeepPartial<WithQuotes>, options?: FixtureOptions<never>): WithQuotes;
/** `count` values of {@link buildWithQuotes}, each with its own ids. */
export declare function buildWithQuotesList(count: number, overrides?: DeepPartial<WithQuotes>, options?: FixtureOptions<never>): WithQuotes[];
