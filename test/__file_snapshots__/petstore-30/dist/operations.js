import { createCallTransport } from "./runtime/call.js";
import { wireBody as $wireBody } from "./runtime/body.js";
import { plainHeaders as $plainHeaders, plainPath as $plainPath, plainQuery as $plainQuery } from "./runtime/params-plain.js";
import { warnOnce as $warnOnce } from "./runtime/warnings.js";
export { methodOverride, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://pets.example.test/v1";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override and server deprecation notices are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`) is refused.
*
* `token` is sent as the `Authorization` header (`Bearer <token>`), per the security scheme `bearer`.
*
* Security schemes of the API:
* - `bearer`: HTTP bearer.
*/
export function createTransport(options = {}, ...features) {
	return createCallTransport({
		baseUrl: DEFAULT_BASE_URL,
		auth: {
			in: "header",
			name: "Authorization",
			prefix: "Bearer "
		}
	}, options, features);
}
/**
* Add a pet
*
* `POST /pets` (errors: 422)
*/
export function createPet(transport, ...init) {
	return transport.call("createPet", {
		method: "POST",
		path: "/pets"
	}, init[0], {});
}
/**
* `DELETE /pets/{petId}`
* @deprecated This operation is deprecated by the API.
*/
export function deletePet(transport, ...init) {
	return transport.call("deletePet", {
		method: "DELETE",
		path: "/pets/{petId}",
		deprecation: {
			code: "OPENAPI_DEP_DELETE_PET",
			message: "deletePet (DELETE /pets/{petId}) is deprecated by the API."
		}
	}, init[0], {
		path: $plainPath,
		warn: $warnOnce
	});
}
/** `GET /pets/{petId}` (errors: 404) */
export function getPet(transport, ...init) {
	return transport.call("getPet", {
		method: "GET",
		path: "/pets/{petId}"
	}, init[0], { path: $plainPath });
}
/**
* List pets
*
* `GET /pets` (errors: default)
*/
export function listPets(transport, ...init) {
	return transport.call("listPets", {
		method: "GET",
		path: "/pets"
	}, init[0], {
		query: $plainQuery,
		headers: $plainHeaders
	});
}
/** `PUT /pets/{petId}/photo` */
export function uploadPhoto(transport, ...init) {
	return transport.call("uploadPhoto", {
		method: "PUT",
		path: "/pets/{petId}/photo",
		requestContentType: "application/x-www-form-urlencoded"
	}, init[0], {
		path: $plainPath,
		body: $wireBody
	});
}
