import { SCHEMA_TABLE } from "./schema-table.js";
import { startMockServer } from "./testing/mock-server.js";
// Parsed from a string: operation schemas may hold any key, `__proto__` included.
const OPERATIONS = JSON.parse("[{\"name\":\"createPet\",\"method\":\"POST\",\"path\":\"/pets\",\"requiredQuery\":[],\"requiredHeaders\":[],\"requestBody\":{\"required\":true,\"contentTypes\":[\"application/json\"],\"schema\":{\"$ref\":\"#/components/schemas/NewPet\"}},\"responses\":[{\"status\":201,\"contentType\":\"application/json\",\"schema\":{\"$ref\":\"#/components/schemas/Pet\"}},{\"status\":422,\"contentType\":\"application/json\",\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}]},{\"name\":\"deletePet\",\"method\":\"DELETE\",\"path\":\"/pets/{petId}\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":204}]},{\"name\":\"getPet\",\"method\":\"GET\",\"path\":\"/pets/{petId}\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":200,\"contentType\":\"application/json\",\"schema\":{\"$ref\":\"#/components/schemas/Pet\"}},{\"status\":404,\"contentType\":\"application/json\",\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}]},{\"name\":\"listPets\",\"method\":\"GET\",\"path\":\"/pets\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":200,\"contentType\":\"application/json\",\"schema\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Pet\"}}}]},{\"name\":\"uploadPhoto\",\"method\":\"PUT\",\"path\":\"/pets/{petId}/photo\",\"requiredQuery\":[],\"requiredHeaders\":[],\"requestBody\":{\"required\":false,\"contentTypes\":[\"application/x-www-form-urlencoded\"],\"schema\":{\"type\":\"object\",\"properties\":{\"caption\":{\"type\":\"string\"}}}},\"responses\":[{\"status\":204}]}]");
/**
 * Starts a mock of the API on 127.0.0.1 (a free port). Point the client at `server.url`; override an
 * operation's answer with `server.respond("createPet", { status: 404 })`; read `server.requests`;
 * `await server.close()` when done.
 */
export function createMockServer(options = {}) {
    return startMockServer(SCHEMA_TABLE, OPERATIONS, { ...options, authHeader: "Authorization" });
}
