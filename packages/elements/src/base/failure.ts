import { isXinghuiConnectionError, isXinghuiError } from '@xinghui/sdk';

/**
 * What went wrong, as one code a component can switch on: the bank's error code
 * (`insufficient_balance`, `session_expired`, …), `network_error` when the bank (or a view's
 * code) could not be reached, `setup_error` for anything else (a missing or secret key, a bug).
 * `undefined` means the call was aborted on purpose (the element left the page) and nothing
 * should be shown.
 *
 * Guards rather than `instanceof`: a page may hand `<xh-provider>` a client from its own copy
 * of the SDK, whose errors are not instances of the classes bundled here.
 */
export function failureCode(error: unknown): string | undefined {
  if (error instanceof DOMException && error.name === 'AbortError') return undefined;
  // A view's code that did not load (LazyView) is the network too.
  if (error instanceof DOMException && error.name === 'NetworkError') return 'network_error';
  if (isXinghuiConnectionError(error)) return 'network_error';
  if (isXinghuiError(error) && error.code) return error.code;
  return 'setup_error';
}

/**
 * How long the bank asked the page to wait, in whole seconds, for a `rate_limited` or
 * `resend_too_soon` refusal: the SDK error's `retryAfterMs` (the bank's `Retry-After`).
 */
export function failureWaitSeconds(error: unknown): number | undefined {
  if (!isXinghuiError(error) || error.retryAfterMs === undefined) return undefined;
  return Math.ceil(error.retryAfterMs / 1000);
}
