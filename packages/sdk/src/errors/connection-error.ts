import { KIND, XinghuiError } from './xinghui-error.js';

/**
 * The bank could not be reached, did not answer within the timeout, or its answer was cut off.
 * `cause` holds the underlying error.
 *
 * Always `retryable`. The SDK retries these itself, and every retry of a POST carries the same
 * idempotency key, so the bank applies the request at most once however many attempts reach
 * it: a retry is always safe. `mayHaveSucceeded` says whether the bank may already have applied
 * it: when true, send the same request with the same `idempotencyKey` (the error carries it; or look the result up)
 * before treating it as failed; when false, it certainly never reached the bank.
 */
export class XinghuiConnectionError extends XinghuiError {
  static override readonly [KIND] = 'XinghuiConnectionError';
  override name = 'XinghuiConnectionError' as const;
  /** True when the request timed out rather than failing to connect. */
  readonly timedOut: boolean;
  /**
   * False only when the request certainly never reached the bank (connection refused, the
   * host name not found, and from the server client TLS failing before anything was sent: the
   * browser client leaves Node's TLS codes out of a page's bytes). True when it may have: a
   * timeout, a connection reset after sending, an answer cut off, or a failure the platform does
   * not explain (browsers never do). When the SDK retried, true if any attempt may have.
   */
  readonly mayHaveSucceeded: boolean;

  constructor(
    message: string,
    options: {
      cause: unknown;
      timedOut: boolean;
      mayHaveSucceeded: boolean;
      idempotencyKey?: string;
    },
  ) {
    super({
      message,
      cause: options.cause,
      retryable: true,
      idempotencyKey: options.idempotencyKey,
    });
    this.timedOut = options.timedOut;
    this.mayHaveSucceeded = options.mayHaveSucceeded;
  }
}
