import { describe, expect, it } from 'vitest';
import { ListParams, MAX_PAGE_SIZE, listOf } from './list.js';
import { Money } from './money.js';
import { z } from './zod.js';

describe('listOf', () => {
  const MoneyList = listOf(Money);
  const page = {
    object: 'list',
    data: [
      { amount: 1, currency: 'CNY' },
      { amount: 2, currency: 'CNY' },
    ],
    has_more: true,
  };

  it('parses a page of items with the item schema', () => {
    expect(MoneyList.parse(page)).toEqual(page);
    expect(MoneyList.parse({ object: 'list', data: [], has_more: false })).toEqual({
      object: 'list',
      data: [],
      has_more: false,
    });
  });

  it('strips unknown fields of the envelope and of each item', () => {
    const parsed = MoneyList.parse({
      ...page,
      url: '/v1/payments',
      data: [{ amount: 1, currency: 'CNY', extra: 'x' }],
    });
    expect(parsed).toEqual({
      object: 'list',
      data: [{ amount: 1, currency: 'CNY' }],
      has_more: true,
    });
  });

  it('rejects an invalid item, pointing at it', () => {
    const result = MoneyList.safeParse({
      ...page,
      data: [page.data[0], { amount: 1.5, currency: 'CNY' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['data', 1, 'amount']);
  });

  it.each([
    ['another object', { object: 'buyer' }],
    ['no has_more', { has_more: undefined }],
    ['a string has_more', { has_more: 'false' }],
    ['data that is not an array', { data: { 0: page.data[0] } }],
  ])('rejects a page with %s', (_, change) => {
    expect(MoneyList.safeParse({ ...page, ...change }).success).toBe(false);
  });

  it('works with any item schema', () => {
    const Names = listOf(z.string());
    expect(Names.parse({ object: 'list', data: ['a'], has_more: false }).data).toEqual(['a']);
    expect(Names.safeParse({ object: 'list', data: [1], has_more: false }).success).toBe(false);
  });
});

describe('ListParams', () => {
  it('accepts no parameters, and limits from 1 to MAX_PAGE_SIZE', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(ListParams.parse({})).toEqual({});
    expect(ListParams.parse({ limit: 1, starting_after: 'pay_12345678' })).toEqual({
      limit: 1,
      starting_after: 'pay_12345678',
    });
    expect(ListParams.parse({ limit: MAX_PAGE_SIZE })).toEqual({ limit: 100 });
  });

  it.each([0, 101, 10.5, '10'])('rejects limit %j', (limit) => {
    expect(ListParams.safeParse({ limit }).success).toBe(false);
  });

  it('rejects an empty cursor', () => {
    expect(ListParams.safeParse({ starting_after: '' }).success).toBe(false);
  });
});
