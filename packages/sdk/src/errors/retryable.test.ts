import { ERROR_CODES, type ErrorCode } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { isRetryable, parseRetryAfter, parseShouldRetry } from './retryable.js';

describe('isRetryable', () => {
  it('retries rate limits, 5xx and an idempotency key still in use', () => {
    expect(isRetryable({ status: 429, code: 'rate_limited' })).toBe(true);
    expect(isRetryable({ status: 429 })).toBe(true);
    expect(isRetryable({ status: 500, code: 'internal_error' })).toBe(true);
    expect(isRetryable({ status: 503 })).toBe(true);
    expect(isRetryable({ status: 409, code: 'idempotency_key_in_use' })).toBe(true);
    // Now a rate_limit_error like any 429: sent again once its wait is over.
    expect(isRetryable({ status: 429, code: 'resend_too_soon' })).toBe(true);
  });

  it('never retries a reused key or any other 4xx', () => {
    expect(isRetryable({ status: 422, code: 'idempotency_key_reused' })).toBe(false);
    expect(isRetryable({ status: 409, code: 'session_not_open' })).toBe(false);
    expect(isRetryable({ status: 409, code: 'brand_new_conflict' })).toBe(false);
    for (const status of [400, 401, 402, 403, 404]) expect(isRetryable({ status })).toBe(false);
  });

  it('follows the bank’s Xinghui-Should-Retry header over the table and the status', () => {
    expect(isRetryable({ status: 503, code: 'internal_error', shouldRetry: false })).toBe(false);
    expect(isRetryable({ status: 409, code: 'kyc_review_pending', shouldRetry: true })).toBe(true);
    expect(isRetryable({ status: 400, code: 'parameter_invalid', shouldRetry: true })).toBe(true);
  });

  it('agrees with the contract’s retryable column for every code, without the header', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const { status, retryable } = ERROR_CODES[code];
      expect(isRetryable({ status, code }), code).toBe(retryable);
    }
  });

  it('is not fooled by a code named like an Object property', () => {
    expect(isRetryable({ status: 400, code: 'constructor' })).toBe(false);
    expect(isRetryable({ status: 400, code: '__proto__' })).toBe(false);
  });
});

describe('parseShouldRetry', () => {
  it('reads true and false, and nothing else', () => {
    expect(parseShouldRetry('true')).toBe(true);
    expect(parseShouldRetry(' FALSE ')).toBe(false);
    expect(parseShouldRetry('yes')).toBeUndefined();
    expect(parseShouldRetry(null)).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(new Date(1_000).toUTCString(), 4_000)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
