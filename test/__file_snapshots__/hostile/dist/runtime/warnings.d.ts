import type { ClientOptions, ClientWarning } from "./types.js";
export declare function warnOnce(warning: ClientWarning, options: ClientOptions): void;
