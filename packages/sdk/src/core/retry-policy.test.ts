import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableResponse, parseRetryAfter, sleep } from './retry-policy.js';

describe('isRetryableResponse', () => {
  it('retries rate limits, 5xx and an idempotency key still in use', () => {
    expect(isRetryableResponse(429, { type: 'rate_limit_error', code: 'rate_limited' })).toBe(true);
    expect(isRetryableResponse(429, {})).toBe(true);
    expect(isRetryableResponse(500, { type: 'api_error', code: 'internal_error' })).toBe(true);
    expect(isRetryableResponse(503, {})).toBe(true);
    expect(
      isRetryableResponse(409, { type: 'idempotency_error', code: 'idempotency_key_in_use' }),
    ).toBe(true);
  });

  it('never retries a reused key, a 429 a person must wait out, or any other 4xx', () => {
    expect(isRetryableResponse(422, { code: 'idempotency_key_reused' })).toBe(false);
    expect(isRetryableResponse(409, { code: 'session_not_open' })).toBe(false);
    expect(
      isRetryableResponse(429, { type: 'invalid_request_error', code: 'resend_too_soon' }),
    ).toBe(false);
    for (const status of [400, 401, 402, 403, 404])
      expect(isRetryableResponse(status, {})).toBe(false);
  });
});

describe('backoffDelay', () => {
  it('doubles per attempt up to the cap, with jitter within the upper half', () => {
    expect(backoffDelay(1, 500, 8000, 0)).toBe(250);
    expect(backoffDelay(1, 500, 8000, 0.999)).toBe(500);
    expect(backoffDelay(2, 500, 8000, 0)).toBe(500);
    expect(backoffDelay(3, 500, 8000, 0.5)).toBe(1500);
    expect(backoffDelay(10, 500, 8000, 0.999)).toBe(7996);
    expect(backoffDelay(10, 500, 8000, 0)).toBe(4000);
  });

  it('never shrinks from one attempt to the next below the cap, whatever the jitter', () => {
    // 500 × 2^4 = 8000: attempts 1 to 5 are below the cap.
    for (let attempt = 1; attempt < 5; attempt++) {
      expect(backoffDelay(attempt + 1, 500, 8000, 0)).toBeGreaterThanOrEqual(
        backoffDelay(attempt, 500, 8000, 0.999),
      );
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('sleep', () => {
  it('rejects with the abort reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
