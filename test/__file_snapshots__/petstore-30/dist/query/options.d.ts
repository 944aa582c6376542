import type { DataTag, InfiniteData, InfiniteQueryObserverOptions, MutationOptions, QueryObserverOptions } from "@tanstack/query-core";
import type { InitArgs } from "../runtime/types.js";
/**
* What a query or mutation of an operation rejects with (TanStack Query expects a rejected query
* function, not an error as data): an answer outside 2xx, with its status and body as the client's
* result has them, or a body that could not be read (`status: 0`, the `ResponseParseError` or
* `ResponseValidationError` as `body`). Its type is one member per documented status, so checking
* `error.status === 404` narrows `error.body` to that status's type.
*/
export declare class OperationError<
	Status extends number = number,
	Body = unknown
> extends Error {
	override readonly name = "OperationError";
	readonly operation: string;
	readonly status: Status;
	readonly body: Body;
	readonly response: Response;
	constructor(operation: string, status: Status, body: Body, response: Response);
}
type NoUndefined<T> = undefined extends T ? Exclude<T, undefined> | null : T;
/** What a query of the operation resolves to: the 2xx body (`null` for none: TanStack refuses `undefined`). */
export type DataOf<Result> = Result extends {
	data: infer Data;
	error?: never;
} ? NoUndefined<Data> : never;
/** What a query or mutation of the operation rejects with: an {@link OperationError} per documented status. */
export type ErrorOf<Result> = Result extends {
	data?: never;
	error: infer Body;
	status: infer Status extends number;
} ? OperationError<Status, Body> : never;
type DeepPartial<T> = T extends object ? { [Key in keyof T]?: DeepPartial<T[Key]> } : T;
/** The parts of a request that pick the answer, as the second element of its query keys. */
export type KeyParams<Request> = Pick<Request, Extract<keyof Request, "params" | "body" | "contentType" | "parseAs">> & {
	headers?: Record<string, string>;
};
/** An operation's query key: its name, then its parameters (and a QUERY's body). */
export type QueryKeyOf<
	Name extends string,
	Request
> = readonly [Name, KeyParams<Request>];
/** Any part of a request's parameters (and body), for a key that matches every query that has it. */
export type QueryKeyPart<Request> = DeepPartial<KeyParams<Request>>;
/** A mutation's variables: the request, which may be left out where it has nothing required. */
export type VariablesOf<Request> = InitArgs<Request> extends [unknown] ? Request : Request | void;
/** A key that matches a family of an operation's queries: its name, then any part of its parameters. */
export type QueryKeyFamily<
	Name extends string,
	Request
> = readonly [Name] | readonly [Name, QueryKeyPart<Request>];
/**
* What a query function reads of TanStack's context. Written out rather than query-core's
* QueryFunctionContext, whose `client` is a class: an adapter that pins its own copy of query-core
* (as each does) would not accept a function typed with another copy's.
*/
export interface QueryContext<Key> {
	readonly queryKey: Key;
	readonly signal: AbortSignal;
}
/** The options of one operation's query, for every adapter's `useQuery` and for `fetchQuery`. */
export interface OperationQueryOptions<
	Key extends readonly unknown[],
	Data,
	Error
> {
	queryKey: DataTag<Key, Data, Error>;
	queryFn: (context: QueryContext<Key>) => Promise<Data>;
	retry?: NonNullable<QueryObserverOptions<Data, Error, Data, Data, Key>["retry"]>;
	retryDelay?: NonNullable<QueryObserverOptions<Data, Error, Data, Data, Key>["retryDelay"]>;
}
/** The options of one operation's infinite query (its pages asked for by one query parameter). */
export interface OperationInfiniteQueryOptions<
	Key extends readonly unknown[],
	Data,
	Error,
	PageParam
> {
	queryKey: DataTag<Key, InfiniteData<Data, PageParam>, Error>;
	queryFn: (context: QueryContext<Key> & {
		readonly pageParam: PageParam;
	}) => Promise<Data>;
	initialPageParam: PageParam;
	getNextPageParam: (lastPage: Data, allPages: Data[], lastPageParam: PageParam) => PageParam | null;
	retry?: NonNullable<InfiniteQueryObserverOptions<Data, Error, InfiniteData<Data, PageParam>, Key, PageParam>["retry"]>;
}
/** The type of one query parameter of a request (an infinite query's page parameter). */
export type QueryParamOf<
	Request,
	Param extends string
> = Request extends {
	params?: {
		query?: infer Query;
	};
} ? Param extends keyof NonNullable<Query> ? NonNullable<NonNullable<Query>[Param]> : never : never;
/** The items a streamed operation yields, which its streamed query's data collects. */
export type StreamItemOf<Data> = Data extends AsyncIterable<infer Item> ? Item : never;
/** The options of one operation's mutation: its variables are the request, as the client's method takes it. */
export interface OperationMutationOptions<
	Name extends string,
	Variables,
	Data,
	Error
> {
	mutationKey: readonly [Name];
	mutationFn: (variables: Variables) => Promise<Data>;
	retry?: NonNullable<MutationOptions<Data, Error, Variables>["retry"]>;
	retryDelay?: NonNullable<MutationOptions<Data, Error, Variables>["retryDelay"]>;
}
type Call = (request: never) => Promise<object>;
/** A request's parameters by location, as the client takes them. */
export type QueryParams = {
	readonly [location: string]: unknown;
};
/** A 2xx answer's body (`null` for none), or the OperationError its answer is. */
export declare function unwrap(operation: string, result: object): unknown;
/**
* What picks the answer: the request's parameters and body, and where given, the media type it is
* sent as, the extra headers (Accept, say) and how the body is read; not the signal, timeouts or
* retries. Headers are named in lower case.
*/
export declare function keyParams(request: object | undefined): Record<string, unknown>;
/** TanStack's signal (a query cancelled, its last observer gone) and the caller's own, as one. */
export declare function withSignal(request: object | undefined, signal: AbortSignal): object;
export declare function queryKey(name: string, partial?: object): readonly unknown[];
export declare function queryOptions(name: string, call: Call, request: object | undefined): object;
export declare function mutationOptions(name: string, call: Call): object;
export {};
