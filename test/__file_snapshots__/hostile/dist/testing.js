import { SCHEMA_TABLE } from "./schema-table.js";
import { startMockServer } from "./testing/mock-server.js";
// Parsed from a string: operation schemas may hold any key, `__proto__` included.
const OPERATIONS = JSON.parse("[{\"name\":\"constructorOperation\",\"method\":\"POST\",\"path\":\"/weird/'quote'/{id}\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":200}]},{\"name\":\"delete\",\"method\":\"DELETE\",\"path\":\"/items/{item-id}\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":204}]},{\"name\":\"getItem\",\"method\":\"PUT\",\"path\":\"/items/{item-id}\",\"requiredQuery\":[],\"requiredHeaders\":[],\"requestBody\":{\"required\":false,\"contentTypes\":[\"application/json\"],\"schema\":{\"$ref\":\"#/components/schemas/with%20%22quotes%22\"}},\"responses\":[{\"status\":200}]},{\"name\":\"getItem2\",\"method\":\"GET\",\"path\":\"/items/{item-id}\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":200,\"contentType\":\"application/json\",\"schema\":{\"$ref\":\"#/components/schemas/__proto__\"}}]},{\"name\":\"op123go\",\"method\":\"GET\",\"path\":\"/weird/'quote'/{id}\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":200,\"contentType\":\"application/json\",\"schema\":{\"$ref\":\"#/components/schemas/123start\"}}]},{\"name\":\"proto\",\"method\":\"PATCH\",\"path\":\"/weird/'quote'/{id}\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":200}]},{\"name\":\"quoteOpBack\",\"method\":\"OPTIONS\",\"path\":\"/weird/'quote'/{id}\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":200}]}]");
/**
 * Starts a mock of the API on 127.0.0.1 (a free port). Point the client at `server.url`; override an
 * operation's answer with `server.respond("constructorOperation", { status: 404 })`; read `server.requests`;
 * `await server.close()` when done.
 */
export function createMockServer(options = {}) {
    return startMockServer(SCHEMA_TABLE, OPERATIONS, { ...options, authHeader: "X-Api-Key" });
}
