import * as $operations from "./operations.js";
import { queryOptions as $queryOptions } from "./query/options.js";
import { queryKey as $queryKey } from "./query/options.js";
import { mutationOptions as $mutationOptions } from "./query/options.js";
export { createTransport } from "./operations.js";
export { OperationError } from "./query/options.js";
/**
* Add a pet
*
* `POST /pets` (errors: 422)
*/
export function createPetMutationOptions(transport) {
	return $mutationOptions("createPet", (request) => $operations.createPet(transport, request));
}
/**
* `DELETE /pets/{petId}`
* @deprecated This operation is deprecated by the API.
*/
export function deletePetMutationOptions(transport) {
	return $mutationOptions("deletePet", (request) => $operations.deletePet(transport, request));
}
/** `GET /pets/{petId}` (errors: 404) */
export function getPetQueryOptions(transport, ...init) {
	return $queryOptions("getPet", (request) => $operations.getPet(transport, request), init[0]);
}
/** The key of `getPetQueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export function getPetQueryKey(part) {
	return $queryKey("getPet", part);
}
/**
* List pets
*
* `GET /pets` (errors: default)
*/
export function listPetsQueryOptions(transport, ...init) {
	return $queryOptions("listPets", (request) => $operations.listPets(transport, request), init[0]);
}
/** The key of `listPetsQueryOptions`'s queries; given a part of the request's `params` (or `body`), the key of every query that has it, for `invalidateQueries`, `removeQueries` and the like. */
export function listPetsQueryKey(part) {
	return $queryKey("listPets", part);
}
/** `PUT /pets/{petId}/photo` */
export function uploadPhotoMutationOptions(transport) {
	return $mutationOptions("uploadPhoto", (request) => $operations.uploadPhoto(transport, request));
}
