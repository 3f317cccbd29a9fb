import type { ErrorCode, ErrorType } from '@xinghui/contract';

/** Set on every SDK error so {@link isXinghuiError} works across realms and bundled copies. */
const BRAND = Symbol.for('xinghui.sdk.error');

/**
 * Set on every SDK error: the names of its class and of every SDK class above it, so that a guard
 * such as `isXinghuiIdempotencyError` also knows an error from another copy of the SDK (another
 * realm, a second bundle), where `instanceof` says no.
 */
export const KINDS = Symbol.for('xinghui.sdk.error.kinds');

/**
 * Set as a static on each SDK error class: its own name, which survives minification (unlike
 * `constructor.name`). A partner's own subclass has none and inherits its parent's kinds.
 */
export const KIND = Symbol.for('xinghui.sdk.error.kind');

/**
 * An error code as the SDK reads it: one the contract lists (autocompleted, checked in
 * comparisons) or one a newer bank added since this SDK was built.
 */
export type XinghuiErrorCode = ErrorCode | (string & {});

/** An error family as the SDK reads it: one the contract lists, or one added by a newer bank. */
export type XinghuiErrorType = ErrorType | (string & {});

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
  /** Whether the same request may be sent again; see {@link XinghuiError.retryable}. */
  retryable?: boolean;
  /** How long the bank asked to wait before that, from `Retry-After`. */
  retryAfterMs?: number;
  /** The idempotency key the failed POST carried. */
  idempotencyKey?: string;
  /** The raw error body, when there was one. */
  raw?: unknown;
  cause?: unknown;
}

/**
 * The base of every error the SDK throws. Branch on the subclass (or its guard, such as
 * `isXinghuiPaymentError`), on `code`, and on `retryable`.
 *
 * @example
 * ```ts
 * try {
 *   await xinghui.checkoutSessions.confirm(clientSecret, params);
 * } catch (error) {
 *   if (isXinghuiError(error) && error.code === 'insufficient_balance') showTopUpHint();
 *   else if (isXinghuiError(error) && error.retryable) offerToTryAgain();
 *   else throw error;
 * }
 * ```
 */
export class XinghuiError extends Error {
  static readonly [KIND]: string = 'XinghuiError';

  override name: string = 'XinghuiError';
  /** The error family, e.g. `invalid_request_error`; open to families a newer bank adds. */
  readonly type?: XinghuiErrorType;
  /** A stable machine-readable code, e.g. `insufficient_balance`; open to codes a newer bank adds. */
  readonly code?: XinghuiErrorCode;
  /** The HTTP status, when a response was received. */
  readonly status?: number;
  /** The bank's id for the request: quote it when asking for help. */
  readonly requestId?: string;
  /** The request parameter the error is about, e.g. `line_items[0].quantity`. */
  readonly param?: string;
  /**
   * Whether sending the same request again may succeed: after `retryAfterMs` when set,
   * and with the same idempotency key for a POST (pass {@link XinghuiError.idempotencyKey} as the
   * call's `idempotencyKey` option), so that a retry
   * can never apply the request twice. The SDK has already retried what it could within
   * `maxRetries` and `maxRetryAfterMs` before throwing; `true` here means "later may work", e.g. a
   * rate limit that asked for a longer wait than the SDK sits out.
   *
   * Read from the bank's `Xinghui-Should-Retry` header when it sent one, else from the
   * contract's table of codes, else from the status (5xx and 429 yes). `false` means retrying
   * unchanged can never help: fix the request, or show the person what to do.
   */
  readonly retryable: boolean;
  /** Milliseconds the bank asked to wait before sending the request again (`Retry-After`). */
  readonly retryAfterMs?: number;
  /**
   * The idempotency key the failed POST carried, the SDK's own when the call gave none: send
   * the same request again with it (`{ idempotencyKey: error.idempotencyKey }`) and the bank
   * applies the request at most once, answering a repeat with the first result.
   */
  readonly idempotencyKey?: string;
  /** The raw error body, when there was one. */
  readonly raw?: unknown;
  readonly [BRAND] = true;
  readonly [KINDS]: readonly string[];

  constructor(details: XinghuiErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.type = details.type;
    this.code = details.code;
    this.status = details.status;
    this.requestId = details.requestId;
    this.param = details.param;
    this.retryable = details.retryable ?? false;
    this.retryAfterMs = details.retryAfterMs;
    this.idempotencyKey = details.idempotencyKey;
    this.raw = details.raw;
    this[KINDS] = kindsOf(new.target);
  }
}

/** The SDK class names from `errorClass` up to {@link XinghuiError}. */
function kindsOf(errorClass: abstract new (...args: never[]) => unknown): readonly string[] {
  const kinds: string[] = [];
  for (let c: unknown = errorClass; typeof c === 'function'; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, KIND)) kinds.push((c as unknown as Record<symbol, string>)[KIND]!);
    if (c === XinghuiError) break;
  }
  return Object.freeze(kinds);
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

/**
 * True when `error` is an SDK error of the class named `kind` or of a subclass of it, whichever
 * copy of the SDK threw it: the body of every `isXinghui…Error` guard.
 */
export function isXinghuiErrorOfKind(error: unknown, kind: string): boolean {
  if (!isXinghuiError(error)) return false;
  const kinds = (error as unknown as Record<symbol, unknown>)[KINDS];
  return Array.isArray(kinds) && kinds.includes(kind);
}
