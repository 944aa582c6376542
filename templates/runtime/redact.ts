// Keeping a transport's secrets (its token and credentials, as given and as written on the wire) out
// of the errors a call rejects with: fetch's own messages may carry the URL, a query credential in it.

/**
 * A secret as a message may carry it. One of 8 characters or more is redacted wherever it stands; a
 * shorter one only as a whole word at the edges where it is a word itself, so a token `t` does not
 * turn "Failed to fetch" into "Failed [redacted]o fe[redacted]ch".
 */
function secretPattern(secret: string): RegExp {
  const escaped = secret.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
  if (secret.length >= 8) return new RegExp(escaped, "g");
  const before = /^\w/.test(secret) ? "(?<!\\w)" : "";
  const after = /\w$/.test(secret) ? "(?!\\w)" : "";
  return new RegExp(`${before}${escaped}${after}`, "g");
}

/** An error whose text mentions a secret (as given, or as a URL or form writes it) is replaced by one that does not (and has no cause to leak it through). */
export function withoutSecret(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof Error)) return error;
  const patterns = secrets
    .flatMap((secret) => [secret, encodeURIComponent(secret), new URLSearchParams([["", secret]]).toString().slice(1)])
    .filter((form) => form !== "")
    .map(secretPattern);
  const texts = [error.message, error.stack ?? "", String((error as { cause?: unknown }).cause ?? "")];
  if (!patterns.some((pattern) => texts.some((text) => text.search(pattern) !== -1))) return error;
  const cleaned = new Error(
    patterns.reduce((message, pattern) => message.replace(pattern, "[redacted]"), error.message),
  );
  cleaned.name = error.name;
  return cleaned;
}
