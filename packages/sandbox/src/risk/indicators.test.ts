import { INDUSTRIES } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import {
  buildIndicatorArray,
  INDICATOR_INDEX,
  INDICATORS,
  INDUSTRY_CODES,
  MAX_INDICATOR_VALUE,
  MISSING,
} from './indicators.js';

describe('the indicator catalogue', () => {
  it('names each indicator once, in snake_case, with both descriptions', () => {
    const names = INDICATORS.map((indicator) => indicator.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const indicator of INDICATORS) {
      expect(indicator.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(indicator.description['zh-CN']).not.toBe('');
      expect(indicator.description.en).not.toBe('');
    }
  });

  it('covers every family of the issue', () => {
    const families = new Set(INDICATORS.map((indicator) => indicator.family));
    for (const family of [
      'tenure',
      'volume',
      'orders',
      'refunds',
      'network',
      'three_flows',
      'credit',
    ] as const) {
      expect(families).toContain(family);
    }
  });

  it('gives each indicator its position as its index', () => {
    INDICATORS.forEach((indicator, index) => expect(INDICATOR_INDEX[indicator.name]).toBe(index));
  });

  it('has a code for every industry of the contract', () => {
    expect(Object.keys(INDUSTRY_CODES).sort()).toEqual([...INDUSTRIES].sort());
  });
});

describe('buildIndicatorArray', () => {
  it('puts each value at its index and MISSING where nothing is known', () => {
    const array = buildIndicatorArray({
      months_trading: 36,
      gmv_90d_fen: 12_000_000,
      orders_90d: null,
    });
    expect(array).toHaveLength(INDICATORS.length);
    expect(array[INDICATOR_INDEX.months_trading]).toBe(36);
    expect(array[INDICATOR_INDEX.gmv_90d_fen]).toBe(12_000_000);
    expect(array[INDICATOR_INDEX.orders_90d]).toBe(MISSING);
    expect(array[INDICATOR_INDEX.days_past_due]).toBe(MISSING);
  });

  it('keeps zero and negative values apart from missing', () => {
    const array = buildIndicatorArray({ days_past_due: 0, gmv_growth_90d_pct: -40 });
    expect(array[INDICATOR_INDEX.days_past_due]).toBe(0);
    expect(array[INDICATOR_INDEX.gmv_growth_90d_pct]).toBe(-40);
  });

  it('holds fen amounts beyond 2^31 exactly', () => {
    const array = buildIndicatorArray({ gmv_12m_fen: 5_000_000_000 });
    expect(array[INDICATOR_INDEX.gmv_12m_fen]).toBe(5_000_000_000);
  });

  it('refuses floats, out-of-range values and unknown names', () => {
    expect(() => buildIndicatorArray({ refund_rate_bp: 1.5 })).toThrow(
      /refund_rate_bp must be an integer/,
    );
    expect(() => buildIndicatorArray({ gmv_90d_fen: Number.NaN })).toThrow(RangeError);
    expect(() => buildIndicatorArray({ gmv_90d_fen: MAX_INDICATOR_VALUE + 1 })).toThrow(RangeError);
    expect(() => buildIndicatorArray({ orders_90: 3 } as never)).toThrow(
      /Unknown indicator: "orders_90"/,
    );
    expect(() => buildIndicatorArray({ toString: 3 } as never)).toThrow(/Unknown indicator/);
  });
});
