import type { ErrorCodeOf } from './codes.js';
import { KIND, XinghuiError } from './xinghui-error.js';

/**
 * Too many requests, or a one-time code asked for again too soon: every 429. The SDK retries
 * these itself when the bank's `Retry-After` is within `maxRetryAfterMs`; this is thrown when
 * retries ran out or the bank asked for a longer wait, which the SDK never sits out.
 * `retryAfterMs` says how long: wait that long (or tell the person), then send the same request.
 */
export class XinghuiRateLimitError extends XinghuiError {
  static override readonly [KIND] = 'XinghuiRateLimitError';
  override name = 'XinghuiRateLimitError' as const;
  declare readonly code?: ErrorCodeOf<'rate_limit_error'>;
  /** Milliseconds the bank asked to wait, from `Retry-After`; undefined when it did not say. */
  declare readonly retryAfterMs: number | undefined;
}
