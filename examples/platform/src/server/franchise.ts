import type { PreApprovalNominee } from '@xinghui/sdk/server';
import type { Xinghui } from '@xinghui/sdk/server';
import type { SeededParties } from './seed.js';

/**
 * The wholesaler's franchise shops (加盟门店), the seed story's seven: the two demo shops a
 * visitor can log in as that have no credit line yet (小雅, 乐乐), and five more that only
 * exist at the bank. Each with what the platform's order records say of its trade.
 */
const OTHER_FRANCHISE_SHOPS = [
  { key: 'jinniu', business_name: '唯呢熊金牛加盟店', credit_code: '91510106MA6CKQ1J7T' },
  { key: 'wuhou', business_name: '唯呢熊武侯加盟店', credit_code: '91510107MA62M5N432' },
  { key: 'chenghua', business_name: '唯呢熊成华加盟店', credit_code: '91510108MA6DGW5Y0D' },
  { key: 'qingyang', business_name: '唯呢熊青羊加盟店', credit_code: '91510105MA6CY9QR4M' },
  { key: 'jinjiang', business_name: '唯呢熊锦江加盟店', credit_code: '91510104MA61XGNE9E' },
] as const;

/** The login shops that are franchise shops too. */
const FRANCHISE_LOGIN_SHOPS = ['xiaoya', 'lele'] as const;

/** What the platform's order book says of a franchise shop: a year of steady orders. */
const TRADE_HISTORY = {
  active_months_12m: 12,
  orders_90d: 36,
  days_since_last_order: 3,
  gmv_90d: { amount: 16_000_000, currency: 'CNY' },
  gmv_12m: { amount: 60_000_000, currency: 'CNY' },
  returns_12m: { amount: 300_000, currency: 'CNY' },
} as const;

/** One franchise shop: its name for the supplier's page and the nomination the bank gets. */
export interface FranchiseShop {
  businessName: string;
  nominee: PreApprovalNominee;
}

/**
 * The seven franchise shops, creating at the bank (once, tagged `metadata.demo`) those that
 * only the supplier's page shows.
 */
export async function franchiseShops(
  xinghui: Xinghui,
  parties: SeededParties,
): Promise<FranchiseShop[]> {
  const found = new Map<string, { id: string; business_name: string }>();
  for await (const buyer of xinghui.buyers.list({ limit: 100 })) {
    if (buyer.metadata.demo?.startsWith('franchise:')) found.set(buyer.metadata.demo, buyer);
  }
  const shops: FranchiseShop[] = [];
  for (const key of FRANCHISE_LOGIN_SHOPS) {
    const shop = parties.shops.find((s) => s.key === key)!;
    shops.push({ businessName: shop.businessName, nominee: nominee(shop.buyerId) });
  }
  for (const [index, { key, ...profile }] of OTHER_FRANCHISE_SHOPS.entries()) {
    const buyer =
      found.get(`franchise:${key}`) ??
      (await xinghui.buyers.create({
        ...profile,
        owner_name: '唯呢熊加盟店主',
        phone: `1398000000${index}`,
        industry: 'mother_baby',
        metadata: { demo: `franchise:${key}` },
      }));
    shops.push({ businessName: buyer.business_name, nominee: nominee(buyer.id) });
  }
  return shops;
}

function nominee(buyer: string): PreApprovalNominee {
  return { buyer, months_trading: 36, trade_history: TRADE_HISTORY };
}
