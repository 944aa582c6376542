import { bindOperations } from "./runtime/client-runtime.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://pets.example.test/v1";
const OPERATIONS = {
	createPet: {
		method: "POST",
		path: "/pets"
	},
	deletePet: {
		method: "DELETE",
		path: "/pets/{petId}",
		deprecation: {
			code: "OPENAPI_DEP_DELETE_PET",
			message: "deletePet (DELETE /pets/{petId}) is deprecated by the API."
		}
	},
	getPet: {
		method: "GET",
		path: "/pets/{petId}"
	},
	listPets: {
		method: "GET",
		path: "/pets"
	},
	uploadPhoto: {
		method: "PUT",
		path: "/pets/{petId}/photo",
		requestContentType: "application/x-www-form-urlencoded"
	}
};
/**
* Creates a client with one method per operation; see {@link ClientOptions}.
*
* `token` is sent as the `Authorization` header (`Bearer <token>`), per the security scheme `bearer`.
*
* Security schemes of the API:
* - `bearer`: HTTP bearer.
*/
export function createClient(options = {}) {
	return bindOperations(OPERATIONS, {
		baseUrl: DEFAULT_BASE_URL,
		auth: {
			in: "header",
			name: "Authorization",
			prefix: "Bearer "
		}
	}, options);
}
