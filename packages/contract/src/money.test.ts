import { describe, expect, it } from 'vitest';
import {
  Amount,
  CURRENCIES,
  MAX_AMOUNT,
  Money,
  PositiveMoney,
  SignedMoney,
  formatMoney,
  money,
  parseMoneyInput,
  toDecimalString,
} from './money.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

describe('MAX_AMOUNT', () => {
  it('is 100 billion yuan in fen, far below 2^53', () => {
    expect(MAX_AMOUNT).toBe(100_000_000_000 * 100);
    // 100 line items at the maximum still add up exactly.
    expect(Number.isSafeInteger(MAX_AMOUNT * 100)).toBe(true);
  });

  it('settles only in CNY', () => {
    expect(CURRENCIES).toEqual(['CNY']);
  });
});

describe('Money', () => {
  it.each([0, 1, 12_345, MAX_AMOUNT])('accepts %d fen', (amount) => {
    expect(Money.parse(cny(amount))).toEqual(cny(amount));
  });

  it.each([
    ['a float', 1.5],
    ['a float that looks like yuan', 12.34],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a negative amount', -1],
    ['one fen above MAX_AMOUNT', MAX_AMOUNT + 1],
    ['2^53', 2 ** 53],
    ['a numeric string', '100'],
    ['a decimal string', '1.00'],
    ['a bigint', 100n],
    ['null', null],
  ])('rejects %s', (_, amount) => {
    expect(Money.safeParse({ amount, currency: 'CNY' }).success).toBe(false);
  });

  it.each(['USD', 'cny', 'RMB', '', undefined])('rejects the currency %j', (currency) => {
    expect(Money.safeParse({ amount: 100, currency }).success).toBe(false);
  });

  it('points the issue at amount', () => {
    const result = Money.safeParse(cny(1.5));
    expect(result.error?.issues[0]?.path).toEqual(['amount']);
  });

  it('drops unknown keys', () => {
    expect(Money.parse({ ...cny(1), display: '¥0.01' })).toEqual(cny(1));
  });

  it('Amount alone has the same bounds', () => {
    expect(Amount.safeParse(0).success).toBe(true);
    expect(Amount.safeParse(MAX_AMOUNT).success).toBe(true);
    expect(Amount.safeParse(MAX_AMOUNT + 1).success).toBe(false);
    expect(Amount.safeParse(-1).success).toBe(false);
    expect(Amount.safeParse(0.5).success).toBe(false);
  });
});

describe('PositiveMoney', () => {
  it.each([1, 99, MAX_AMOUNT])('accepts %d fen', (amount) => {
    expect(PositiveMoney.parse(cny(amount))).toEqual(cny(amount));
  });

  it.each([0, -1, 0.5, 1.5, MAX_AMOUNT + 1, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects %d',
    (amount) => {
      expect(PositiveMoney.safeParse(cny(amount)).success).toBe(false);
    },
  );

  it('rejects strings and other currencies', () => {
    expect(PositiveMoney.safeParse({ amount: '1', currency: 'CNY' }).success).toBe(false);
    expect(PositiveMoney.safeParse({ amount: 1, currency: 'USD' }).success).toBe(false);
  });
});

describe('SignedMoney', () => {
  it.each([-MAX_AMOUNT, -1, 0, 1, MAX_AMOUNT])('accepts %d fen', (amount) => {
    expect(SignedMoney.parse(cny(amount))).toEqual(cny(amount));
  });

  it.each([-MAX_AMOUNT - 1, MAX_AMOUNT + 1, -1.5, 1.5, Number.NaN, Number.NEGATIVE_INFINITY])(
    'rejects %d',
    (amount) => {
      expect(SignedMoney.safeParse(cny(amount)).success).toBe(false);
    },
  );

  it('rejects strings and other currencies', () => {
    expect(SignedMoney.safeParse({ amount: '-1', currency: 'CNY' }).success).toBe(false);
    expect(SignedMoney.safeParse({ amount: -1, currency: 'EUR' }).success).toBe(false);
  });
});

describe('money()', () => {
  it('builds CNY money by default', () => {
    expect(money(9_900)).toEqual({ amount: 9_900, currency: 'CNY' });
    expect(money(0)).toEqual(cny(0));
    expect(money(-MAX_AMOUNT)).toEqual(cny(-MAX_AMOUNT));
    expect(money(MAX_AMOUNT, 'CNY')).toEqual(cny(MAX_AMOUNT));
  });

  it.each([
    1.5,
    0.1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    MAX_AMOUNT + 1,
    -MAX_AMOUNT - 1,
    2 ** 53,
  ])('throws a RangeError for %d', (amount) => {
    expect(() => money(amount)).toThrow(RangeError);
  });
});

describe('toDecimalString', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [99, '0.99'],
    [100, '1.00'],
    [123_456, '1234.56'],
    [-5, '-0.05'],
    [-100, '-1.00'],
    [-123_456, '-1234.56'],
    [MAX_AMOUNT, '100000000000.00'],
    [-MAX_AMOUNT, '-100000000000.00'],
    [9_999_999_999_999, '99999999999.99'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('writes %d fen as %s', (amount, expected) => {
    expect(toDecimalString(amount)).toBe(expected);
    expect(toDecimalString(amount, 'CNY')).toBe(expected);
  });

  it('writes negative zero without a sign', () => {
    expect(toDecimalString(-0)).toBe('0.00');
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 2 ** 53])(
    'throws a RangeError for %d rather than writing nonsense',
    (amount) => {
      expect(() => toDecimalString(amount)).toThrow(RangeError);
    },
  );
});

describe('formatMoney', () => {
  it.each([
    [123_456, '¥1,234.56'],
    [0, '¥0.00'],
    [5, '¥0.05'],
    [100, '¥1.00'],
    [-123_456, '-¥1,234.56'],
    [100_000_000, '¥1,000,000.00'],
  ])('formats %d fen in zh-CN (the default) as %s', (amount, expected) => {
    expect(formatMoney(cny(amount))).toBe(expected);
    expect(formatMoney(cny(amount), 'zh-CN')).toBe(expected);
  });

  it.each([
    [123_456, 'CN¥1,234.56'],
    [5, 'CN¥0.05'],
    [-123_456, '-CN¥1,234.56'],
  ])('formats %d fen in en as %s', (amount, expected) => {
    expect(formatMoney(cny(amount), 'en')).toBe(expected);
  });

  it('keeps every digit of large amounts (no float rounding)', () => {
    expect(formatMoney(cny(9_999_999_999_999))).toBe('¥99,999,999,999.99');
    expect(formatMoney(cny(MAX_AMOUNT))).toBe('¥100,000,000,000.00');
    expect(formatMoney(cny(MAX_AMOUNT - 1))).toBe('¥99,999,999,999.99');
    expect(formatMoney(cny(1_234_567_890_123))).toBe('¥12,345,678,901.23');
    expect(formatMoney(cny(MAX_AMOUNT), 'en')).toBe('CN¥100,000,000,000.00');
    // Beyond MAX_AMOUNT, near 2^53, amount / 100 as a float is off by a fen: formatting the
    // float gives ¥90,071,992,547,409.90 for the first and .91 for the second.
    expect(formatMoney(cny(Number.MAX_SAFE_INTEGER))).toBe('¥90,071,992,547,409.91');
    expect(formatMoney(cny(9_007_199_254_740_990))).toBe('¥90,071,992,547,409.90');
  });

  it('caches per locale: the default and en do not leak into each other', () => {
    expect(formatMoney(cny(1), 'en')).toBe('CN¥0.01');
    expect(formatMoney(cny(1))).toBe('¥0.01');
    expect(formatMoney(cny(1), 'en')).toBe('CN¥0.01');
  });

  it('throws for a float amount instead of showing NaN', () => {
    expect(() => formatMoney(cny(1.5))).toThrow(RangeError);
  });
});

describe('parseMoneyInput', () => {
  it.each([
    ['1,234.5', 123_450],
    ['1,234.56', 123_456],
    ['￥88', 8_800],
    ['¥88', 8_800],
    ['CN¥88.8', 8_880],
    [' 12.30 ', 1_230],
    ['0', 0],
    ['0.01', 1],
    ['0.1', 10],
    ['7.', 700],
    ['007', 700],
    ['1,000,000', 100_000_000],
    ['100000000000', MAX_AMOUNT],
    ['100,000,000,000.00', MAX_AMOUNT],
    ['99999999999.99', MAX_AMOUNT - 1],
  ])('reads %j as %d fen', (text, amount) => {
    expect(parseMoneyInput(text)).toEqual(cny(amount));
    expect(parseMoneyInput(text, 'CNY')).toEqual(cny(amount));
  });

  it('reads decimals exactly, with no float error', () => {
    // 0.29 * 100 is 28.999999999999996 as a float; 1.15 * 100 is 114.99999999999999.
    expect(parseMoneyInput('0.29')).toEqual(cny(29));
    expect(parseMoneyInput('1.15')).toEqual(cny(115));
    expect(parseMoneyInput('4.35')).toEqual(cny(435));
    expect(parseMoneyInput('99999999999.99')?.amount).toBe(9_999_999_999_999);
  });

  it.each([
    ['0.001', 'fen are the smallest unit'],
    ['1.234', 'three decimals'],
    ['-1', 'negative'],
    ['-0.01', 'negative'],
    ['+1', 'a plus sign'],
    ['abc', 'not a number'],
    ['12abc', 'trailing letters'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['.5', 'no whole part'],
    ['.', 'a lone point'],
    ['1e3', 'an exponent'],
    ['0x10', 'hexadecimal'],
    ['1.2.3', 'two points'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['100000000000.01', 'one fen above MAX_AMOUNT'],
    ['100000000001', 'one yuan above MAX_AMOUNT'],
    ['99999999999999999999', 'far above MAX_AMOUNT'],
    ['$88', 'another currency symbol'],
    ['１２', 'full-width digits'],
  ])('returns null for %j (%s)', (text) => {
    expect(parseMoneyInput(text)).toBeNull();
  });

  it('round-trips every formatted amount of a sample', () => {
    for (const amount of [0, 1, 10, 99, 100, 123_456, 9_999_999_999_999, MAX_AMOUNT]) {
      expect(parseMoneyInput(formatMoney(cny(amount)))).toEqual(cny(amount));
      expect(parseMoneyInput(toDecimalString(amount))).toEqual(cny(amount));
    }
  });
});

describe('formatMoney by hand', () => {
  it('writes what Intl.NumberFormat writes in zh-CN and en, for amounts of every length', () => {
    const amounts = [0, 1, -1, 99, 100, 999_999, -1_000_000, MAX_AMOUNT, -MAX_AMOUNT];
    for (let digits = 1; digits <= 15; digits++) amounts.push(Number('7'.repeat(digits)));
    for (const locale of ['zh-CN', 'en']) {
      const intl = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'CNY',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      for (const amount of [...amounts, ...amounts.map((a) => -a)]) {
        const decimal = toDecimalString(amount) as `${number}`;
        expect(formatMoney(cny(amount), locale), `${amount} in ${locale}`).toBe(
          intl.format(decimal),
        );
      }
    }
  });

  it('leaves other locales to Intl.NumberFormat', () => {
    expect(formatMoney(cny(123_456), 'de-DE')).toBe(
      new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'CNY' }).format(1234.56),
    );
  });
});
