import { REQUEST_ID_HEADER, SHOULD_RETRY_HEADER, type ErrorEnvelope } from '@xinghui/contract';
import { errorEnvelope } from '../core/page-validators.generated.js';
import type { Issue } from '../core/validate.js';
import { XinghuiAPIError } from './api-error.js';
import { XinghuiAuthenticationError } from './authentication-error.js';
import { errorClassName, type XinghuiResponseErrorClassName } from './error-class.js';
import { XinghuiIdempotencyError } from './idempotency-error.js';
import { XinghuiIdempotencyKeyInUseError } from './idempotency-key-in-use-error.js';
import { XinghuiIdempotencyKeyReusedError } from './idempotency-key-reused-error.js';
import { XinghuiInvalidRequestError } from './invalid-request-error.js';
import { XinghuiPaymentError } from './payment-error.js';
import { XinghuiPermissionError } from './permission-error.js';
import { XinghuiRateLimitError } from './rate-limit-error.js';
import { isRetryable, parseRetryAfter, parseShouldRetry } from './retryable.js';
import type { XinghuiError } from './xinghui-error.js';

const CLASSES: Record<XinghuiResponseErrorClassName, typeof XinghuiError> = {
  XinghuiAPIError,
  XinghuiAuthenticationError,
  XinghuiIdempotencyError,
  XinghuiIdempotencyKeyInUseError,
  XinghuiIdempotencyKeyReusedError,
  XinghuiInvalidRequestError,
  XinghuiPaymentError,
  XinghuiPermissionError,
  XinghuiRateLimitError,
};

/** What {@link errorFromResponse} reads of a response besides its body. */
export interface ErrorResponse {
  status: number;
  headers: { get(name: string): string | null };
}

/**
 * Turns an error response into the matching SDK error (see `errorClassName`), with `retryable`
 * and `retryAfterMs` read from its headers. A body that is not an error envelope (a proxy's
 * page, say) becomes a `XinghuiAPIError`, or a `XinghuiRateLimitError` for a 429.
 */
export function errorFromResponse(
  response: ErrorResponse,
  body: unknown,
  idempotencyKey?: string,
): XinghuiError {
  const { status, headers } = response;
  const hints = {
    requestId: headers.get(REQUEST_ID_HEADER) ?? undefined,
    retryAfterMs: parseRetryAfter(headers.get('Retry-After')),
    shouldRetry: parseShouldRetry(headers.get(SHOULD_RETRY_HEADER)),
  };
  // The contract's ErrorEnvelope, as the validator generated from it (no zod in a page).
  const issues: Issue[] = [];
  const envelope = errorEnvelope(body, [], issues) as ErrorEnvelope;
  if (issues.length > 0) {
    const ErrorClass = status === 429 ? XinghuiRateLimitError : XinghuiAPIError;
    return new ErrorClass({
      message: `The bank answered ${status} without an error envelope`,
      status,
      requestId: hints.requestId,
      retryable: isRetryable({ status, shouldRetry: hints.shouldRetry }),
      retryAfterMs: hints.retryAfterMs,
      idempotencyKey,
      raw: body,
    });
  }
  const { type, code, message, param, request_id } = envelope.error;
  const ErrorClass = CLASSES[errorClassName({ code, type, status })];
  return new ErrorClass({
    message,
    type,
    code,
    status,
    param,
    requestId: request_id ?? hints.requestId,
    retryable: isRetryable({ status, code, shouldRetry: hints.shouldRetry }),
    retryAfterMs: hints.retryAfterMs,
    idempotencyKey,
    raw: body,
  });
}
