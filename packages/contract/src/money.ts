import { groupDigits } from './digit-groups.js';
import { z } from './zod.js';

/** Currencies the bank settles in. */
export const CURRENCIES = ['CNY'] as const;

/** An ISO 4217 currency code the bank settles in. */
export type Currency = (typeof CURRENCIES)[number];

/** Minor units (fen) per major unit (yuan) for each currency. */
const MINOR_UNIT_DIGITS: Record<Currency, number> = { CNY: 2 };

/**
 * The largest amount any single value may hold: 100 billion yuan in fen. Far above any trade on
 * the platform and far below 2^53, so integer arithmetic on sums of amounts stays exact.
 */
export const MAX_AMOUNT = 10_000_000_000_000;

const tooLarge = `must be at most ${MAX_AMOUNT} minor units`;

/** A non-negative integer number of minor units. Floats, NaN and Infinity are rejected. */
export const Amount = /* @__PURE__ */ z
  .int()
  .check(z.minimum(0, 'must be zero or more minor units (fen)'), z.maximum(MAX_AMOUNT, tooLarge));

/** A currency code. */
export const CurrencyCode = z.enum(CURRENCIES);

/**
 * An amount of money: an integer number of minor units (fen) and a currency. Never a float.
 *
 * @example
 * ```ts
 * const price: Money = { amount: 12_345, currency: 'CNY' }; // ¥123.45
 * ```
 */
export const Money = z.object({ amount: Amount, currency: CurrencyCode });
export type Money = z.infer<typeof Money>;

/** Money that must be at least one minor unit: what a payment, top-up or refund moves. */
export const PositiveMoney = z.object({
  amount: /* @__PURE__ */ z
    .int()
    .check(z.minimum(1, 'must be at least 1 minor unit (fen)'), z.maximum(MAX_AMOUNT, tooLarge)),
  currency: CurrencyCode,
});

/** Money that may be negative: a movement on an account (debits are negative). */
export const SignedMoney = z.object({
  amount: /* @__PURE__ */ z
    .int()
    .check(z.minimum(-MAX_AMOUNT, tooLarge), z.maximum(MAX_AMOUNT, tooLarge)),
  currency: CurrencyCode,
});

/**
 * Builds a {@link Money} value, rejecting anything that is not a safe integer in range.
 *
 * @param amount - minor units (fen); may be negative for account movements
 * @throws RangeError when `amount` is not an integer between -MAX_AMOUNT and MAX_AMOUNT
 * @example
 * ```ts
 * money(9_900); // { amount: 9900, currency: 'CNY' }, which is ¥99.00
 * ```
 */
export function money(amount: number, currency: Currency = 'CNY'): Money {
  if (!Number.isSafeInteger(amount) || Math.abs(amount) > MAX_AMOUNT) {
    throw new RangeError(
      `Money amounts are integers of minor units within ±${MAX_AMOUNT}; got ${amount}`,
    );
  }
  return { amount, currency };
}

/**
 * Writes an amount of minor units as an exact decimal string, with no floating point involved.
 *
 * @throws RangeError when `amount` is not a safe integer
 *
 * @example
 * ```ts
 * toDecimalString(-1_234_56); // '-1234.56'
 * ```
 */
export function toDecimalString(amount: number, currency: Currency = 'CNY'): string {
  // A float (1.5) or an unsafe integer (1e21, written "1e+21") has no exact decimal form here.
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Money amounts are integers of minor units; got ${amount}`);
  }
  const digits = MINOR_UNIT_DIGITS[currency];
  const sign = amount < 0 ? '-' : '';
  const units = String(Math.abs(amount)).padStart(digits + 1, '0');
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** The currency symbols `Intl.NumberFormat` writes in the locales formatted by hand. */
const SYMBOLS: Record<string, Record<Currency, string> | undefined> = {
  'zh-CN': { CNY: '¥' },
  en: { CNY: 'CN¥' },
};

/**
 * Formats money for people, in zh-CN (the default) or English.
 *
 * The exact decimal string is written out with its currency symbol and digit groups, so no
 * float rounding can creep in: by hand in zh-CN and en (the same text as `Intl.NumberFormat`,
 * without its first call's cost), by `Intl.NumberFormat` in any other locale.
 *
 * @param locale - a BCP 47 locale; `zh-CN` shows `¥1,234.56`, `en` shows `CN¥1,234.56`
 * @example
 * ```ts
 * formatMoney({ amount: 123_456, currency: 'CNY' });        // '¥1,234.56'
 * formatMoney({ amount: 123_456, currency: 'CNY' }, 'en');  // 'CN¥1,234.56'
 * ```
 */
export function formatMoney(value: Money, locale = 'zh-CN'): string {
  const symbol = SYMBOLS[locale]?.[value.currency];
  if (symbol !== undefined) {
    const decimal = toDecimalString(value.amount, value.currency);
    const sign = decimal.startsWith('-') ? '-' : '';
    const [whole = '', fraction = ''] = decimal.slice(sign.length).split('.');
    return `${sign}${symbol}${groupDigits(whole)}.${fraction}`;
  }
  const key = `${locale}|${value.currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = MINOR_UNIT_DIGITS[value.currency];
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: value.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(toDecimalString(value.amount, value.currency) as `${number}`);
}

/**
 * Reads an amount a person typed (`"1,234.5"`, `"￥88"`, `" 12.30 "`) into money, exactly.
 *
 * @returns the money, or `null` when the text is not a non-negative amount with at most two
 *   decimal places within {@link MAX_AMOUNT}
 * @example
 * ```ts
 * parseMoneyInput('1,234.5'); // { amount: 123450, currency: 'CNY' }
 * parseMoneyInput('0.001');   // null: fen are the smallest unit
 * ```
 */
export function parseMoneyInput(text: string, currency: Currency = 'CNY'): Money | null {
  const digits = MINOR_UNIT_DIGITS[currency];
  const trimmed = text.trim().replace(/^(CN)?[¥￥]\s*/, '');
  // Commas only as thousands separators: "1,234" but not "1,2,3".
  if (trimmed.includes(',') && !/^\d{1,3}(,\d{3})+(\.|$)/.test(trimmed)) return null;
  const cleaned = trimmed.replace(/,/g, '');
  const match = new RegExp(`^(\\d+)(?:\\.(\\d{0,${digits}}))?$`).exec(cleaned);
  if (!match) return null;
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').padEnd(digits, '0');
  if (whole.length > 16) return null;
  const amount = Number(whole) * 10 ** digits + Number(fraction);
  return amount <= MAX_AMOUNT ? { amount, currency } : null;
}
