import type { Xinghui } from '@xinghui/sdk/server';
import { SUPPLIER } from './catalogue.js';

/**
 * The two shops a visitor can log in as: one with plenty in its wallet, one with too little
 * for any product, to show how the bank refuses a payment the wallet cannot cover.
 */
export const SHOPS = [
  {
    key: 'beibei',
    business_name: '贝贝母婴生活馆',
    credit_code: '91440300708461136T',
    owner_name: '林晓梅',
    phone: '13800138000',
    hint: '钱包余额充足，可直接付款',
    /** ¥200,000.00 */
    topUp: 20_000_000,
  },
  {
    key: 'xiaoya',
    business_name: '小雅母婴店',
    credit_code: '91330100MA2H3K7P1P',
    owner_name: '周小雅',
    phone: '13700137000',
    hint: '钱包仅 ¥50.00，用来演示余额不足',
    /** ¥50.00: less than the cheapest product. */
    topUp: 5_000,
  },
] as const;

/** A seeded shop: its bank ids beside what the login page shows. */
export interface SeededShop {
  key: string;
  businessName: string;
  ownerName: string;
  /** What the login page says about this shop. */
  hint: string;
  buyerId: string;
  walletId: string;
}

/** The bank ids of everything the demo seeded. */
export interface SeededParties {
  supplierId: string;
  shops: SeededShop[];
}

/**
 * Creates the supplier and the two shops at the bank, with their wallet top-ups, or finds them
 * when an earlier run already did: each is tagged `metadata.demo`, so restarting the demo on
 * the same sandbox database reuses them instead of piling up copies.
 */
export async function seedDemo(xinghui: Xinghui): Promise<SeededParties> {
  let supplier = await findTagged(xinghui.suppliers.list({ limit: 100 }), 'supplier');
  supplier ??= await xinghui.suppliers.create({
    ...SUPPLIER,
    industry: 'mother_baby',
    metadata: { demo: 'supplier' },
  });

  const shops: SeededShop[] = [];
  for (const { key, topUp, hint, ...profile } of SHOPS) {
    let buyer = await findTagged(xinghui.buyers.list({ limit: 100 }), `shop:${key}`);
    if (!buyer) {
      buyer = await xinghui.buyers.create({
        ...profile,
        industry: 'mother_baby',
        metadata: { demo: `shop:${key}` },
      });
      await xinghui.wallets.topUp(buyer.wallet, {
        amount: { amount: topUp, currency: 'CNY' },
        description: 'demo opening balance',
      });
    }
    shops.push({
      key,
      businessName: buyer.business_name,
      ownerName: buyer.owner_name,
      hint,
      buyerId: buyer.id,
      walletId: buyer.wallet,
    });
  }
  return { supplierId: supplier.id, shops };
}

/** The first listed object whose `metadata.demo` is `tag`. */
async function findTagged<T extends { metadata: Record<string, string> }>(
  list: AsyncIterable<T>,
  tag: string,
): Promise<T | undefined> {
  for await (const item of list) if (item.metadata.demo === tag) return item;
  return undefined;
}
