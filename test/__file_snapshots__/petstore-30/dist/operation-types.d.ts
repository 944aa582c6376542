import type { paths } from "./schema.js";
import type { ErrorSchema, Pet } from "./types.js";
import type * as Runtime from "./runtime/types.js";
/**
* A credential per security scheme, for `createClient({ credentials })`: each call sends the first of
* its operation's security requirements that every credential is given for.
*/
export type Credentials = {
	/** `bearer`: a bearer token, sent in the `Authorization` header as `Bearer <token>`. Also what `token` gives. */
	readonly bearer?: string | undefined;
};
/** The request of `createPet` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type CreatePetRequest = Runtime.OperationRequest<paths["/pets"], "POST">;
/** What `createPet` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type CreatePetResult = Runtime.Success<201, Pet> | Runtime.Failure<422, ErrorSchema> | Runtime.Malformed | Runtime.Invalid;
/** The request of `deletePet` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type DeletePetRequest = Runtime.OperationRequest<paths["/pets/{petId}"], "DELETE">;
/** What `deletePet` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type DeletePetResult = Runtime.Success<204, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of `getPet` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type GetPetRequest = Runtime.OperationRequest<paths["/pets/{petId}"], "GET">;
/** What `getPet` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type GetPetResult = Runtime.Success<200, Pet> | Runtime.Failure<404, ErrorSchema> | Runtime.Malformed | Runtime.Invalid;
/** The request of `listPets` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type ListPetsRequest = Runtime.OperationRequest<paths["/pets"], "GET">;
/** What `listPets` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type ListPetsResult = Runtime.Success<200, paths["/pets"]["get"]["responses"]["200"]["content"]["application/json"]> | Runtime.Failure<Runtime.Status3xx | Runtime.Status4xx | Runtime.Status5xx, ErrorSchema> | Runtime.Malformed | Runtime.Invalid;
/** The request of `uploadPhoto` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type UploadPhotoRequest = Runtime.OperationRequest<paths["/pets/{petId}/photo"], "PUT">;
/** What `uploadPhoto` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type UploadPhotoResult = Runtime.Success<204, undefined> | Runtime.Malformed | Runtime.Invalid;
