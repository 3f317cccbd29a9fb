// What an error response says about sending the same request again. Pure functions of the
// response's status, headers and body, shared by the errors (their `retryable` and
// `retryAfterMs`) and by the retry policy.
/**
 * Reads the bank's `Xinghui-Should-Retry` header.
 *
 * @returns `true` or `false` as the bank said, `undefined` when absent or unreadable
 */
export function parseShouldRetry(header: string | null): boolean | undefined {
  const value = header?.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/**
 * Whether the same request may succeed when sent again: the bank's `Xinghui-Should-Retry`
 * header when it sent one (it knows best, and a newer bank may know codes this SDK does not),
 * else the contract's `retryable` column written as its rule (a request still running, a rate
 * limit, a failure of the bank), so that a page's bundle need not carry the table of codes
 * (`npm run size`); a test checks the rule against every row of the table.
 */
export function isRetryable(error: {
  status: number;
  code?: string;
  shouldRetry?: boolean;
}): boolean {
  if (error.shouldRetry !== undefined) return error.shouldRetry;
  return error.code === 'idempotency_key_in_use' || error.status >= 500 || error.status === 429;
}

/**
 * Reads a `Retry-After` header (seconds or an HTTP date) into milliseconds.
 *
 * @returns `undefined` when absent or unreadable
 */
export function parseRetryAfter(
  header: string | null,
  nowMs: number = Date.now(),
): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
