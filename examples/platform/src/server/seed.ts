import type { Xinghui } from '@xinghui/sdk/server';
import { SUPPLIER } from './catalogue.js';

/**
 * The shops a visitor can log in as: one with plenty in its wallet and a pre-approved credit
 * line, one with too little for any product (the bank refuses the wallet payment; credit is the
 * way out), and a new one with no line yet, which enrols for credit at the checkout.
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
    /** Enrolled for credit before the demo starts: its checkout shows loan offers at once. */
    preApproved: true,
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
    preApproved: false,
  },
  {
    key: 'lele',
    business_name: '乐乐宝贝母婴店',
    credit_code: '91330200MA2KL8Q4XR',
    owner_name: '陈乐',
    phone: '13600136000',
    hint: '还没有星辉贷额度：结账时一键开通，先采购后付款',
    /** ¥3,000.00 */
    topUp: 300_000,
    preApproved: false,
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
  for (const { key, topUp, hint, preApproved, ...profile } of SHOPS) {
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
    // Also on a restart over a database from before the demo had credit.
    if (preApproved) await enrolForCredit(xinghui, buyer.id);
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

/**
 * What a platform does when a shop owner enrolled in its own screens: record the two consents
 * they gave (the bank's current texts) and apply. The bank decides at once. Nothing to do when
 * the shop already has a line.
 */
async function enrolForCredit(xinghui: Xinghui, buyer: string): Promise<void> {
  const { data: lines } = await xinghui.creditLines.list({ buyer, limit: 1 });
  if (lines.length > 0) return;
  for (const type of ['credit_query', 'data_sharing'] as const) {
    const { version } = await xinghui.consents.retrieveTemplate(type);
    await xinghui.consents.create({ buyer, type, template_version: version, locale: 'zh-CN' });
  }
  await xinghui.creditApplications.create({ buyer, months_trading: 36 });
}

/** The first listed object whose `metadata.demo` is `tag`. */
async function findTagged<T extends { metadata: Record<string, string> }>(
  list: AsyncIterable<T>,
  tag: string,
): Promise<T | undefined> {
  for await (const item of list) if (item.metadata.demo === tag) return item;
  return undefined;
}
