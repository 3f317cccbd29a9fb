import { groupDigits } from './digit-groups.js';
import { z } from './zod.js';

/** Rates carry at most six decimal places: one millionth is the smallest step. */
const SCALE = 1_000_000;
const RATE_PATTERN = /^(0|[1-9]\d{0,2})(\.\d{1,6})?$/;

/**
 * A rate as a decimal string, a fraction per period: `"0.1095"` is 10.95%. At most six decimal
 * places, never a float, so the bank and every client compute the same fen.
 */
export const Rate = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(
      RATE_PATTERN,
      'must be a decimal string such as "0.1095" with at most 6 decimal places',
    ),
  );
export type Rate = z.infer<typeof Rate>;

/**
 * Converts a rate string to an exact integer of millionths.
 *
 * @throws RangeError when the text is not a {@link Rate}
 * @example
 * ```ts
 * rateToMillionths('0.1095'); // 109500
 * ```
 */
export function rateToMillionths(rate: string): number {
  const match = RATE_PATTERN.exec(rate);
  if (!match) throw new RangeError(`Not a rate: ${JSON.stringify(rate)}`);
  const fraction = (match[2] ?? '.').slice(1).padEnd(6, '0');
  return Number(match[1]) * SCALE + Number(fraction);
}

/**
 * Writes an integer of millionths as the shortest rate string.
 *
 * @example
 * ```ts
 * millionthsToRate(304); // '0.000304'
 * ```
 */
export function millionthsToRate(millionths: number): string {
  if (!Number.isSafeInteger(millionths) || millionths < 0) {
    throw new RangeError(`Not a non-negative integer of millionths: ${millionths}`);
  }
  const whole = Math.floor(millionths / SCALE);
  const fraction = String(millionths % SCALE)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/**
 * The daily rate (日利率) of an annual rate: APR / 360, rounded half up to six decimal places.
 *
 * @example
 * ```ts
 * dailyRateFromApr('0.1095'); // '0.000304', shown as 0.0304% (not 0.03%)
 * ```
 */
export function dailyRateFromApr(apr: string): string {
  const millionths = rateToMillionths(apr);
  return millionthsToRate(Math.floor((millionths * 2 + 360) / 720));
}

const percentFormatters = new Map<string, Intl.NumberFormat>();

/** The locales whose percentages are written by hand: `Intl.NumberFormat`'s text, without its cost. */
const BY_HAND = new Set(['zh-CN', 'en']);

/**
 * Formats a rate as a percentage, exactly, with two to four decimal places.
 *
 * @example
 * ```ts
 * formatRatePercent('0.1095');   // '10.95%'
 * formatRatePercent('0.000304'); // '0.0304%'
 * ```
 */
export function formatRatePercent(rate: string, locale = 'zh-CN'): string {
  const millionths = rateToMillionths(rate);
  if (BY_HAND.has(locale)) {
    // A percent is ten-thousandths of the rate: at most four decimals, exactly, never rounded.
    const whole = String(Math.floor(millionths / 10_000));
    const fraction = String(millionths % 10_000)
      .padStart(4, '0')
      .replace(/0+$/, '')
      .padEnd(2, '0');
    return `${groupDigits(whole)}.${fraction}%`;
  }
  let formatter = percentFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    });
    percentFormatters.set(locale, formatter);
  }
  return formatter.format(millionthsToRate(millionths) as `${number}`);
}
