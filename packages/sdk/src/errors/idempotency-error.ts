import type { ErrorCodeOf } from './codes.js';
import { KIND, XinghuiError } from './xinghui-error.js';

/**
 * An idempotency key clash. Two subclasses say what to do:
 * `XinghuiIdempotencyKeyInUseError` (retry: the first request is still running) and
 * `XinghuiIdempotencyKeyReusedError` (never retry: the key belongs to another request).
 * This class itself is thrown for a malformed key (`idempotency_key_invalid`).
 */
export class XinghuiIdempotencyError extends XinghuiError {
  static override readonly [KIND]: string = 'XinghuiIdempotencyError';
  override name: string = 'XinghuiIdempotencyError';
  declare readonly code?: ErrorCodeOf<'idempotency_error'>;
}
