import type { RetryOptions } from "./types.js";
type Fetch = (request: Request) => Promise<Response>;
/** Milliseconds the server asks us to wait: `Retry-After` (seconds or a date), else `X-Ratelimit-Reset` (epoch ms). */
export declare function serverDelayMs(headers: Headers, now: number): number | undefined;
export declare function withRetries(fetchImpl: Fetch, options: RetryOptions | false): Fetch;
export {};
