/**
 * When to retry and how long to wait: the SDK's own policy, because ky's default does not retry
 * POSTs, and every POST here carries an idempotency key that makes retrying it safe.
 */

/** `Retry-After` values above this are not waited for: the error is thrown instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * True when a response may be retried: the bank failed (5xx), is rate limiting (429 of type
 * `rate_limit_error`), or is still running the first request with the same idempotency key
 * (409 `idempotency_key_in_use`). Never `422 idempotency_key_reused` or any other 4xx, which
 * would fail the same way again; nor a 429 that asks a person to wait (a one-time code asked
 * for again too soon), which the page must show rather than sit out.
 */
export function isRetryableResponse(
  status: number,
  error: { type?: string; code?: string },
): boolean {
  if (status === 409) return error.code === 'idempotency_key_in_use';
  if (status === 429) return error.type === undefined || error.type === 'rate_limit_error';
  return status >= 500;
}

/**
 * Milliseconds to wait before retry number `attempt` (1-based): exponential backoff with
 * "equal jitter", so waits grow and clients that failed together do not retry together.
 *
 * @param random - a number in [0, 1); injectable for tests
 */
export function backoffDelay(
  attempt: number,
  initialMs: number,
  maxMs: number,
  random: number = Math.random(),
): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/**
 * Reads a `Retry-After` header (seconds or an HTTP date) into milliseconds.
 *
 * @returns `undefined` when absent or unreadable
 */
export function parseRetryAfter(
  header: string | null,
  nowMs: number = Date.now(),
): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
