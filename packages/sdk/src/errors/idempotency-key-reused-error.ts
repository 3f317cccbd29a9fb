import { XinghuiIdempotencyError } from './idempotency-error.js';
import { KIND } from './xinghui-error.js';

/**
 * `422 idempotency_key_reused`: this idempotency key was already used for a different request
 * (another body, path or caller). Never retried, and never retryable: a bug in the caller's
 * choice of keys. Use a new key for a new request.
 */
export class XinghuiIdempotencyKeyReusedError extends XinghuiIdempotencyError {
  static override readonly [KIND] = 'XinghuiIdempotencyKeyReusedError';
  override name = 'XinghuiIdempotencyKeyReusedError' as const;
  declare readonly code: 'idempotency_key_reused';
}
