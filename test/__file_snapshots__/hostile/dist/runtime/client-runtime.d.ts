import { type Middleware } from "openapi-fetch";
import type { AuthSpec, ClientOptions, OperationTable } from "./types.js";
interface Defaults {
	readonly baseUrl: string;
	readonly auth: AuthSpec | undefined;
	/** For a query or cookie credential (runtime/auth.ts, emitted only for a document that has one). */
	readonly authMiddleware?: (auth: AuthSpec, token: string) => Middleware;
}
/** Builds the client object: one method per entry of the table, each a call through openapi-fetch. */
export declare function bindOperations<C>(table: OperationTable<C>, defaults: Defaults, options: ClientOptions): C;
export {};
