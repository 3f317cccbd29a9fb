import { XinghuiAPIError } from './api-error.js';
import { XinghuiAuthenticationError } from './authentication-error.js';
import { XinghuiIdempotencyError } from './idempotency-error.js';
import { XinghuiIdempotencyKeyInUseError } from './idempotency-key-in-use-error.js';
import { XinghuiIdempotencyKeyReusedError } from './idempotency-key-reused-error.js';
import { XinghuiInvalidRequestError } from './invalid-request-error.js';
import { XinghuiPaymentError } from './payment-error.js';
import { XinghuiPermissionError } from './permission-error.js';
import { XinghuiRateLimitError } from './rate-limit-error.js';
import { KIND, type XinghuiError } from './xinghui-error.js';

/** The name of every error class the SDK throws for a bank's error response. */
export type XinghuiResponseErrorClassName =
  | 'XinghuiAPIError'
  | 'XinghuiAuthenticationError'
  | 'XinghuiIdempotencyError'
  | 'XinghuiIdempotencyKeyInUseError'
  | 'XinghuiIdempotencyKeyReusedError'
  | 'XinghuiInvalidRequestError'
  | 'XinghuiPaymentError'
  | 'XinghuiPermissionError'
  | 'XinghuiRateLimitError';

// Maps, not object literals: a code or type named `constructor` must not find Object's.
const BY_CODE = new Map<string, ResponseErrorClass>([
  ['idempotency_key_in_use', XinghuiIdempotencyKeyInUseError],
  ['idempotency_key_reused', XinghuiIdempotencyKeyReusedError],
]);

const BY_TYPE = new Map<string, ResponseErrorClass>([
  ['authentication_error', XinghuiAuthenticationError],
  ['permission_error', XinghuiPermissionError],
  ['invalid_request_error', XinghuiInvalidRequestError],
  ['idempotency_error', XinghuiIdempotencyError],
  ['rate_limit_error', XinghuiRateLimitError],
  ['payment_error', XinghuiPaymentError],
  ['api_error', XinghuiAPIError],
]);

/** A class for an error type this SDK does not know yet, judged by the status alone. */
function byStatus(status: number | undefined): ResponseErrorClass {
  if (status === 401) return XinghuiAuthenticationError;
  if (status === 403) return XinghuiPermissionError;
  if (status === 402) return XinghuiPaymentError;
  if (status !== undefined && status >= 500) return XinghuiAPIError;
  return XinghuiInvalidRequestError;
}

/** One of the classes a bank's error response is thrown as (its `[KIND]` one of those names). */
type ResponseErrorClass = typeof XinghuiError;

/**
 * The SDK error class thrown for a bank error with this code, type and status: the rule
 * {@link errorClassName} names, as the class itself (what the transport constructs).
 */
export function errorClassFor(error: {
  code?: string;
  type?: string;
  status?: number;
}): ResponseErrorClass {
  return (
    (error.code !== undefined ? BY_CODE.get(error.code) : undefined) ??
    (error.status === 429 ? XinghuiRateLimitError : undefined) ??
    (error.type !== undefined ? BY_TYPE.get(error.type) : undefined) ??
    byStatus(error.status)
  );
}

/**
 * The name of the SDK error class thrown for a bank error with this code, type and status: the
 * one rule the SDK itself uses. The two idempotency codes have classes of their own; every 429
 * is a `XinghuiRateLimitError`; otherwise the type decides, and for a type this SDK does not
 * know, the status.
 *
 * Spread an entry of the contract's `ERROR_CODES` into it to list every code's class, as the
 * error catalogue in the docs does.
 *
 * @example
 * ```ts
 * import { ERROR_CODES, type ErrorCode } from '@xinghui/contract';
 * import { errorClassName } from '@xinghui/sdk';
 *
 * errorClassName({ code: 'resend_too_soon', ...ERROR_CODES.resend_too_soon }); // 'XinghuiRateLimitError'
 * for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
 *   console.log(code, errorClassName({ code, ...ERROR_CODES[code] }));
 * }
 * ```
 */
export function errorClassName(error: {
  code?: string;
  type?: string;
  status?: number;
}): XinghuiResponseErrorClassName {
  return errorClassFor(error)[KIND] as XinghuiResponseErrorClassName;
}
