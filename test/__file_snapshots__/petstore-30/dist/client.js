import { bindOperations } from "./runtime/client-runtime.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://pets.example.test/v1";
const OPERATIONS = {
	createPet: {
		method: "POST",
		path: "/pets",
		accept: "application/json"
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
		path: "/pets/{petId}",
		accept: "application/json"
	},
	listPets: {
		method: "GET",
		path: "/pets",
		accept: "application/json"
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
* `token` is sent as the `Authorization` header (`Bearer <token>`), per the security scheme `bearer`. `credentials` gives one per scheme ({@link Credentials}); each call sends the first of its operation's security requirements that every credential is given for.
*
* Security schemes of the API:
* - `bearer`: HTTP bearer.
*/
export function createClient(options = {}) {
	return bindOperations(OPERATIONS, {
		baseUrl: DEFAULT_BASE_URL,
		auth: {
			schemes: { bearer: {
				in: "header",
				name: "Authorization",
				prefix: "Bearer "
			} },
			defaultScheme: "bearer",
			security: [["bearer"]]
		}
	}, options);
}
