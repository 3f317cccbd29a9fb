// Whether a failed fetch may have reached the bank. Node's fetch (undici) names the failure in
// `cause.code`; browsers say nothing ("Failed to fetch"), so anything unexplained counts as
// "may have reached it": the safe answer for money.
import { XinghuiConnectionError } from './connection-error.js';

/**
 * Codes of a connection that was never made (refused, no route, name not found, connect
 * timeout): nothing was sent. Node's fetch names them, and so may an injected transport (a
 * mini-program's `wx.request` wrapped as `HttpTransport`), so every client knows them.
 */
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * One failure along a `cause` chain: what `fetch` (or a transport) threw, or what caused it.
 * A {@link SentNothing} reads its `code` and `message`.
 */
export interface Failure {
  code?: unknown;
  message?: unknown;
}

/**
 * Whether a failure shows that nothing was sent, beyond the codes every client knows: the
 * server SDK's `tlsRefused` (Node's TLS handshake failures). A page's client has none, since a
 * browser never explains a failed `fetch`, and so leaves Node's TLS codes out of its bytes.
 */
export type SentNothing = (failure: Failure) => boolean;

/** The error codes and messages along a failure's `cause` chain (and an AggregateError's parts). */
function* failures(error: unknown, depth = 0): Generator<Failure> {
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
export function mayHaveReachedBank(cause: unknown, sentNothing?: SentNothing): boolean {
  for (const failure of failures(cause)) {
    if (typeof failure.code === 'string' && NEVER_CONNECTED.has(failure.code)) return false;
    if (sentNothing?.(failure)) return false;
  }
  return true;
}

/** The SDK's error for a `fetch` that failed before an answer arrived. */
export function connectionErrorFrom(
  cause: unknown,
  url: string,
  idempotencyKey?: string,
  sentNothing?: SentNothing,
): XinghuiConnectionError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const reason = [...failures(cause)]
    .map(({ code }) => code)
    .find((code): code is string => typeof code === 'string');
  return new XinghuiConnectionError(
    `Could not reach the bank at ${url}: ${detail}${reason ? ` (${reason})` : ''}`,
    {
      cause,
      timedOut: false,
      mayHaveSucceeded: mayHaveReachedBank(cause, sentNothing),
      idempotencyKey,
    },
  );
}
