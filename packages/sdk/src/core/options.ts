import type { HttpTransport } from './http-transport.js';

/** Options of one call, overriding the client's defaults for that call only. */
export interface RequestOptions {
  /**
   * The idempotency key of a POST. The SDK makes one per call when absent and keeps it for every
   * retry of that call; pass your own (an order number, say) to make retries across process
   * restarts safe too.
   */
  idempotencyKey?: string;
  /** Milliseconds to wait for each attempt. */
  timeout?: number;
  /** How many times to retry a failed attempt that may succeed when sent again. */
  maxRetries?: number;
  /** Aborts the call, including any wait between retries. */
  signal?: AbortSignal;
}

/** What the SDK tells {@link ClientOptions.onRetry} before it waits and retries. */
export interface RetryInfo {
  /** The retry about to happen: 1 for the first retry. */
  attempt: number;
  /** How long the SDK will wait first, in milliseconds. */
  delayMs: number;
  /** What failed. */
  error: Error;
}

/** Options shared by the browser client and the server client. */
export interface ClientOptions {
  /**
   * Where the bank's API lives.
   * @default 'http://127.0.0.1:4400' (the local sandbox bank)
   */
  baseUrl?: string;
  /**
   * Milliseconds to wait for each attempt.
   * @default 30000
   */
  timeout?: number;
  /**
   * How many times to retry an attempt whose error is `retryable`: connection errors and
   * timeouts, `409 idempotency_key_in_use`, 429 and 5xx (and whatever the bank marks with
   * `Xinghui-Should-Retry: true`). Every retry of a POST carries the same idempotency key, so
   * the bank applies it at most once: retrying is always safe.
   * @default 2
   */
  maxRetries?: number;
  /**
   * The first retry waits about this long; each next one about twice as long (with jitter).
   * @default 500
   */
  initialRetryDelayMs?: number;
  /**
   * No wait between retries is longer than this, except what a `Retry-After` header asks.
   * @default 8000
   */
  maxRetryDelayMs?: number;
  /**
   * The longest `Retry-After` the SDK waits for before retrying. When the bank asks for a longer
   * wait (a rate limit, a one-time code asked for again too soon), the error is thrown at once
   * with `retryAfterMs`, so a page can say so instead of hanging.
   * @default 5000
   */
  maxRetryAfterMs?: number;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (info: RetryInfo) => void;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /**
   * What sends each attempt instead of `fetch`: `wechatTransport(wx)` from
   * `@xinghui/sdk/wechat` in a mini-program, or an {@link HttpTransport} of your own. It only
   * moves bytes: retries, idempotency keys, the typed errors and the check of every answer
   * stay the SDK's.
   */
  transport?: HttpTransport;
}

/** The default base URL: the sandbox bank started by `npx xinghui-sandbox`. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:4400';
