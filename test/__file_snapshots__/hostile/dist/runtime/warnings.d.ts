import type { ClientOptions, ClientWarning } from "./types.js";
export declare function warnOnce(warning: ClientWarning, options: ClientOptions): void;
/**
* A response with `Deprecation` (RFC 9745) or `Sunset` (RFC 8594) headers warns once per operation,
* with the dates and the successor link when the server gives them.
*/
export declare function warnServerDeprecation(operation: string, response: Response, options: ClientOptions): void;
