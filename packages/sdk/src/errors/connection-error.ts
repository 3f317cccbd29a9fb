import { XinghuiError } from './xinghui-error.js';

/**
 * The bank could not be reached, or did not answer within the timeout. POSTs are safe to retry
 * (the SDK does, with the same idempotency key); `cause` holds the underlying error.
 */
export class XinghuiConnectionError extends XinghuiError {
  override name = 'XinghuiConnectionError' as const;
  /** True when the request timed out rather than failing to connect. */
  readonly timedOut: boolean;

  constructor(message: string, options: { cause: unknown; timedOut: boolean }) {
    super({ message, cause: options.cause });
    this.timedOut = options.timedOut;
  }
}
