import type { paths } from "./schema.js";
import type { ClientOptions, OperationMethod } from "./runtime/types.js";
/** The server `createClient` talks to when no `baseUrl` is given. */
export declare const DEFAULT_BASE_URL = "https://pets.example.test/v1";
/** Pet Store (3.0 test spec) 1.2.0 */
export interface Client {
    /**
     * Add a pet
     *
     * `POST /pets` (errors: 422)
     */
    readonly createPet: OperationMethod<paths["/pets"], "POST">;
    /**
     * `DELETE /pets/{petId}`
     * @deprecated This operation is deprecated by the API.
     */
    readonly deletePet: OperationMethod<paths["/pets/{petId}"], "DELETE">;
    /** `GET /pets/{petId}` (errors: 404) */
    readonly getPet: OperationMethod<paths["/pets/{petId}"], "GET">;
    /**
     * List pets
     *
     * `GET /pets` (errors: default)
     */
    readonly listPets: OperationMethod<paths["/pets"], "GET">;
    /** `PUT /pets/{petId}/photo` */
    readonly uploadPhoto: OperationMethod<paths["/pets/{petId}/photo"], "PUT">;
}
/** Creates a client with one method per operation; see {@link ClientOptions}. */
export declare function createClient(options?: ClientOptions): Client;
