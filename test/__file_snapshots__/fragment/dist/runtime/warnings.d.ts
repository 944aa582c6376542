import type { ClientOptions, ClientWarning } from "./types.js";
export declare function warnOnce(warning: ClientWarning, options: ClientOptions): void;
/**
* A response with `Deprecation` (RFC 9745: `@<epoch seconds>`, or a legacy date) or `Sunset`
* (RFC 8594) headers warns once per operation, with the dates and the `Link` header's
* `rel="successor-version"` target when the server gives them.
*/
export declare function warnServerDeprecation(operation: string, response: Response, options: ClientOptions): void;
