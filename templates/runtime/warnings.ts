// Warnings raised once per process and code: to `onWarning`, else `process.emitWarning`, else `console.warn`.
import type { ClientOptions, ClientWarning } from "./types.js";

const warnedCodes = new Set<string>();

interface WarningProcess {
  emitWarning?: (message: string, options: { type: string; code: string }) => void;
}

export function warnOnce(warning: ClientWarning, options: ClientOptions): void {
  if (options.deprecationWarnings === false || warnedCodes.has(warning.code)) return;
  warnedCodes.add(warning.code);
  if (options.onWarning !== undefined) {
    options.onWarning(warning);
    return;
  }
  const processLike = (globalThis as { process?: WarningProcess }).process;
  if (typeof processLike?.emitWarning === "function") {
    processLike.emitWarning(warning.message, { type: "DeprecationWarning", code: warning.code });
  } else {
    console.warn(`DeprecationWarning [${warning.code}]: ${warning.message}`);
  }
}

/** A time as its ISO date, or undefined for NaN (an unparsable header). */
function isoDay(ms: number): string | undefined {
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/**
 * A response with `Deprecation` (RFC 9745: `@<epoch seconds>`, or a legacy date) or `Sunset`
 * (RFC 8594) headers warns once per operation, with the dates and the `Link` header's
 * `rel="successor-version"` target when the server gives them.
 */
export function warnServerDeprecation(operation: string, response: Response, options: ClientOptions): void {
  const header = (name: string): string | null => response.headers.get(name);
  const deprecation = header("Deprecation");
  const sunset = header("Sunset");
  if (deprecation === null && sunset === null) return;
  const epoch = /^@(-?\d+)$/.exec(deprecation?.trim() ?? "");
  const since =
    deprecation === null ? undefined : isoDay(epoch === null ? Date.parse(deprecation) : Number(epoch[1]) * 1000);
  const until = sunset === null ? undefined : isoDay(Date.parse(sunset));
  const successor = (header("Link") ?? "")
    .split(/,(?=\s*<)/)
    .map((part) => /<([^>]*)>(.*)/.exec(part.trim()))
    .find((match) => match !== null && /;\s*rel="?[^";]*\bsuccessor-version\b/i.test(match[2] ?? ""))?.[1];
  const message =
    `the server marks ${operation} as ${deprecation === null ? "going away" : "deprecated"}${since === undefined ? "" : ` since ${since}`}` +
    `${until === undefined ? "" : `; it stops working after ${until} (Sunset)`}${successor === undefined ? "" : `; successor: ${successor}`}.`;
  warnOnce(
    {
      code: `OPENAPI_SERVER_DEP_${operation.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}`,
      message,
      operation,
    },
    options,
  );
}
