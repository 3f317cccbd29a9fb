import { describe, expect, it } from 'vitest';
import { backoffDelay, retryDelay } from './retry-policy.js';

const timing = { initialRetryDelayMs: 500, maxRetryDelayMs: 8000, maxRetryAfterMs: 5000 };

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

describe('retryDelay', () => {
  it('never retries what is not retryable, whatever the bank asked to wait', () => {
    expect(retryDelay({ retryable: false }, 1, timing)).toBeUndefined();
    expect(retryDelay({ retryable: false, retryAfterMs: 1000 }, 1, timing)).toBeUndefined();
  });

  it('waits exactly the Retry-After the bank asked for, up to the bound, without jitter', () => {
    expect(retryDelay({ retryable: true, retryAfterMs: 1000 }, 1, timing, 0.3)).toBe(1000);
    expect(retryDelay({ retryable: true, retryAfterMs: 5000 }, 2, timing, 0.9)).toBe(5000);
    // Longer than the backoff cap is fine: the bank asked, and it is within the bound.
    expect(
      retryDelay({ retryable: true, retryAfterMs: 5000 }, 1, { ...timing, maxRetryDelayMs: 100 }),
    ).toBe(5000);
  });

  it('throws at once rather than sit out a Retry-After longer than the bound', () => {
    expect(retryDelay({ retryable: true, retryAfterMs: 5001 }, 1, timing)).toBeUndefined();
    expect(retryDelay({ retryable: true, retryAfterMs: 60_000 }, 1, timing)).toBeUndefined();
  });

  it('backs off with jitter when the bank did not say how long', () => {
    expect(retryDelay({ retryable: true }, 1, timing, 0)).toBe(250);
    expect(retryDelay({ retryable: true }, 3, timing, 0.5)).toBe(1500);
  });
});
