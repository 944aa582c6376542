import type * as $types from "./types.js";
import type { paths as $paths } from "./schema.js";
import { type At as $At, type Validator as $Validator } from "./validators/standard.js";
export type { OperationValidators, StandardJSONSchemaV1, StandardSchemaV1, ValidationIssue, Validator } from "./validators/standard.js";
/** Checks a value against the `Class` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Class: $Validator<$types.Class>;
/** Checks a value against the `ClientSchema` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ClientSchema: $Validator<$types.ClientSchema>;
/** Checks a value against the `ClientSchema2` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ClientSchema2: $Validator<$types.ClientSchema2>;
/** Checks a value against the `Constructor` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Constructor: $Validator<$types.Constructor>;
/** Checks a value against the `CredentialsSchema` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const CredentialsSchema: $Validator<$types.CredentialsSchema>;
/** Checks a value against the `HasSpace` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const HasSpace: $Validator<$types.HasSpace>;
/** Checks a value against the `KebabName` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const KebabName: $Validator<$types.KebabName>;
/** Checks a value against the `MutualA` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const MutualA: $Validator<$types.MutualA>;
/** Checks a value against the `MutualB` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const MutualB: $Validator<$types.MutualB>;
/** Checks a value against the `Proto` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Proto: $Validator<$types.Proto>;
/** Checks a value against the `Schema123start` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Schema123start: $Validator<$types.Schema123start>;
/** Checks a value against the `WithQuotes` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const WithQuotes: $Validator<$types.WithQuotes>;
type $O0 = $At<$paths, ["/weird/'quote'/{id}", "post"]>;
/** The validators of `constructorOperation`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const constructorOperationValidators: {
	readonly params: $Validator<NonNullable<$At<$O0, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "200": {};
	};
};
type $O1 = $At<$paths, ["/items/{item-id}", "delete"]>;
/** The validators of `delete`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const deleteValidators: {
	readonly params: $Validator<NonNullable<$At<$O1, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "204": {};
	};
};
type $O2 = $At<$paths, ["/items/{item-id}", "put"]>;
/** The validators of `getItem`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const getItemValidators: {
	readonly params: $Validator<NonNullable<$At<$O2, ["parameters"]>>>;
	readonly body: {
		readonly "application/json": $Validator<$At<$O2, ["requestBody", "content", "application/json"]>>;
	};
	readonly responses: {
		readonly "200": {};
	};
};
type $O3 = $At<$paths, ["/items/{item-id}", "get"]>;
/** The validators of `getItem2`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const getItem2Validators: {
	readonly params: $Validator<NonNullable<$At<$O3, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "200": {
			readonly "application/json": $Validator<$At<$O3, ["responses", 200, "content", "application/json"]>>;
		};
	};
};
type $O4 = $At<$paths, ["/weird/'quote'/{id}", "get"]>;
/** The validators of `op123go`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const op123goValidators: {
	readonly params: $Validator<NonNullable<$At<$O4, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "200": {
			readonly "application/json": $Validator<$At<$O4, ["responses", 200, "content", "application/json"]>>;
		};
	};
};
type $O5 = $At<$paths, ["/weird/'quote'/{id}", "patch"]>;
/** The validators of `proto`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const protoValidators: {
	readonly params: $Validator<NonNullable<$At<$O5, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "200": {};
	};
};
type $O6 = $At<$paths, ["/weird/'quote'/{id}", "options"]>;
/** The validators of `quoteOpBack`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const quoteOpBackValidators: {
	readonly params: $Validator<NonNullable<$At<$O6, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "200": {};
	};
};
/** Every operation's validators, by method name: `createClient({ validate: { with: operationValidators } })`. */
export declare const operationValidators: {
	readonly constructorOperation: typeof constructorOperationValidators;
	readonly delete: typeof deleteValidators;
	readonly getItem: typeof getItemValidators;
	readonly getItem2: typeof getItem2Validators;
	readonly op123go: typeof op123goValidators;
	readonly proto: typeof protoValidators;
	readonly quoteOpBack: typeof quoteOpBackValidators;
};
