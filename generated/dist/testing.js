import { OPERATION_TABLE } from "./operation-table.js";
import { SCHEMA_TABLE } from "./schema-table.js";
import { operationValidators } from "./validators.js";
import { startMockServer } from "./testing/mock-server.js";
/**
* Starts a mock of the API on 127.0.0.1 (a free port). Point the client at `server.url`; override an
* operation's answer with `server.respond("patchExperiment", { status: 404 })`; read `server.requests`;
* `await server.close()` when done.
*/
export function createMockServer(options = {}) {
	// Requests are checked with the package's compiled validators: what a validating client accepts, the mock accepts.
	return startMockServer(SCHEMA_TABLE, OPERATION_TABLE, {
		...options,
		validators: operationValidators
	});
}
