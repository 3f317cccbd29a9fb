/**
 * Whether to retry a failed attempt and how long to wait first: the SDK's policy, run by ky's
 * retry (see `ky-retry.ts`). It is ours rather than ky's status lists because the answer
 * depends on the error body (a 409 is retried only for `idempotency_key_in_use`) and the bank's
 * `Xinghui-Should-Retry` header, and because a `Retry-After` longer than the bound must fail at
 * once, where ky's `maxRetryAfter` would cap the wait and retry early.
 *
 * Retrying is safe for every method: GETs change nothing, and every POST keeps its idempotency
 * key across retries, so the bank applies it at most once.
 */

/** `Retry-After` waits above this are not sat out by default: the error is thrown at once. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 5_000;

/** The numbers the policy reads from the client's options. */
export interface RetryTiming {
  /** The first backoff, before jitter. */
  initialRetryDelayMs: number;
  /** The longest backoff, before jitter. */
  maxRetryDelayMs: number;
  /** The longest `Retry-After` the SDK waits for. */
  maxRetryAfterMs: number;
}

/**
 * Milliseconds to wait before retry number `attempt` (1-based) when the bank did not say:
 * exponential backoff with "equal jitter", so waits grow and clients that failed together do
 * not retry together.
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
 * How long to wait before retrying a failed attempt, or `undefined` to throw the error now: it
 * is not retryable, or the bank asked for a longer wait than `maxRetryAfterMs`. The bank's
 * `Retry-After` is honoured exactly (no jitter: the bank already spread its answers).
 *
 * @param error - the failure, with `retryable` and `retryAfterMs` read from the response
 * @param attempt - the retry this would be: 1 for the first
 */
export function retryDelay(
  error: { retryable: boolean; retryAfterMs?: number },
  attempt: number,
  timing: RetryTiming,
  random: number = Math.random(),
): number | undefined {
  if (!error.retryable) return undefined;
  if (error.retryAfterMs !== undefined) {
    return error.retryAfterMs > timing.maxRetryAfterMs ? undefined : error.retryAfterMs;
  }
  return backoffDelay(attempt, timing.initialRetryDelayMs, timing.maxRetryDelayMs, random);
}
