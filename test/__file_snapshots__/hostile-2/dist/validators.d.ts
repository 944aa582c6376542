import type * as $types from "./types.js";
import type { paths as $paths } from "./schema.js";
import { type At as $At, type Validator as $Validator } from "./validators/standard.js";
export type { OperationValidators, StandardJSONSchemaV1, StandardSchemaV1, ValidationIssue, Validator } from "./validators/standard.js";
/** Checks a value against the `HugeEnum` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const HugeEnum: $Validator<$types.HugeEnum>;
/** Checks a value against the `Weird` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Weird: $Validator<$types.Weird>;
type $O0 = $At<$paths, ["/émoji/{🔑}/items.json", "get"]>;
/** The validators of `listItems`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const listItemsValidators: {
	readonly params: $Validator<NonNullable<$At<$O0, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "200": {
			readonly "application/json": $Validator<$At<$O0, ["responses", 200, "content", "application/json"]>>;
		};
	};
};
type $O1 = $At<$paths, ["/items", "post"]>;
/** The validators of `newLine`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const newLineValidators: {
	readonly body: {
		readonly "application/json": $Validator<$At<$O1, ["requestBody", "content", "application/json"]>>;
	};
	readonly responses: {
		readonly "201": {};
	};
};
/** Every operation's validators, by method name: `createClient({ validate: { with: operationValidators } })`. */
export declare const operationValidators: {
	readonly listItems: typeof listItemsValidators;
	readonly newLine: typeof newLineValidators;
};
