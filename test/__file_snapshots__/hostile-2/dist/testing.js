import { SCHEMA_TABLE } from "./schema-table.js";
import { startMockServer } from "./testing/mock-server.js";
// Parsed from a string: operation schemas may hold any key, `__proto__` included.
const OPERATIONS = JSON.parse("[{\"name\":\"listItems\",\"method\":\"GET\",\"path\":\"/émoji/{🔑}/items.json\",\"requiredQuery\":[],\"requiredHeaders\":[],\"responses\":[{\"status\":200,\"contentType\":\"application/json\",\"schema\":{\"$ref\":\"#/components/schemas/Huge.Enum\"}}]},{\"name\":\"newLine\",\"method\":\"POST\",\"path\":\"/items\",\"requiredQuery\":[],\"requiredHeaders\":[],\"requestBody\":{\"required\":true,\"contentTypes\":[\"application/json\"],\"schema\":{\"$ref\":\"#/components/schemas/%CE%A9%20Weird\"}},\"responses\":[{\"status\":201}]}]");
/**
 * Starts a mock of the API on 127.0.0.1 (a free port). Point the client at `server.url`; override an
 * operation's answer with `server.respond("listItems", { status: 404 })`; read `server.requests`;
 * `await server.close()` when done.
 */
export function createMockServer(options = {}) {
    return startMockServer(SCHEMA_TABLE, OPERATIONS, { ...options, });
}
