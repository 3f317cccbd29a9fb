import { REQUEST_ID_HEADER } from '@xinghui/contract';
import { TimeoutError } from 'ky';
import {
  XinghuiConnectionError,
  connectionErrorFrom,
  errorFromResponse,
  isXinghuiError,
  type XinghuiError,
} from '../errors/index.js';

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
export async function readAnswer(response: Response, url: string): Promise<Answer> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new XinghuiConnectionError(
      `The bank's answer from ${url} was cut off: ${(cause as Error).message}`,
      { cause, timedOut: false, mayHaveSucceeded: true },
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
  throw errorFromResponse(response, body);
}

/**
 * What an attempt threw, as the SDK's error: its own errors as they are, ky's timeout and
 * everything `fetch` throws as a {@link XinghuiConnectionError}.
 */
export function toXinghuiError(thrown: unknown, url: string, timeoutMs: number): XinghuiError {
  if (isXinghuiError(thrown)) return thrown;
  if (thrown instanceof TimeoutError) {
    // The request may have arrived and be running at the bank: only its answer is missing.
    return new XinghuiConnectionError(`No answer from the bank at ${url} in ${timeoutMs} ms`, {
      cause: thrown,
      timedOut: true,
      mayHaveSucceeded: true,
    });
  }
  return connectionErrorFrom(thrown, url);
}
