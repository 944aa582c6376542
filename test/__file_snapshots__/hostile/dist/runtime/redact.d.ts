/** An error whose text mentions a secret (as given, or as a URL or form writes it) is replaced by one that does not (and has no cause to leak it through). */
export declare function withoutSecret(error: unknown, secrets: readonly string[]): unknown;
