import type { Credentials, CreatePetRequest, CreatePetResult, DeletePetRequest, DeletePetResult, GetPetRequest, GetPetResult, ListPetsRequest, ListPetsResult, UploadPhotoRequest, UploadPhotoResult } from "./operation-types.js";
import type { ClientOptions } from "./runtime/types.js";
import type * as Runtime from "./runtime/types.js";
export type { Credentials, CreatePetRequest, CreatePetResult, DeletePetRequest, DeletePetResult, GetPetRequest, GetPetResult, ListPetsRequest, ListPetsResult, UploadPhotoRequest, UploadPhotoResult } from "./operation-types.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "https://pets.example.test/v1";
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
