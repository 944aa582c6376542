import type { ClientOptions } from "./runtime/types.js";
import { type OperationFunction, type Transport, type TransportFeature } from "./runtime/call.js";
import type { Credentials } from "./operation-types.js";
import type { CreatePetRequest, CreatePetResult, DeletePetRequest, DeletePetResult, GetPetRequest, GetPetResult, ListPetsRequest, ListPetsResult, UploadPhotoRequest, UploadPhotoResult } from "./operation-types.js";
export type { OperationFunction, Transport, TransportFeature } from "./runtime/call.js";
export { methodOverride, middleware, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "https://pets.example.test/v1";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override, server deprecation notices and openapi-fetch's middleware are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations, middleware)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`, `middleware`) is refused.
*
* `token` is sent as the `Authorization` header (`Bearer <token>`), per the security scheme `bearer`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `bearer`: HTTP bearer.
*/
export declare function createTransport(options?: ClientOptions & {
	readonly credentials?: Credentials | undefined;
}, ...features: readonly TransportFeature[]): Transport;
/**
* Add a pet
*
* `POST /pets` (errors: 422)
*/
export declare const createPet: OperationFunction<CreatePetRequest, CreatePetResult>;
/**
* `DELETE /pets/{petId}`
* @deprecated This operation is deprecated by the API.
*/
export declare const deletePet: OperationFunction<DeletePetRequest, DeletePetResult>;
/** `GET /pets/{petId}` (errors: 404) */
export declare const getPet: OperationFunction<GetPetRequest, GetPetResult>;
/**
* List pets
*
* `GET /pets` (errors: default)
*/
export declare const listPets: OperationFunction<ListPetsRequest, ListPetsResult>;
/** `PUT /pets/{petId}/photo` */
export declare const uploadPhoto: OperationFunction<UploadPhotoRequest, UploadPhotoResult>;
