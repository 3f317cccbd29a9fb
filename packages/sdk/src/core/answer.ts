import { REQUEST_ID_HEADER } from '@xinghui/contract';
import { connectionErrorFrom, type SentNothing } from '../errors/connection-failure.js';
import { errorFromResponse } from '../errors/from-response.js';
import { XinghuiConnectionError, isXinghuiError, type XinghuiError } from '../errors/index.js';

/** What the SDK's errors say about the call they come from. */
export interface CallContext {
  url: string;
  timeoutMs: number;
  /** The POST's idempotency key. */
  idempotencyKey?: string;
  /** What else shows a failure sent nothing (the server's TLS failures); see `SentNothing`. */
  sentNothing?: SentNothing;
}

/** What the SDK reads of an attempt's answer: a `fetch` `Response`, or a transport's answer. */
export interface ResponseLike {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A successful answer, read in full. */
export interface Answer {
  text: string;
  status: number;
  requestId?: string;
}

/**
 * Reads an attempt's answer in full, inside ky's retry (it runs as an `afterResponse` hook), so
 * that what fails here is retried like any other failed attempt: an error response becomes the
 * SDK's error for it, and an answer cut off mid-body a connection error that may have
 * succeeded (the bank answered, so it had the request).
 *
 * @returns a successful answer's body
 * @throws the SDK error for an error response or a cut answer
 */
export async function readAnswer(response: ResponseLike, call: CallContext): Promise<Answer> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new XinghuiConnectionError(
      `The bank's answer from ${call.url} was cut off: ${(cause as Error).message}`,
      { cause, timedOut: false, mayHaveSucceeded: true, idempotencyKey: call.idempotencyKey },
    );
  }
  const requestId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
  if (response.ok) return { text, status: response.status, requestId };
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's page): errorFromResponse keeps the text as `raw`.
  }
  throw errorFromResponse(response, body, call.idempotencyKey);
}

/**
 * What an attempt threw, as the SDK's error: its own errors as they are, a timeout (ky's
 * `TimeoutError`, or the `TimeoutError` of `AbortSignal.timeout`) and everything `fetch` throws
 * as a {@link XinghuiConnectionError}.
 */
export function toXinghuiError(thrown: unknown, call: CallContext): XinghuiError {
  if (isXinghuiError(thrown)) return thrown;
  if (thrown instanceof Error && thrown.name === 'TimeoutError') {
    // The request may have arrived and be running at the bank: only its answer is missing.
    return new XinghuiConnectionError(
      `No answer from the bank at ${call.url} in ${call.timeoutMs} ms`,
      {
        cause: thrown,
        timedOut: true,
        mayHaveSucceeded: true,
        idempotencyKey: call.idempotencyKey,
      },
    );
  }
  return connectionErrorFrom(thrown, call.url, call.idempotencyKey, call.sentNothing);
}
