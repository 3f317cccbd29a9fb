import type { XinghuiError } from '../errors/index.js';
import type { RetryInfo } from './options.js';
import { retryDelay, type RetryTiming } from './retry-policy.js';

/** What a sender needs to know of one call to decide its retries. */
export interface RetryCall {
  /** Retries allowed after the first attempt. */
  limit: number;
  timing: RetryTiming;
  /** Turns whatever an attempt threw into the SDK's error, as the call will throw it. */
  toError: (thrown: unknown) => XinghuiError;
  /** Told before each wait. */
  onRetry?: (info: RetryInfo) => void;
  /** The caller's signal: once it aborts, nothing is retried. */
  signal?: AbortSignal;
}

/**
 * Whether to retry after a failed attempt, and how long to wait first: the SDK's policy
 * (`retryDelay`) on the SDK's error for what was thrown, told to `onRetry` before the wait.
 * `retryCount` is the retry about to happen, 1 for the first; the limit is the sender's to count.
 *
 * @returns the wait in milliseconds, or `undefined` for no retry
 */
export function plannedRetry(call: RetryCall, thrown: unknown, retryCount: number) {
  if (call.signal?.aborted) return undefined;
  const error = call.toError(thrown);
  const delayMs = retryDelay(error, retryCount, call.timing);
  if (delayMs !== undefined) call.onRetry?.({ attempt: retryCount, delayMs, error });
  return delayMs;
}
