import type * as $types from "./types.js";
import type { paths as $paths } from "./schema.js";
import { type At as $At, type Validator as $Validator } from "./validators/standard.js";
export type { OperationValidators, StandardJSONSchemaV1, StandardSchemaV1, ValidationIssue, Validator } from "./validators/standard.js";
/** Checks a value against the `ErrorSchema` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const ErrorSchema: $Validator<$types.ErrorSchema>;
/** Checks a value against the `NewPet` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const NewPet: $Validator<$types.NewPet>;
/** Checks a value against the `Owner` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Owner: $Validator<$types.Owner>;
/** Checks a value against the `Pet` schema (Standard Schema v1, Standard JSON Schema v1). */
export declare const Pet: $Validator<$types.Pet>;
type $O0 = $At<$paths, ["/pets", "post"]>;
/** The validators of `createPet`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const createPetValidators: {
	readonly body: {
		readonly "application/json": $Validator<$At<$O0, ["requestBody", "content", "application/json"]>>;
	};
	readonly responses: {
		readonly "201": {
			readonly "application/json": $Validator<$At<$O0, ["responses", 201, "content", "application/json"]>>;
		};
		readonly "422": {
			readonly "application/json": $Validator<$At<$O0, ["responses", 422, "content", "application/json"]>>;
		};
	};
};
type $O1 = $At<$paths, ["/pets/{petId}", "delete"]>;
/** The validators of `deletePet`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const deletePetValidators: {
	readonly params: $Validator<NonNullable<$At<$O1, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "204": {};
	};
};
type $O2 = $At<$paths, ["/pets/{petId}", "get"]>;
/** The validators of `getPet`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const getPetValidators: {
	readonly params: $Validator<NonNullable<$At<$O2, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "200": {
			readonly "application/json": $Validator<$At<$O2, ["responses", 200, "content", "application/json"]>>;
		};
		readonly "404": {
			readonly "application/json": $Validator<$At<$O2, ["responses", 404, "content", "application/json"]>>;
		};
	};
};
type $O3 = $At<$paths, ["/pets", "get"]>;
/** The validators of `listPets`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const listPetsValidators: {
	readonly params: $Validator<NonNullable<$At<$O3, ["parameters"]>>>;
	readonly body: {};
	readonly responses: {
		readonly "200": {
			readonly "application/json": $Validator<$At<$O3, ["responses", 200, "content", "application/json"]>>;
		};
		readonly "default": {
			readonly "application/json": $Validator<$At<$O3, ["responses", "default", "content", "application/json"]>>;
		};
	};
};
type $O4 = $At<$paths, ["/pets/{petId}/photo", "put"]>;
/** The validators of `uploadPhoto`: its parameters (as the client's `params`), request bodies and response bodies by status and media type (a stream's: each item). */
export declare const uploadPhotoValidators: {
	readonly params: $Validator<NonNullable<$At<$O4, ["parameters"]>>>;
	readonly body: {
		readonly "application/x-www-form-urlencoded": $Validator<$At<$O4, ["requestBody", "content", "application/x-www-form-urlencoded"]>>;
	};
	readonly responses: {
		readonly "204": {};
	};
};
/** Every operation's validators, by method name: `createClient({ validate: { with: operationValidators } })`. */
export declare const operationValidators: {
	readonly createPet: typeof createPetValidators;
	readonly deletePet: typeof deletePetValidators;
	readonly getPet: typeof getPetValidators;
	readonly listPets: typeof listPetsValidators;
	readonly uploadPhoto: typeof uploadPhotoValidators;
};
