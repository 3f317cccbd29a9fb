/** One attempt of a call, as the SDK hands it to an {@link HttpTransport}. */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** The full URL, query included. */
  url: string;
  /**
   * Every header to send: authentication, API version, the POST's idempotency key and, with a
   * body, `Content-Type: application/json`.
   */
  headers: Record<string, string>;
  /** A POST's body, JSON text. */
  body?: string;
  /**
   * Milliseconds this attempt may take. Past it, stop the request and reject with an error
   * named `TimeoutError`: the SDK reads that as "no answer in time", which may have reached the
   * bank.
   */
  timeout: number;
  /** The caller's signal: when it aborts, stop the request and reject with `signal.reason`. */
  signal?: AbortSignal;
}

/** What an {@link HttpTransport} resolves with: the bank's answer, whatever its status. */
export interface TransportResponse {
  status: number;
  /** The answer's headers; names in any case. */
  headers: Record<string, string>;
  /** The answer's body as text. */
  body: string;
}

/**
 * What moves one attempt's bytes, for a runtime without `fetch` (a mini-program's `wx.request`)
 * or a network stack of your own. It resolves with every answer the bank gives, 4xx and 5xx
 * included, and rejects only when no answer came: with an error named `TimeoutError` for a
 * timeout, with one whose `code` is `ECONNREFUSED` (or another code of a request that never
 * left, such as `ENOTFOUND`) when nothing was sent, with any other error otherwise. The SDK
 * keeps everything else: retries and their waits, one idempotency key per POST across its
 * retries, the typed errors, and the check of every answer against the contract.
 *
 * @example
 * ```ts
 * import { createClient, type HttpTransport } from '@xinghui/sdk';
 *
 * const transport: HttpTransport = async ({ method, url, headers, body, timeout, signal }) => {
 *   const timer = AbortSignal.timeout(timeout);
 *   const response = await fetch(url, {
 *     method,
 *     headers,
 *     body,
 *     signal: signal ? AbortSignal.any([signal, timer]) : timer,
 *   });
 *   return {
 *     status: response.status,
 *     headers: Object.fromEntries(response.headers),
 *     body: await response.text(),
 *   };
 * };
 * const xinghui = createClient({ publishableKey: 'pk_test_…', transport });
 * ```
 */
export type HttpTransport = (request: TransportRequest) => Promise<TransportResponse>;

/** A transport's answer as the SDK reads an answer: what `fetch`'s `Response` offers of it. */
export function answerOf({ status, headers, body }: TransportResponse) {
  const named: Record<string, string> = {};
  for (const name in headers) named[name.toLowerCase()] = headers[name]!;
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => named[name.toLowerCase()] ?? null },
    text: async () => body,
  };
}
