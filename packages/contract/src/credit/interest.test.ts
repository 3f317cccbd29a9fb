import { describe, expect, it } from 'vitest';
import {
  interestForDays,
  levelPayment,
  monthlyInterest,
  penaltyInterestForDays,
  roundHalfUp,
} from './interest.js';

describe('interest', () => {
  it('reproduces the worked examples for 10,000.00 at APR 10.95%', () => {
    expect(interestForDays(1_000_000, '0.1095', 30)).toBe(9_125);
    expect(interestForDays(1_000_000, '0.1095', 17)).toBe(5_171); // 5170.83… rounded once
    expect(monthlyInterest(1_000_000, '0.1095')).toBe(9_125);
    expect(levelPayment(1_000_000, '0.1095', 3)).toBe(339_435);
    expect(levelPayment(500_000, '0.12', 12)).toBe(44_424);
  });

  it('rounds once, not per day: 365 days is not 365 roundings of one day', () => {
    // 1,234,567 × 0.1095 × 365 / 360 = 137,062.66…; a day is 375.51…, which rounds to 376.
    expect(interestForDays(1_234_567, '0.1095', 365)).toBe(137_063);
    expect(interestForDays(1_234_567, '0.1095', 1) * 365).toBe(137_240);
  });

  it('charges penalty interest at APR × 1.5, not compounded', () => {
    expect(penaltyInterestForDays(1_000_000, '0.1095', 10)).toBe(4_563); // 4562.5 rounds up
    expect(penaltyInterestForDays(1_000_000, '0.1095', 20)).toBe(9_125);
  });

  it('rounds half up, exactly', () => {
    expect(roundHalfUp(5n, 2n)).toBe(3);
    expect(roundHalfUp(7n, 3n)).toBe(2);
    expect(roundHalfUp(0n, 7n)).toBe(0);
    expect(() => roundHalfUp(-1n, 2n)).toThrow(RangeError);
  });

  it('handles a zero rate', () => {
    expect(interestForDays(1_000_000, '0', 90)).toBe(0);
    expect(levelPayment(1_000_000, '0', 3)).toBe(333_333);
  });

  it('stays exact for the largest amounts (no float anywhere)', () => {
    expect(interestForDays(10_000_000_000_000, '0.24', 366)).toBe(2_440_000_000_000);
  });
});
