// Whether a failed fetch may have reached the bank. Node's fetch (undici) names the failure in
// `cause.code`; browsers say nothing ("Failed to fetch"), so anything unexplained counts as
// "may have reached it": the safe answer for money.
import { XinghuiConnectionError } from './connection-error.js';

/**
 * Failures that happen before a byte of the request leaves: no connection (refused, no route,
 * name not found, connect timeout) or TLS refusing the bank's certificate or protocol during the
 * handshake, which comes before the request is written.
 */
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
  'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
  'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
  'ERR_SSL_TLSV1_UNRECOGNIZED_NAME',
]);

/** Node's message for a TLS handshake the server cut: reported as ECONNRESET, yet nothing was sent. */
const TLS_HANDSHAKE_CUT = /before secure TLS connection was established/;

/** The error codes and messages along a failure's `cause` chain (and an AggregateError's parts). */
function* failures(error: unknown, depth = 0): Generator<{ code?: unknown; message?: unknown }> {
  if (typeof error !== 'object' || error === null || depth > 4) return;
  const failure = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  yield failure;
  yield* failures(failure.cause, depth + 1);
  if (Array.isArray(failure.errors)) {
    for (const part of failure.errors) yield* failures(part, depth + 1);
  }
}

/**
 * True unless `cause` (what `fetch` threw) shows that the request never left: see
 * {@link XinghuiConnectionError.mayHaveSucceeded}.
 */
export function mayHaveReachedBank(cause: unknown): boolean {
  for (const { code, message } of failures(cause)) {
    if (typeof code === 'string' && NEVER_SENT.has(code)) return false;
    if (typeof message === 'string' && TLS_HANDSHAKE_CUT.test(message)) return false;
  }
  return true;
}

/** The SDK's error for a `fetch` that failed before an answer arrived. */
export function connectionErrorFrom(
  cause: unknown,
  url: string,
  idempotencyKey?: string,
): XinghuiConnectionError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const reason = [...failures(cause)]
    .map(({ code }) => code)
    .find((code): code is string => typeof code === 'string');
  return new XinghuiConnectionError(
    `Could not reach the bank at ${url}: ${detail}${reason ? ` (${reason})` : ''}`,
    { cause, timedOut: false, mayHaveSucceeded: mayHaveReachedBank(cause), idempotencyKey },
  );
}
