/**
 * When to try again after a 429 (Too Many Requests) or 503 (Service Unavailable): the server's
 * Retry-After (RFC 9110, 10.2.3: seconds, or an HTTP date) when it sends one, else an
 * exponential backoff. Other statuses are never retried: a 404 or a 500 will not change.
 */

/** Statuses that say "later" (--retries). */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503]);
/** First backoff without Retry-After; doubled on each further try (1 s, 2 s, 4 s…): long enough for a brief overload to pass. */
export const BACKOFF_BASE_MS = 1000;
/**
 * Longest wait honoured. A Retry-After beyond it (a host in maintenance for an hour) fails the
 * address at once with its status, rather than stalling a whole list; two minutes covers the
 * rate-limit windows sites commonly announce (a few seconds to a minute).
 */
export const MAX_RETRY_WAIT_MS = 120_000;

/** Milliseconds a Retry-After value asks for, or null when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** The wait before try number `attempt + 1` (attempt 0 is the first retry). */
export function backoffMs(attempt: number): number {
  return BACKOFF_BASE_MS * 2 ** attempt;
}

/** Resolves after `ms`, or rejects at once when `signal` aborts (Ctrl-C). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
