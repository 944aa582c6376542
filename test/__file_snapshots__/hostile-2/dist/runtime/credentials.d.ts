import type { AuthSpec, ClientOptions, ClientWarning, Credential, Middleware } from "./types.js";
/** The schemes, the document's requirements and the default scheme, as the generated client states them. */
export interface AuthTable {
	readonly schemes: Readonly<Record<string, AuthSpec>>;
	/** The scheme `token` is sent by. */
	readonly defaultScheme: string;
	/** The document's security requirements: alternatives, each the schemes it needs together. */
	readonly security?: readonly (readonly string[])[];
}
export type GivenCredentials = Readonly<Record<string, Credential | undefined>>;
/** UTF-8 bytes in base64 (RFC 7617 allows UTF-8 user-ids and passwords): HTTP Basic's, given to a transport whose document has a Basic scheme. */
export declare function base64(text: string): string;
/** The headers a call's credentials go in, and a middleware for each query or cookie one. */
export interface CallCredentials {
	readonly headers: Record<string, string>;
	readonly middleware: Middleware[];
}
/** What a transport sends by its credentials, and what errors must not repeat. */
export interface SentCredentials {
	readonly secrets: readonly string[];
	/** The first of these requirements (the operation's own, else the document's) the caller has every credential for, written; a deprecated scheme's warning raised. */
	readonly sent: (security: readonly (readonly string[])[] | undefined, operation: string) => CallCredentials;
}
/** What a policy may need besides the credentials: HTTP Basic's base64, the writer of a query or cookie credential, the warning of a deprecated scheme. */
export interface CredentialParts {
	readonly base64?: (text: string) => string;
	readonly authMiddleware?: (auth: AuthSpec, text: string) => Middleware;
	readonly warn?: (warning: ClientWarning, options: ClientOptions) => void;
}
/** How a document's credentials are sent, given its table, `token`, `credentials`, the parts it needs and the options (for warnings). */
export type CredentialPolicy = (table: AuthTable, token: string | undefined, credentials: GivenCredentials | undefined, parts: CredentialParts, options: ClientOptions) => SentCredentials;
/**
* Several schemes, alternatives of them, HTTP Basic: `token` and `credentials` as the text each
* scheme sends (its prefix, then the value: Basic's `base64(username:password)`), `credentials`
* winning for the default scheme; each call sends the first requirement it has every credential
* for (none when there is none, or when the only one met is the anonymous `{}`); without any
* requirement, the default scheme. The secrets are every text a credential puts on the wire, and
* the password and token as given.
*/
export declare const everyScheme: CredentialPolicy;
/**
* One scheme sent in a header, not HTTP Basic nor deprecated (the generated entry picks this policy
* only then): what {@link everyScheme} does for it, in less code. A call sends the credential where
* a requirement names that scheme alone.
*/
export declare const oneScheme: CredentialPolicy;
