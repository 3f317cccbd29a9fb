import type { RetryOptions } from 'ky';
import type { XinghuiError } from '../errors/index.js';
import type { RetryInfo } from './options.js';
import { retryDelay, type RetryTiming } from './retry-policy.js';

/**
 * Every method the bank's API uses. All are safe to retry: GETs and DELETEs change nothing the
 * second time, and a POST keeps its idempotency key: ky retries the same `Request`, headers
 * and all.
 */
const RETRY_METHODS: NonNullable<RetryOptions['methods']> = [
  'get',
  'post',
  'put',
  'patch',
  'delete',
];

/** What {@link kyRetryOptions} needs to know of one call. */
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
 * ky's retry options for one call: ky runs the retries (counting them against `limit`, waiting
 * with the caller's signal able to cut the wait short, timing out each attempt, sending the same
 * request again); the SDK's policy decides in `shouldRetry` whether and how long. The wait is
 * decided there, before it starts, so `onRetry` can report it, and `delay` hands it to ky
 * (no jitter or backoff limit of ky's on top: `retryDelay` has applied both).
 */
export function kyRetryOptions(call: RetryCall): RetryOptions {
  let plannedDelayMs = 0;
  return {
    limit: call.limit,
    methods: RETRY_METHODS,
    shouldRetry: ({ error: thrown, retryCount }) => {
      if (call.signal?.aborted) return false;
      const error = call.toError(thrown);
      const delayMs = retryDelay(error, retryCount, call.timing);
      if (delayMs === undefined) return false;
      plannedDelayMs = delayMs;
      call.onRetry?.({ attempt: retryCount, delayMs, error });
      return true;
    },
    delay: () => plannedDelayMs,
  };
}
