import { type Middleware } from "openapi-fetch";
import type { AuthSpec, ClientOptions, OperationTable } from "./types.js";
interface Defaults {
	readonly baseUrl: string;
	readonly auth: AuthSpec | undefined;
	/** For a query or cookie credential (runtime/auth.ts, emitted only for a document that has one). */
	readonly authMiddleware?: (auth: AuthSpec, token: string) => Middleware;
	/** The warning a call raises (once) when it sends the token by a deprecated security scheme. */
	readonly authDeprecation?: {
		readonly code: string;
		readonly message: string;
	};
}
/** Builds the client object: one method per entry of the table, each a call through openapi-fetch. */
export declare function bindOperations<C>(table: OperationTable<C>, defaults: Defaults, options: ClientOptions): C;
export {};
