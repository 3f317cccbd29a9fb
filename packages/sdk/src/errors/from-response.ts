import { REQUEST_ID_HEADER, SHOULD_RETRY_HEADER, type ErrorEnvelope } from '@xinghui/contract';
import { errorEnvelope } from '../core/page-validators.generated.js';
import type { Issue } from '../core/validate.js';
import { errorClassFor } from './error-class.js';
import { isRetryable, parseRetryAfter, parseShouldRetry } from './retryable.js';
import type { XinghuiError } from './xinghui-error.js';

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
  const shouldRetry = parseShouldRetry(headers.get(SHOULD_RETRY_HEADER));
  // The contract's ErrorEnvelope, as the validator generated from it (no zod in a page).
  const issues: Issue[] = [];
  const envelope = errorEnvelope(body, [], issues) as ErrorEnvelope;
  const bare = issues.length > 0;
  const error: Partial<ErrorEnvelope['error']> = bare
    ? { message: `The bank answered ${status} without an error envelope` }
    : envelope.error;
  // A body without an envelope is the bank's failure (a proxy's page), or a rate limit for a 429.
  const ErrorClass = errorClassFor(bare ? { type: 'api_error', status } : { ...error, status });
  return new ErrorClass({
    message: error.message!,
    type: error.type,
    code: error.code,
    status,
    param: error.param,
    requestId: error.request_id ?? headers.get(REQUEST_ID_HEADER) ?? undefined,
    retryable: isRetryable({ status, code: error.code, shouldRetry }),
    retryAfterMs: parseRetryAfter(headers.get('Retry-After')),
    idempotencyKey,
    raw: body,
  });
}
