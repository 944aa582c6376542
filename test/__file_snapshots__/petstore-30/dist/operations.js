import { createCallTransport } from "./runtime/call.js";
import { createSend } from "./runtime/send.js";
import { wireBody as $wireBody } from "./runtime/body.js";
import { jsonBody as $jsonBody } from "./runtime/media.js";
import { plainHeaders as $plainHeaders, plainPath as $plainPath, plainQuery as $plainQuery } from "./runtime/params-plain.js";
import { warnOnce as $warnOnce } from "./runtime/warnings.js";
import { oneScheme } from "./runtime/credentials.js";
export { methodOverride, middleware, retries, serverDeprecations, validation } from "./runtime/features.js";
/** The server a transport talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://pets.example.test/v1";
/**
* What every call of these functions shares: the same options as `createClient`. Retries, method override, server deprecation notices and openapi-fetch's middleware are on only when passed: `createTransport(options, retries, methodOverride, serverDeprecations, middleware)` behaves as `createClient(options)`; an option whose feature is missing (`retry`, `methodOverride`, `middleware`) is refused.
*
* `token` is sent as the `Authorization` header (`Bearer <token>`), per the security scheme `bearer`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `bearer`: HTTP bearer.
*/
export function createTransport(options = {}, ...features) {
	return createCallTransport({
		baseUrl: DEFAULT_BASE_URL,
		auth: {
			schemes: { bearer: {
				in: "header",
				name: "Authorization",
				prefix: "Bearer "
			} },
			defaultScheme: "bearer",
			security: [["bearer"]]
		},
		policy: oneScheme
	}, options, features, createSend);
}
/**
* Add a pet
*
* `POST /pets` (errors: 422)
*/
export const createPet = (transport, init) => transport.call("createPet", {
	method: "POST",
	path: "/pets",
	accept: "application/json"
}, init, { body: $jsonBody });
/**
* `DELETE /pets/{petId}`
* @deprecated This operation is deprecated by the API.
*/
export const deletePet = (transport, init) => transport.call("deletePet", {
	method: "DELETE",
	path: "/pets/{petId}",
	deprecation: {
		code: "OPENAPI_DEP_DELETE_PET",
		message: "deletePet (DELETE /pets/{petId}) is deprecated by the API."
	}
}, init, {
	path: $plainPath,
	warn: $warnOnce
});
/** `GET /pets/{petId}` (errors: 404) */
export const getPet = (transport, init) => transport.call("getPet", {
	method: "GET",
	path: "/pets/{petId}",
	accept: "application/json"
}, init, { path: $plainPath });
/**
* List pets
*
* `GET /pets` (errors: default)
*/
export const listPets = (transport, init) => transport.call("listPets", {
	method: "GET",
	path: "/pets",
	accept: "application/json"
}, init, {
	query: $plainQuery,
	headers: $plainHeaders
});
/** `PUT /pets/{petId}/photo` */
export const uploadPhoto = (transport, init) => transport.call("uploadPhoto", {
	method: "PUT",
	path: "/pets/{petId}/photo",
	requestContentType: "application/x-www-form-urlencoded"
}, init, {
	path: $plainPath,
	body: $wireBody
});
