import { describe, expect, it } from 'vitest';
import { PRODUCTS, priceCart } from './catalogue.js';
import { HttpError } from './http-error.js';

describe('priceCart', () => {
  it('prices each line from the catalogue and ignores any price the page sent', () => {
    const { lines, total } = priceCart([
      { product_id: 'diaper-l', quantity: 2, unit_amount: 1, price: 1 },
      { product_id: 'formula-3', quantity: 1, amount: 0 },
    ]);
    expect(lines).toEqual([
      {
        productId: 'diaper-l',
        name: '婴儿纸尿裤 L 码 (箱)',
        quantity: 2,
        unitAmount: 12_900,
        amount: 25_800,
      },
      {
        productId: 'formula-3',
        name: '婴幼儿配方奶粉 3 段 800g (箱)',
        quantity: 1,
        unitAmount: 112_800,
        amount: 112_800,
      },
    ]);
    expect(total).toBe(138_600);
  });

  it('keeps every price a whole number of fen', () => {
    for (const product of PRODUCTS) expect(Number.isSafeInteger(product.price)).toBe(true);
  });

  it.each([
    ['not a list', { product_id: 'diaper-l', quantity: 1 }, 'cart_empty'],
    ['an empty cart', [], 'cart_empty'],
    ['an unknown product', [{ product_id: 'caviar', quantity: 1 }], 'unknown_product'],
    ['a missing line', [null], 'unknown_product'],
    [
      'a product twice',
      [
        { product_id: 'diaper-l', quantity: 1 },
        { product_id: 'diaper-l', quantity: 2 },
      ],
      'duplicate_product',
    ],
    ['zero', [{ product_id: 'diaper-l', quantity: 0 }], 'invalid_quantity'],
    ['a fraction', [{ product_id: 'diaper-l', quantity: 1.5 }], 'invalid_quantity'],
    ['a string', [{ product_id: 'diaper-l', quantity: '2' }], 'invalid_quantity'],
    ['too many', [{ product_id: 'diaper-l', quantity: 1000 }], 'invalid_quantity'],
  ])('refuses %s with a 400', (_, input, code) => {
    let thrown: unknown;
    try {
      priceCart(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HttpError);
    expect(thrown).toMatchObject({ status: 400, code });
  });
});
