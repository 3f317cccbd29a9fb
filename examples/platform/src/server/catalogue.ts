import { formatMoney, type Money } from '@xinghui/sdk';
import { HttpError } from './http-error.js';

/** One product the supplier sells to shops, priced per wholesale unit in integer fen. */
export interface Product {
  id: string;
  name: string;
  /** What one unit holds, shown under the name. */
  spec: string;
  /** The wholesale unit (箱, 罐, 套…). */
  unit: string;
  /** Groups products on the page; also picks the tile colour. */
  category: 'diapers' | 'feeding' | 'care' | 'clothing';
  /** Price of one unit in fen: 12_900 is ¥129.00. */
  price: number;
}

/** The supplier whose catalogue this platform sells. */
export const SUPPLIER = {
  business_name: '安心母婴用品批发有限公司',
  credit_code: '914403001922038216',
  phone: '13900139000',
} as const;

/**
 * The catalogue and its prices. This list is the only place a price comes from: the checkout
 * prices a cart from here and never from what the page sent.
 */
export const PRODUCTS: readonly Product[] = [
  {
    id: 'diaper-l',
    name: '婴儿纸尿裤 L 码',
    spec: '44 片×4 包/箱',
    unit: '箱',
    category: 'diapers',
    price: 12_900,
  },
  {
    id: 'pull-up-xl',
    name: '婴儿拉拉裤 XL 码',
    spec: '36 片×4 包/箱',
    unit: '箱',
    category: 'diapers',
    price: 13_900,
  },
  {
    id: 'formula-3',
    name: '婴幼儿配方奶粉 3 段 800g',
    spec: '800g×6 罐/箱',
    unit: '箱',
    category: 'feeding',
    price: 112_800,
  },
  {
    id: 'rice-cereal',
    name: '婴儿有机米粉 原味 1 段',
    spec: '250g×12 盒/箱',
    unit: '箱',
    category: 'feeding',
    price: 33_600,
  },
  {
    id: 'glass-bottle',
    name: '宽口径玻璃奶瓶 240ml',
    spec: '10 只/盒',
    unit: '盒',
    category: 'feeding',
    price: 39_000,
  },
  {
    id: 'wipes-80',
    name: '婴儿湿巾 80 抽',
    spec: '80 抽×10 包/提',
    unit: '提',
    category: 'care',
    price: 5_990,
  },
  {
    id: 'wash-2in1',
    name: '婴儿洗发沐浴露二合一 400ml',
    spec: '400ml×12 瓶/箱',
    unit: '箱',
    category: 'care',
    price: 27_600,
  },
  {
    id: 'nappy-cream',
    name: '婴儿护臀膏 30g',
    spec: '30g×20 支/盒',
    unit: '盒',
    category: 'care',
    price: 38_000,
  },
  {
    id: 'nursing-pads',
    name: '一次性防溢乳垫',
    spec: '100 片×12 盒/箱',
    unit: '箱',
    category: 'care',
    price: 31_200,
  },
  {
    id: 'bodysuit-3',
    name: '婴儿纯棉连体衣 3 件装 (59–73 码)',
    spec: '3 件×10 套/包',
    unit: '包',
    category: 'clothing',
    price: 69_000,
  },
];

/** Most units of one product in one order, and most lines: a wholesale order, not a typo. */
export const LIMITS = { quantity: 999, lines: PRODUCTS.length } as const;

/** One priced line of an order. */
export interface OrderLine {
  productId: string;
  name: string;
  quantity: number;
  unitAmount: number;
  amount: number;
}

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

/** The catalogue as the page sees it, with each price already formatted. */
export function presentCatalogue() {
  return {
    supplier: { name: SUPPLIER.business_name },
    products: PRODUCTS.map((product) => ({
      ...product,
      price: cny(product.price),
      priceText: formatMoney(cny(product.price)),
    })),
  };
}

/**
 * Prices a cart from the catalogue. The page sends only product ids and quantities; anything
 * else it sends (a price, a total) is ignored, so a shop cannot set its own price.
 *
 * @throws {@link HttpError} 400 for an empty cart, an unknown product, a repeated product or a
 *   quantity that is not a whole number from 1 to 999
 */
export function priceCart(input: unknown): { lines: OrderLine[]; total: number } {
  if (!Array.isArray(input) || input.length === 0) {
    throw new HttpError(400, 'cart_empty', 'lines must be a non-empty list of products');
  }
  if (input.length > LIMITS.lines) {
    throw new HttpError(400, 'cart_too_large', `at most ${LIMITS.lines} lines per order`);
  }
  const seen = new Set<string>();
  const lines = input.map((line: unknown, index): OrderLine => {
    const { product_id: productId, quantity } = (line ?? {}) as Record<string, unknown>;
    const product = PRODUCTS.find((p) => p.id === productId);
    if (!product) {
      throw new HttpError(
        400,
        'unknown_product',
        `lines[${index}].product_id is not in the catalogue`,
      );
    }
    if (seen.has(product.id)) {
      throw new HttpError(400, 'duplicate_product', `lines[${index}]: ${product.id} appears twice`);
    }
    seen.add(product.id);
    if (
      !Number.isInteger(quantity) ||
      (quantity as number) < 1 ||
      (quantity as number) > LIMITS.quantity
    ) {
      throw new HttpError(
        400,
        'invalid_quantity',
        `lines[${index}].quantity must be a whole number from 1 to ${LIMITS.quantity}`,
      );
    }
    const count = quantity as number;
    return {
      productId: product.id,
      name: `${product.name} (${product.unit})`,
      quantity: count,
      unitAmount: product.price,
      amount: product.price * count,
    };
  });
  return { lines, total: lines.reduce((sum, line) => sum + line.amount, 0) };
}
