import type { ErrorCodeOf } from './codes.js';
import { KIND, XinghuiError } from './xinghui-error.js';

/**
 * The bank failed, or answered with something that is not an error envelope (5xx, or a proxy's
 * page). The SDK retries these itself; this is thrown when retries ran out. `retryable` is true:
 * try again later with the same idempotency key.
 */
export class XinghuiAPIError extends XinghuiError {
  static override readonly [KIND] = 'XinghuiAPIError';
  override name = 'XinghuiAPIError' as const;
  declare readonly code?: ErrorCodeOf<'api_error'>;
}
