/** Set on every SDK error so {@link isXinghuiError} works across realms and bundled copies. */
const BRAND = Symbol.for('xinghui.sdk.error');

/** What the bank said about an error, as the SDK received it. */
export interface XinghuiErrorDetails {
  message: string;
  /** The error family, e.g. `invalid_request_error`. */
  type?: string;
  /** A stable machine-readable code, e.g. `insufficient_balance`. */
  code?: string;
  /** The HTTP status, when a response was received. */
  status?: number;
  /** The bank's id for the request: quote it when asking for help. */
  requestId?: string;
  /** The request parameter the error is about, e.g. `line_items[0].quantity`. */
  param?: string;
  /** The raw error body, when there was one. */
  raw?: unknown;
  cause?: unknown;
}

/**
 * The base of every error the SDK throws. Branch on the subclass or on `code`.
 *
 * @example
 * ```ts
 * try {
 *   await xinghui.checkoutSessions.confirm(clientSecret, params);
 * } catch (error) {
 *   if (isXinghuiError(error) && error.code === 'insufficient_balance') showTopUpHint();
 *   else throw error;
 * }
 * ```
 */
export class XinghuiError extends Error {
  override name: string = 'XinghuiError';
  readonly type?: string;
  readonly code?: string;
  readonly status?: number;
  readonly requestId?: string;
  readonly param?: string;
  readonly raw?: unknown;
  readonly [BRAND] = true;

  constructor(details: XinghuiErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.type = details.type;
    this.code = details.code;
    this.status = details.status;
    this.requestId = details.requestId;
    this.param = details.param;
    this.raw = details.raw;
  }
}

/**
 * True for any error thrown by the SDK, even one from another copy of it.
 *
 * @example
 * ```ts
 * if (isXinghuiError(error)) console.error(error.code, error.requestId);
 * ```
 */
export function isXinghuiError(error: unknown): error is XinghuiError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[BRAND] === true
  );
}
