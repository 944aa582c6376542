import type { AuthSpec, ClientOptions, OperationTable } from "./types.js";
interface Defaults {
	readonly baseUrl: string;
	readonly auth: AuthSpec | undefined;
}
/** Builds the client object: one method per entry of the table, each a call through openapi-fetch. */
export declare function bindOperations<C>(table: OperationTable<C>, defaults: Defaults, options: ClientOptions): C;
export {};
