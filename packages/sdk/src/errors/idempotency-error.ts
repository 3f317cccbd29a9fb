import { XinghuiError } from './xinghui-error.js';

/**
 * An idempotency key clash. `idempotency_key_in_use` (409) means the first request with this key
 * is still running: the SDK retries it. `idempotency_key_reused` (422) means the key was used for
 * a different request: never retried, use a new key.
 */
export class XinghuiIdempotencyError extends XinghuiError {
  override name = 'XinghuiIdempotencyError' as const;
}
