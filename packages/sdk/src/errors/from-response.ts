import { ErrorEnvelope } from '@xinghui/contract';
import { XinghuiAPIError } from './api-error.js';
import { XinghuiAuthenticationError } from './authentication-error.js';
import { XinghuiIdempotencyError } from './idempotency-error.js';
import { XinghuiInvalidRequestError } from './invalid-request-error.js';
import { XinghuiPaymentError } from './payment-error.js';
import { XinghuiPermissionError } from './permission-error.js';
import { XinghuiRateLimitError } from './rate-limit-error.js';
import { XinghuiError } from './xinghui-error.js';

const BY_TYPE: Record<string, typeof XinghuiError> = {
  authentication_error: XinghuiAuthenticationError,
  permission_error: XinghuiPermissionError,
  invalid_request_error: XinghuiInvalidRequestError,
  idempotency_error: XinghuiIdempotencyError,
  rate_limit_error: XinghuiRateLimitError,
  payment_error: XinghuiPaymentError,
  api_error: XinghuiAPIError,
};

/** A class for an error type this SDK does not know yet, judged by the status alone. */
function byStatus(status: number): typeof XinghuiError {
  if (status === 401) return XinghuiAuthenticationError;
  if (status === 403) return XinghuiPermissionError;
  if (status === 402) return XinghuiPaymentError;
  if (status === 429) return XinghuiRateLimitError;
  if (status >= 500) return XinghuiAPIError;
  return XinghuiInvalidRequestError;
}

/**
 * Turns an error response into the matching SDK error: by the envelope's `type`, else by status.
 * A body that is not an error envelope becomes an {@link XinghuiAPIError}.
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  requestId: string | undefined,
): XinghuiError {
  const parsed = ErrorEnvelope.safeParse(body);
  if (!parsed.success) {
    return new XinghuiAPIError({
      message: `The bank answered ${status} without an error envelope`,
      status,
      requestId,
      raw: body,
    });
  }
  const { type, code, message, param, request_id } = parsed.data.error;
  const ErrorClass = BY_TYPE[type] ?? byStatus(status);
  return new ErrorClass({
    message,
    type,
    code,
    status,
    param,
    requestId: request_id ?? requestId,
    raw: body,
  });
}
