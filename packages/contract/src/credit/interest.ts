import { rateToMillionths } from '../rate.js';

/**
 * Interest in exact integer arithmetic. Rates are millionths (`"0.1095"` is 109,500 / 10^6);
 * every figure is a fraction of integers computed in BigInt, and rounded half up to the fen
 * exactly once, when it is billed. Nothing is rounded per day.
 */

const MILLION = 1_000_000n;

/** The number of days interest is counted over in a year: a daily rate is APR / 360. */
export const DAYS_PER_YEAR = 360n;

/**
 * The days a whole monthly period counts, whatever its calendar length (the 30/360 convention
 * of the 360-day year): a month's interest is APR × 30 / 360 = APR / 12. Part of a period counts
 * its actual days (see {@link interestForDays}).
 */
export const DAYS_PER_MONTH = 30;

/** Penalty interest on overdue principal runs at the contract APR × 3/2. */
export const PENALTY_MULTIPLIER = { numerator: 3n, denominator: 2n } as const;

/**
 * The interest rule every offer states and every loan agreement repeats, billed by
 * {@link interestForDays}.
 */
export const INTEREST_RULE =
  'Interest accrues daily at the APR / 360 on the principal for the actual days used ' +
  '(counted from the drawdown day, excluding the repayment day), rounded half up to the fen once; ' +
  'a monthly instalment that runs its whole period counts 30 days (APR / 12).';

/**
 * Rounds a non-negative fraction half up to an integer (0.5 fen becomes 1 fen).
 *
 * @throws RangeError for a negative numerator or a non-positive denominator
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): number {
  if (numerator < 0n || denominator <= 0n)
    throw new RangeError('roundHalfUp takes a non-negative fraction');
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

/**
 * Interest on `principal` fen for `days` days at `apr`: principal × APR × days / 360, rounded
 * half up once. The one interest rule of the bank: offers, schedules, accrual, payoff quotes and
 * billing all call it (a whole month is {@link DAYS_PER_MONTH} days).
 *
 * @example
 * ```ts
 * interestForDays(1_000_000, '0.1095', 17); // 5171 fen: ¥51.71 (exactly 5170.83…)
 * ```
 */
export function interestForDays(principal: number, apr: string, days: number): number {
  return roundHalfUp(
    BigInt(principal) * BigInt(rateToMillionths(apr)) * BigInt(days),
    DAYS_PER_YEAR * MILLION,
  );
}

/**
 * Penalty interest (罚息) on overdue principal for `days` days: at the contract APR × 1.5,
 * instead of contract interest for those days, never compounded.
 *
 * @example
 * ```ts
 * penaltyInterestForDays(1_000_000, '0.1095', 10); // 4563 fen: ¥45.63
 * ```
 */
export function penaltyInterestForDays(principal: number, apr: string, days: number): number {
  return roundHalfUp(
    BigInt(principal) * BigInt(rateToMillionths(apr)) * BigInt(days) * PENALTY_MULTIPLIER.numerator,
    DAYS_PER_YEAR * MILLION * PENALTY_MULTIPLIER.denominator,
  );
}

/**
 * One whole month's interest on an instalment loan's balance: {@link interestForDays} for
 * {@link DAYS_PER_MONTH} days, which is balance × APR / 12, whatever the month's length.
 *
 * @example
 * ```ts
 * monthlyInterest(1_000_000, '0.1095'); // 9125 fen: ¥91.25
 * ```
 */
export function monthlyInterest(balance: number, apr: string): number {
  return interestForDays(balance, apr, DAYS_PER_MONTH);
}

/**
 * The level payment of an equal-instalment (等额本息) loan, rounded half up to the fen:
 * P × r × (1 + r)^n / ((1 + r)^n − 1) with r = APR / 12, computed as one exact fraction.
 *
 * @example
 * ```ts
 * levelPayment(1_000_000, '0.1095', 3); // 339435 fen: ¥3,394.35
 * ```
 */
export function levelPayment(principal: number, apr: string, months: number): number {
  const rate = BigInt(rateToMillionths(apr));
  if (rate === 0n) return roundHalfUp(BigInt(principal), BigInt(months));
  // r = rate / (12 × 10^6); (1 + r)^n = growth^n / base^n.
  const base = 12n * MILLION;
  const growth = base + rate;
  const growthN = growth ** BigInt(months);
  const baseN = base ** BigInt(months);
  return roundHalfUp(BigInt(principal) * rate * growthN, base * (growthN - baseN));
}
