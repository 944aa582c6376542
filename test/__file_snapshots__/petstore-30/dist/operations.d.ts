import type { ClientOptions } from "./runtime/types.js";
import type * as Runtime from "./runtime/types.js";
import { type Transport, type TransportFeature } from "./runtime/call.js";
import type { CreatePetRequest, CreatePetResult, DeletePetRequest, DeletePetResult, GetPetRequest, GetPetResult, ListPetsRequest, ListPetsResult, UploadPhotoRequest, UploadPhotoResult } from "./client.js";
export type { Transport, TransportFeature } from "./runtime/call.js";
export { methodOverride, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "https://pets.example.test/v1";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override and server deprecation notices are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`) is refused.
*
* `token` is sent as the `Authorization` header (`Bearer <token>`), per the security scheme `bearer`.
*
* Security schemes of the API:
* - `bearer`: HTTP bearer.
*/
export declare function createTransport(options?: ClientOptions, ...features: readonly TransportFeature[]): Transport;
/**
* Add a pet
*
* `POST /pets` (errors: 422)
*/
export declare function createPet(transport: Transport, ...init: Runtime.InitArgs<CreatePetRequest>): Promise<CreatePetResult>;
/**
* `DELETE /pets/{petId}`
* @deprecated This operation is deprecated by the API.
*/
export declare function deletePet(transport: Transport, ...init: Runtime.InitArgs<DeletePetRequest>): Promise<DeletePetResult>;
/** `GET /pets/{petId}` (errors: 404) */
export declare function getPet(transport: Transport, ...init: Runtime.InitArgs<GetPetRequest>): Promise<GetPetResult>;
/**
* List pets
*
* `GET /pets` (errors: default)
*/
export declare function listPets(transport: Transport, ...init: Runtime.InitArgs<ListPetsRequest>): Promise<ListPetsResult>;
/** `PUT /pets/{petId}/photo` */
export declare function uploadPhoto(transport: Transport, ...init: Runtime.InitArgs<UploadPhotoRequest>): Promise<UploadPhotoResult>;
