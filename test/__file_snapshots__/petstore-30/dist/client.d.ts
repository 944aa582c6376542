import type { paths } from "./schema.js";
import type { ErrorSchema, Pet } from "./types.js";
import type { ClientOptions } from "./runtime/types.js";
import type * as Runtime from "./runtime/types.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "https://pets.example.test/v1";
/**
* A credential per security scheme, for `createClient({ credentials })`: each call sends the first of
* its operation's security requirements that every credential is given for.
*/
export type Credentials = {
	/** `bearer`: a bearer token, sent in the `Authorization` header as `Bearer <token>`. Also what `token` gives. */
	readonly bearer?: string | undefined;
};
/** The request of {@link Client.createPet}: `params` (path, query, header), `body`, and per-call options. */
export type CreatePetRequest = Runtime.OperationRequest<paths["/pets"], "POST">;
/** What {@link Client.createPet} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type CreatePetResult = Runtime.Success<201, Pet> | Runtime.Failure<422, ErrorSchema> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.deletePet}: `params` (path, query, header), `body`, and per-call options. */
export type DeletePetRequest = Runtime.OperationRequest<paths["/pets/{petId}"], "DELETE">;
/** What {@link Client.deletePet} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type DeletePetResult = Runtime.Success<204, undefined> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.getPet}: `params` (path, query, header), `body`, and per-call options. */
export type GetPetRequest = Runtime.OperationRequest<paths["/pets/{petId}"], "GET">;
/** What {@link Client.getPet} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type GetPetResult = Runtime.Success<200, Pet> | Runtime.Failure<404, ErrorSchema> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.listPets}: `params` (path, query, header), `body`, and per-call options. */
export type ListPetsRequest = Runtime.OperationRequest<paths["/pets"], "GET">;
/** What {@link Client.listPets} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type ListPetsResult = Runtime.Success<200, paths["/pets"]["get"]["responses"]["200"]["content"]["application/json"]> | Runtime.Failure<Runtime.Status3xx | Runtime.Status4xx | Runtime.Status5xx, ErrorSchema> | Runtime.Malformed | Runtime.Invalid;
/** The request of {@link Client.uploadPhoto}: `params` (path, query, header), `body`, and per-call options. */
export type UploadPhotoRequest = Runtime.OperationRequest<paths["/pets/{petId}/photo"], "PUT">;
/** What {@link Client.uploadPhoto} resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type UploadPhotoResult = Runtime.Success<204, undefined> | Runtime.Malformed | Runtime.Invalid;
/** Pet Store (3.0 test spec) 1.2.0 */
export interface Client {
	/**
	* Add a pet
	*
	* `POST /pets` (errors: 422)
	*/
	readonly createPet: Runtime.Method<CreatePetRequest, CreatePetResult>;
	/**
	* `DELETE /pets/{petId}`
	* @deprecated This operation is deprecated by the API.
	*/
	readonly deletePet: Runtime.Method<DeletePetRequest, DeletePetResult>;
	/** `GET /pets/{petId}` (errors: 404) */
	readonly getPet: Runtime.Method<GetPetRequest, GetPetResult>;
	/**
	* List pets
	*
	* `GET /pets` (errors: default)
	*/
	readonly listPets: Runtime.Method<ListPetsRequest, ListPetsResult>;
	/** `PUT /pets/{petId}/photo` */
	readonly uploadPhoto: Runtime.Method<UploadPhotoRequest, UploadPhotoResult>;
}
/**
* Creates a client with one method per operation; see {@link ClientOptions}.
*
* `token` is sent as the `Authorization` header (`Bearer <token>`), per the security scheme `bearer`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `bearer`: HTTP bearer.
*/
export declare function createClient(options?: ClientOptions & {
	readonly credentials?: Credentials | undefined;
}): Client;
