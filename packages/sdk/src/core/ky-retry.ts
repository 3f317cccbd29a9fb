import type { RetryOptions } from 'ky';
import { plannedRetry, type RetryCall } from './retry-call.js';

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
      const delayMs = plannedRetry(call, thrown, retryCount);
      if (delayMs === undefined) return false;
      plannedDelayMs = delayMs;
      return true;
    },
    delay: () => plannedDelayMs,
  };
}
