/** `{ a: 1, b: "x" }` → `{ a: { operation, value: 1 }, b: { operation, value: "x" } }`; undefined fields are left out. */
export declare function fieldUpdates(body: object, operation: string): Record<string, {
	operation: string;
	value: unknown;
}>;
type PropertyOf<
	Body,
	Key extends string
> = Body extends { readonly [P in Key]?: infer Value } ? NonNullable<Value> : never;
/**
* A result whose successful `data` is `data[Key]` of the original answer, the whole answer kept as
* `fullData`; error and malformed members are unchanged.
*/
export type SelectedResult<
	Result,
	Key extends string
> = Result extends {
	data: infer Whole;
	status: infer Status;
	response: Response;
} ? {
	status: Status;
	data: PropertyOf<Whole, Key>;
	fullData: Whole;
	error?: never;
	malformed?: false;
	invalid?: false;
	response: Response;
} : Result & {
	fullData?: never;
};
interface AnswerShape {
	readonly status: number;
	readonly data?: unknown;
	readonly malformed?: boolean;
	readonly response: Response;
}
/**
* Resolves to `answer` with a successful body's `property` as its `data` (the whole body as
* `fullData`). A successful body without that property is malformed, as the deprecated operation
* would never have answered without it.
*/
export declare function selectData<
	Result extends AnswerShape,
	Key extends string
>(answer: Promise<Result>, property: Key): Promise<SelectedResult<Result, Key>>;
export {};
