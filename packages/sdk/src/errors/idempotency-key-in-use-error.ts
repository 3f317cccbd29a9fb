import { XinghuiIdempotencyError } from './idempotency-error.js';
import { KIND } from './xinghui-error.js';

/**
 * `409 idempotency_key_in_use`: the first request with this idempotency key is still running
 * at the bank. Retryable: the SDK retries it itself after `Retry-After`; this is thrown when its
 * retries ran out. Send the same request with the same key again later, and the bank answers
 * with the first request's result.
 */
export class XinghuiIdempotencyKeyInUseError extends XinghuiIdempotencyError {
  static override readonly [KIND] = 'XinghuiIdempotencyKeyInUseError';
  override name = 'XinghuiIdempotencyKeyInUseError' as const;
  declare readonly code: 'idempotency_key_in_use';
}
