import type { SchemaTable } from "../fixtures/schema.js";
import type { OperationValidators } from "../validators/standard.js";
import type { IncomingCall, MockOperation } from "./mock-core.js";
export declare class Rejection extends Error {
	readonly status: number;
	readonly code: string;
	constructor(status: number, code: string, message: string);
}
/** A media type with its parameters, as compared: lower case, one spacing, without the ones a sender adds (`boundary`, `charset`). */
export declare function comparableType(contentType: string): string;
export type Params = Record<string, Record<string, unknown>>;
/** Decodes and checks every documented parameter per its style; throws a Rejection naming the first wrong one. */
export declare function checkParameters(table: SchemaTable, operation: MockOperation, call: IncomingCall, url: URL, pathParams: Readonly<Record<string, string>>, validators: OperationValidators | undefined): Params;
/** Decodes the body by the Content-Type it arrived with and checks it against that media type's schema. */
export declare function checkBody(table: SchemaTable, operation: MockOperation, call: IncomingCall, validators: OperationValidators | undefined): unknown;
export declare function acceptsBody(table: SchemaTable, operation: MockOperation, call: IncomingCall, validators: OperationValidators | undefined): boolean;
/** One credential a request must carry: where, and under what name. */
export interface CredentialSlot {
	readonly in: string;
	readonly name: string;
}
/** Why the request lacks every alternative of the operation's security requirements; undefined when it has one. */
export declare function missingCredentials(alternatives: readonly (readonly CredentialSlot[])[] | undefined, headers: Readonly<Record<string, string | string[] | undefined>>, url: URL): string | undefined;
