import type { Answer, ResponseLike } from './answer.js';
import type { HttpTransport } from './http-transport.js';
import type { RetryCall } from './retry-call.js';

/** One call as a sender runs it: every attempt, each answer read by `read`. */
export interface Attempts {
  url: string;
  method: 'GET' | 'POST' | 'DELETE';
  headers: Record<string, string>;
  /** Sent as JSON (POSTs). */
  body?: unknown;
  /** Milliseconds for each attempt. */
  timeout: number;
  /** The caller's: aborts the attempt in flight and any wait. */
  signal?: AbortSignal;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** What sends each attempt instead of `fetch` (the SDK's own loop only; ky needs `fetch`). */
  transport?: HttpTransport;
  retry: RetryCall;
  /**
   * Reads an attempt's answer in full: a successful one is returned, an error response or a cut
   * body throws the SDK's error for it, which the retry decision sees like any other failure.
   */
  read: (response: ResponseLike) => Promise<Answer>;
}

/**
 * What sends a call over the network and retries it: ky's (`kySender`, the default) or the
 * SDK's own loop on `fetch` or an injected transport (`fetchSender`). Both send the same request again on each retry
 * (one idempotency key per POST), time out each attempt, and wait as `retry` decides.
 *
 * @returns the answer of the last attempt, read in full
 * @throws what the last attempt threw, for the transport to turn into the SDK's error
 */
export type Sender = (attempts: Attempts) => Promise<Answer>;
