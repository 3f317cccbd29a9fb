// One guard per error class. Each reads the kinds an SDK error carries rather than using
// `instanceof`, so it also recognises an error from another copy of the SDK (a second bundle,
// an iframe, a test runner's realm). Each is true for the class's subclasses too.
import type { XinghuiAPIError } from './api-error.js';
import type { XinghuiAuthenticationError } from './authentication-error.js';
import type { XinghuiConfigurationError } from './configuration-error.js';
import type { XinghuiConnectionError } from './connection-error.js';
import type { XinghuiIdempotencyError } from './idempotency-error.js';
import type { XinghuiIdempotencyKeyInUseError } from './idempotency-key-in-use-error.js';
import type { XinghuiIdempotencyKeyReusedError } from './idempotency-key-reused-error.js';
import type { XinghuiInvalidRequestError } from './invalid-request-error.js';
import type { XinghuiPaymentError } from './payment-error.js';
import type { XinghuiPermissionError } from './permission-error.js';
import type { XinghuiRateLimitError } from './rate-limit-error.js';
import type { XinghuiSchemaError } from './schema-error.js';
import { isXinghuiErrorOfKind } from './xinghui-error.js';

/**
 * True for a {@link XinghuiAPIError}: the bank failed (5xx).
 * @example
 * ```ts
 * if (isXinghuiAPIError(error)) console.error('bank failed', error.requestId);
 * ```
 */
export function isXinghuiAPIError(error: unknown): error is XinghuiAPIError {
  return isXinghuiErrorOfKind(error, 'XinghuiAPIError');
}

/**
 * True for a {@link XinghuiAuthenticationError}: a missing, malformed or unknown key or client secret.
 * @example
 * ```ts
 * if (isXinghuiAuthenticationError(error)) alertOps('check XINGHUI_SECRET_KEY');
 * ```
 */
export function isXinghuiAuthenticationError(error: unknown): error is XinghuiAuthenticationError {
  return isXinghuiErrorOfKind(error, 'XinghuiAuthenticationError');
}

/**
 * True for a {@link XinghuiConfigurationError}: the SDK was set up wrongly.
 * @example
 * ```ts
 * if (isXinghuiConfigurationError(error)) throw error; // a bug: fail loudly
 * ```
 */
export function isXinghuiConfigurationError(error: unknown): error is XinghuiConfigurationError {
  return isXinghuiErrorOfKind(error, 'XinghuiConfigurationError');
}

/**
 * True for a {@link XinghuiConnectionError}: no answer; check `mayHaveSucceeded`.
 * @example
 * ```ts
 * if (isXinghuiConnectionError(error) && error.mayHaveSucceeded) await retryWithSameKey();
 * ```
 */
export function isXinghuiConnectionError(error: unknown): error is XinghuiConnectionError {
  return isXinghuiErrorOfKind(error, 'XinghuiConnectionError');
}

/**
 * True for any {@link XinghuiIdempotencyError}, the key-in-use and key-reused ones included.
 * @example
 * ```ts
 * if (isXinghuiIdempotencyError(error)) console.warn(error.code);
 * ```
 */
export function isXinghuiIdempotencyError(error: unknown): error is XinghuiIdempotencyError {
  return isXinghuiErrorOfKind(error, 'XinghuiIdempotencyError');
}

/**
 * True for a {@link XinghuiIdempotencyKeyInUseError}: the first request with the key is still
 * running; send it again later with the same key.
 * @example
 * ```ts
 * if (isXinghuiIdempotencyKeyInUseError(error)) scheduleRetry(error.retryAfterMs ?? 1000);
 * ```
 */
export function isXinghuiIdempotencyKeyInUseError(
  error: unknown,
): error is XinghuiIdempotencyKeyInUseError {
  return isXinghuiErrorOfKind(error, 'XinghuiIdempotencyKeyInUseError');
}

/**
 * True for a {@link XinghuiIdempotencyKeyReusedError}: the key belongs to a different request;
 * never retry.
 * @example
 * ```ts
 * if (isXinghuiIdempotencyKeyReusedError(error)) reportBug('idempotency keys reused');
 * ```
 */
export function isXinghuiIdempotencyKeyReusedError(
  error: unknown,
): error is XinghuiIdempotencyKeyReusedError {
  return isXinghuiErrorOfKind(error, 'XinghuiIdempotencyKeyReusedError');
}

/**
 * True for a {@link XinghuiInvalidRequestError}: refused as it stands.
 * @example
 * ```ts
 * if (isXinghuiInvalidRequestError(error)) showFieldError(error.param, error.message);
 * ```
 */
export function isXinghuiInvalidRequestError(error: unknown): error is XinghuiInvalidRequestError {
  return isXinghuiErrorOfKind(error, 'XinghuiInvalidRequestError');
}

/**
 * True for a {@link XinghuiPaymentError}: the bank declined to move the money.
 * @example
 * ```ts
 * if (isXinghuiPaymentError(error) && error.code === 'insufficient_balance') showTopUpHint();
 * ```
 */
export function isXinghuiPaymentError(error: unknown): error is XinghuiPaymentError {
  return isXinghuiErrorOfKind(error, 'XinghuiPaymentError');
}

/**
 * True for a {@link XinghuiPermissionError}: the credential may not do this.
 * @example
 * ```ts
 * if (isXinghuiPermissionError(error)) console.error(error.code); // e.g. origin_not_allowed
 * ```
 */
export function isXinghuiPermissionError(error: unknown): error is XinghuiPermissionError {
  return isXinghuiErrorOfKind(error, 'XinghuiPermissionError');
}

/**
 * True for a {@link XinghuiRateLimitError}: every 429; wait `retryAfterMs`.
 * @example
 * ```ts
 * if (isXinghuiRateLimitError(error)) showWait(Math.ceil((error.retryAfterMs ?? 1000) / 1000));
 * ```
 */
export function isXinghuiRateLimitError(error: unknown): error is XinghuiRateLimitError {
  return isXinghuiErrorOfKind(error, 'XinghuiRateLimitError');
}

/**
 * True for a {@link XinghuiSchemaError}: the bank's answer broke the contract.
 * @example
 * ```ts
 * if (isXinghuiSchemaError(error)) console.error(error.issues, error.requestId);
 * ```
 */
export function isXinghuiSchemaError(error: unknown): error is XinghuiSchemaError {
  return isXinghuiErrorOfKind(error, 'XinghuiSchemaError');
}
