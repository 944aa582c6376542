import type { AuthSpec, Credential } from "./types.js";
/** The schemes, the document's requirements and the default scheme, as the generated client states them. */
export interface AuthTable {
	readonly schemes: Readonly<Record<string, AuthSpec>>;
	/** The scheme `token` is sent by. */
	readonly defaultScheme: string;
	/** The document's security requirements: alternatives, each the schemes it needs together. */
	readonly security?: readonly (readonly string[])[];
}
export type GivenCredentials = Readonly<Record<string, Credential | undefined>>;
/** `token` and `credentials` as one table by scheme name; `credentials` wins for the default scheme. */
export declare function givenCredentials(table: AuthTable, token: string | undefined, credentials: GivenCredentials | undefined): GivenCredentials;
/** The text a scheme's header, parameter or cookie carries: Basic's `base64(username:password)`, else the value. */
export declare function credentialText(auth: AuthSpec, credential: Credential): string;
/**
* The schemes and credentials a call sends: the first requirement (the operation's own, else the
* document's) the caller has every credential for; none when there is none, or when the requirement
* met first is the anonymous one (`{}`) and no other is met. Without any requirement, the default scheme.
*/
export declare function chooseCredentials(table: AuthTable, operationSecurity: readonly (readonly string[])[] | undefined, given: GivenCredentials): [AuthSpec, Credential][];
/** Every text a credential puts on the wire, and the password and token as given: what errors must not repeat. */
export declare function secretsOf(table: AuthTable, given: GivenCredentials): string[];
