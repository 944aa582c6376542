import type { Transport } from "./runtime/call.js";
import type * as Runtime from "./runtime/types.js";
import type * as $client from "./client.js";
import type * as Query from "./query/options.js";
export { createTransport, type Transport } from "./operations.js";
export { OperationError } from "./query/options.js";
export type { DataOf, ErrorOf, KeyParams, OperationInfiniteQueryOptions, OperationMutationOptions, OperationQueryOptions, QueryKeyFamily, QueryKeyOf, QueryKeyPart } from "./query/options.js";
/**
* Add a pet
*
* `POST /pets` (errors: 422)
*/
export declare function createPetMutationOptions(transport: Transport): Query.OperationMutationOptions<"createPet", Query.VariablesOf<$client.CreatePetRequest>, Query.DataOf<$client.CreatePetResult>, Query.ErrorOf<$client.CreatePetResult>>;
/**
* `DELETE /pets/{petId}`
* @deprecated This operation is deprecated by the API.
*/
export declare function deletePetMutationOptions(transport: Transport): Query.OperationMutationOptions<"deletePet", Query.VariablesOf<$client.DeletePetRequest>, Query.DataOf<$client.DeletePetResult>, Query.ErrorOf<$client.DeletePetResult>>;
/** `GET /pets/{petId}` (errors: 404) */
export declare function getPetQueryOptions(transport: Transport, ...init: Runtime.InitArgs<$client.GetPetRequest>): Query.OperationQueryOptions<Query.QueryKeyOf<"getPet", $client.GetPetRequest>, Query.DataOf<$client.GetPetResult>, Query.ErrorOf<$client.GetPetResult>>;
/** The key of `getPetQueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export declare function getPetQueryKey(part?: Query.QueryKeyPart<$client.GetPetRequest>): Query.QueryKeyFamily<"getPet", $client.GetPetRequest>;
/**
* List pets
*
* `GET /pets` (errors: default)
*/
export declare function listPetsQueryOptions(transport: Transport, ...init: Runtime.InitArgs<$client.ListPetsRequest>): Query.OperationQueryOptions<Query.QueryKeyOf<"listPets", $client.ListPetsRequest>, Query.DataOf<$client.ListPetsResult>, Query.ErrorOf<$client.ListPetsResult>>;
/** The key of `listPetsQueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export declare function listPetsQueryKey(part?: Query.QueryKeyPart<$client.ListPetsRequest>): Query.QueryKeyFamily<"listPets", $client.ListPetsRequest>;
/** `PUT /pets/{petId}/photo` */
export declare function uploadPhotoMutationOptions(transport: Transport): Query.OperationMutationOptions<"uploadPhoto", Query.VariablesOf<$client.UploadPhotoRequest>, Query.DataOf<$client.UploadPhotoResult>, Query.ErrorOf<$client.UploadPhotoResult>>;
