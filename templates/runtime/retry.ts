// Retries: 429 for any method (the request was not processed), network errors and 502/503/504
// for idempotent methods only; waits what the server says (Retry-After, X-Ratelimit-Reset), else
// exponential backoff with full jitter; bounded in attempts and in total time; abortable.
import type { RetryOptions } from "./types.js";

type Fetch = (request: Request) => Promise<Response>;

const IDEMPOTENT = /^(GET|HEAD|OPTIONS|PUT|DELETE|TRACE)$/;

/** Milliseconds the server asks us to wait: `Retry-After` (seconds or a date), else `X-Ratelimit-Reset` (epoch ms). */
export function serverDelayMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get("Retry-After");
  if (retryAfter !== null && retryAfter.trim() !== "") {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers.get("X-Ratelimit-Reset") ?? Number.NaN);
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset - now) : undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
}

export function withRetries(fetchImpl: Fetch, options: RetryOptions | false): Fetch {
  if (options === false) return fetchImpl;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const maxElapsedMs = options.maxElapsedMs ?? 60_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  return async (request) => {
    const started = Date.now();
    // The logical method: a tunnelled request is judged by the method it stands for.
    const idempotent = IDEMPOTENT.test((request.headers.get("X-HTTP-Method-Override") ?? request.method).toUpperCase());
    for (let attempt = 1; ; attempt += 1) {
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await fetchImpl(attempt < maxAttempts ? request.clone() : request);
      } catch (error) {
        if (request.signal.aborted) throw error;
        failure = error;
      }
      const status = response?.status ?? 0;
      // 429 for any method; a network error and 502, 503, 504 for idempotent ones.
      const retriable = status === 429 || (idempotent && (response === undefined || (status > 501 && status < 505)));
      const told = response === undefined ? undefined : serverDelayMs(response.headers, Date.now());
      const backoff = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      // Never less than the server asked; a little jitter on top so clients do not return in step.
      const delay = told === undefined ? backoff : told + Math.random() * Math.min(1000, told * 0.1 + 50);
      if (!retriable || attempt >= maxAttempts || Date.now() - started + delay > maxElapsedMs) {
        if (response !== undefined) return response;
        throw failure;
      }
      // Released, not awaited: a mocked body (MSW's) may never settle its cancel, and the retry need not wait for it.
      void response?.body?.cancel().catch(() => undefined);
      await sleep(delay, request.signal);
    }
  };
}
