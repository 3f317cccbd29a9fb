import { describe, expect, it } from 'vitest';
import {
  Rate,
  dailyRateFromApr,
  formatRatePercent,
  millionthsToRate,
  rateToMillionths,
} from './rate.js';

describe('Rate', () => {
  it.each(['0.1095', '0', '1.5', '0.000304', '0.123456', '1', '12.5', '999.999999', '0.0'])(
    'accepts %j',
    (rate) => {
      expect(Rate.parse(rate)).toBe(rate);
    },
  );

  it.each([
    ['0.1234567', 'seven decimal places'],
    ['.5', 'no whole part'],
    ['1e-3', 'an exponent'],
    ['-0.1', 'negative'],
    [' 0.1', 'a leading space'],
    ['0.1 ', 'a trailing space'],
    ['01.5', 'a leading zero'],
    ['1.', 'a trailing point'],
    ['1000', 'four whole digits'],
    ['10.95%', 'a percent sign'],
    ['0,1095', 'a decimal comma'],
    ['', 'empty'],
  ])('rejects %j (%s)', (rate) => {
    expect(Rate.safeParse(rate).success).toBe(false);
  });

  it.each([0.1095, 0, null, undefined])('rejects the non-string %j', (rate) => {
    expect(Rate.safeParse(rate).success).toBe(false);
  });
});

describe('rateToMillionths', () => {
  it.each([
    ['0.1095', 109_500],
    ['0', 0],
    ['0.0', 0],
    ['1.5', 1_500_000],
    ['0.000304', 304],
    ['0.000001', 1],
    ['0.123456', 123_456],
    ['999.999999', 999_999_999],
  ])('reads %j as %d', (rate, millionths) => {
    expect(rateToMillionths(rate)).toBe(millionths);
  });

  it.each(['0.1234567', '.5', '-0.1', 'abc', ''])('throws a RangeError for %j', (rate) => {
    expect(() => rateToMillionths(rate)).toThrow(RangeError);
  });
});

describe('millionthsToRate', () => {
  it.each([
    [0, '0'],
    [1, '0.000001'],
    [304, '0.000304'],
    [109_500, '0.1095'],
    [1_000_000, '1'],
    [1_500_000, '1.5'],
    [12_345_678, '12.345678'],
  ])('writes %d as %j', (millionths, rate) => {
    expect(millionthsToRate(millionths)).toBe(rate);
  });

  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for %d', (n) => {
    expect(() => millionthsToRate(n)).toThrow(RangeError);
  });

  it('round-trips with rateToMillionths', () => {
    for (const n of [
      0, 1, 9, 10, 99, 100, 304, 109_500, 999_999, 1_000_000, 1_000_001, 999_999_999,
    ]) {
      const rate = millionthsToRate(n);
      expect(Rate.safeParse(rate).success, rate).toBe(true);
      expect(rateToMillionths(rate)).toBe(n);
    }
  });

  it('writes the shortest form of a rate', () => {
    expect(millionthsToRate(rateToMillionths('0.109500'))).toBe('0.1095');
    expect(millionthsToRate(rateToMillionths('1.000000'))).toBe('1');
  });
});

describe('dailyRateFromApr', () => {
  it('divides by 360, to six decimal places', () => {
    // 0.1095 / 360 = 0.000304166…
    expect(dailyRateFromApr('0.1095')).toBe('0.000304');
    expect(dailyRateFromApr('0.36')).toBe('0.001');
    expect(dailyRateFromApr('0')).toBe('0');
    // 0.18 / 360 = 0.0005 exactly
    expect(dailyRateFromApr('0.18')).toBe('0.0005');
  });

  it('rounds halves up, not to even', () => {
    // 108180 / 360 = 300.5 millionths: half up is 301 (round half to even would give 300).
    expect(dailyRateFromApr('0.10818')).toBe('0.000301');
    // 0.00018 / 360 = 0.5 millionths: half up is 1 (to even, 0).
    expect(dailyRateFromApr('0.00018')).toBe('0.000001');
    // 900 / 360 = 2.5: half up is 3 (to even, 2).
    expect(dailyRateFromApr('0.0009')).toBe('0.000003');
  });

  it('rounds other fractions to the nearest millionth', () => {
    // 109_680 / 360 = 304.666…: up to 305.
    expect(dailyRateFromApr('0.10968')).toBe('0.000305');
    // 108_179 / 360 = 300.497…: down to 300, just below a half.
    expect(dailyRateFromApr('0.108179')).toBe('0.0003');
    // 108_181 / 360 = 300.502…: up to 301.
    expect(dailyRateFromApr('0.108181')).toBe('0.000301');
    // 179 / 360 = 0.497…: down to 0.
    expect(dailyRateFromApr('0.000179')).toBe('0');
  });

  it('throws a RangeError for what is not a rate', () => {
    expect(() => dailyRateFromApr('10.95%')).toThrow(RangeError);
    expect(() => dailyRateFromApr('-0.1')).toThrow(RangeError);
  });
});

describe('formatRatePercent', () => {
  it('shows a daily rate with four decimals, never rounded to two', () => {
    const daily = dailyRateFromApr('0.1095');
    expect(formatRatePercent(daily)).toBe('0.0304%');
    expect(formatRatePercent(daily)).not.toBe('0.03%');
    expect(formatRatePercent('0.000001')).toBe('0.0001%');
  });

  it.each([
    ['0.1095', '10.95%'],
    ['0.1', '10.00%'],
    ['0', '0.00%'],
    ['1.5', '150.00%'],
    ['0.123456', '12.3456%'],
    ['0.00054', '0.054%'],
    ['0.1095000', null],
  ])('formats %j as %j', (rate, expected) => {
    if (expected === null) {
      expect(() => formatRatePercent(rate)).toThrow(RangeError);
    } else {
      expect(formatRatePercent(rate)).toBe(expected);
    }
  });

  it('groups thousands', () => {
    expect(formatRatePercent('100')).toBe('10,000.00%');
  });

  it('formats in other locales', () => {
    expect(formatRatePercent('0.1095', 'en')).toBe('10.95%');
    expect(formatRatePercent('0.000304', 'en')).toBe('0.0304%');
    // German puts a no-break space before the sign.
    expect(formatRatePercent('0.1095', 'de')).toBe('10,95\u00a0%');
  });

  it('keeps all six decimal places of the rate', () => {
    expect(formatRatePercent('0.070005')).toBe('7.0005%');
    expect(formatRatePercent('999.999999')).toBe('99,999.9999%');
    expect(formatRatePercent('0.145')).toBe('14.50%');
  });
});

describe('formatRatePercent by hand', () => {
  it('writes what Intl.NumberFormat writes in zh-CN and en', () => {
    const rates = ['0', '0.000001', '0.00054', '0.1', '0.1095', '0.123456', '1.5', '12.5'];
    rates.push('999.999999', '99.99', '0.000304', '0.24', '3');
    for (const locale of ['zh-CN', 'en']) {
      const intl = new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: 2,
        maximumFractionDigits: 4,
      });
      for (const rate of rates) {
        expect(formatRatePercent(rate, locale), `${rate} in ${locale}`).toBe(
          intl.format(millionthsToRate(rateToMillionths(rate)) as `${number}`),
        );
      }
    }
  });
});
