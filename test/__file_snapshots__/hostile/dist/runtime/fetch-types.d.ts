/** Headers as openapi-fetch takes them: a `HeadersInit`, or a record whose values may be numbers, booleans, arrays or null. */
export type HeadersOptions = Required<RequestInit>["headers"] | Record<string, string | number | boolean | (string | number | boolean)[] | null | undefined>;
type WithParameters = {
	parameters: any;
};
export type QuerySerializer<Operation> = (query: Operation extends WithParameters ? NonNullable<Operation["parameters"]["query"]> : Record<string, unknown>) => string;
/** How openapi-fetch's own query serializer writes arrays and objects. */
export type QuerySerializerOptions = {
	array?: {
		style: "form" | "spaceDelimited" | "pipeDelimited";
		explode: boolean;
	};
	object?: {
		style: "form" | "deepObject";
		explode: boolean;
	};
	allowReserved?: boolean;
};
/** The operation's request media types, by name. */
export type RequestContent<Operation> = Operation extends {
	requestBody?: {
		content: infer Content;
	};
} ? Content : never;
/** The body of any of the operation's request media types. */
export type BodyContent<Operation> = RequestContent<Operation>[keyof RequestContent<Operation> & `${string}/${string}`];
type FilterKeys<
	Obj,
	Matchers
> = Obj[keyof Obj & Matchers];
type MediaType = `${string}/${string}`;
type RequiredKeysOfHelper<T> = { [K in keyof T]: {} extends Pick<T, K> ? never : K }[keyof T];
type RequiredKeysOf<T> = RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>;
type ResponseContent<T> = T extends {
	content: any;
} ? T["content"] : unknown;
type OperationRequestBody<T> = "requestBody" extends keyof T ? T["requestBody"] : never;
type PickRequestBody<T> = "requestBody" extends keyof T ? Pick<T, "requestBody"> : never;
type IsOperationRequestBodyOptional<T> = RequiredKeysOf<PickRequestBody<T>> extends never ? true : false;
type OperationRequestBodyMediaContent<T> = IsOperationRequestBodyOptional<T> extends true ? ResponseContent<NonNullable<OperationRequestBody<T>>> | undefined : ResponseContent<OperationRequestBody<T>>;
type SerializedBody<T> = FilterKeys<OperationRequestBodyMediaContent<T>, MediaType> extends never ? FilterKeys<NonNullable<OperationRequestBodyMediaContent<T>>, MediaType> | undefined : FilterKeys<OperationRequestBodyMediaContent<T>, MediaType>;
export type BodySerializer<Operation> = (body: SerializedBody<Operation>) => any;
export type PathSerializer = (pathname: string, pathParams: Record<string, unknown>) => string;
export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";
/** `params`, required when any of the operation's parameters is. */
export type ParamsOption<Operation> = Operation extends WithParameters ? {} extends Operation["parameters"] ? {
	params?: Operation["parameters"];
} : {
	params: Operation["parameters"];
} : {
	params?: {
		query?: Record<string, unknown>;
	};
};
/** What openapi-fetch gives every middleware hook. */
export interface MiddlewareCallbackParams {
	request: Request;
	/** The OpenAPI path, as the document spells it (`/things/{id}`). */
	readonly schemaPath: string;
	readonly params: {
		query?: Record<string, unknown>;
		header?: Record<string, unknown>;
		path?: Record<string, unknown>;
		cookie?: Record<string, unknown>;
	};
	/** Unique per request. */
	readonly id: string;
	readonly options: {
		baseUrl: string;
		parseAs: ParseAs;
		querySerializer: QuerySerializer<unknown>;
		bodySerializer: BodySerializer<unknown>;
		pathSerializer: PathSerializer;
		fetch: typeof globalThis.fetch;
	};
}
type RequestHookResult = void | Request | Response | undefined | Promise<Request | Response | undefined | void>;
type ResponseHookResult = void | Response | undefined | Promise<Response | undefined | void>;
type ErrorHookResult = void | Response | Error | Promise<void | Response | Error>;
type OnRequest = (options: MiddlewareCallbackParams) => RequestHookResult;
type OnResponse = (options: MiddlewareCallbackParams & {
	response: Response;
}) => ResponseHookResult;
type OnError = (options: MiddlewareCallbackParams & {
	error: unknown;
}) => ErrorHookResult;
/** openapi-fetch's `Middleware`: an object with at least one of `onRequest`, `onResponse`, `onError`. */
export type Middleware = {
	onRequest: OnRequest;
	onResponse?: OnResponse;
	onError?: OnError;
} | {
	onRequest?: OnRequest;
	onResponse: OnResponse;
	onError?: OnError;
} | {
	onRequest?: OnRequest;
	onResponse?: OnResponse;
	onError: OnError;
};
export {};
