import {
  creditCodeCheckCharacter,
  type ConsentType,
  type CreateBuyerParams,
  type CreateSupplierParams,
  type Money,
} from '@xinghui/contract';

/**
 * One set of test data for everything that sets up a sandbox world: a mother-and-baby shop, its
 * wholesale supplier, the goods they trade, the two consents a shop gives before applying, and
 * the profile of a pre-approved application. The sandbox's own tests, the credit journey
 * example, the screenshots and the bench all build their shops from this, so a change to what a
 * valid shop is (a field, a checksum) is made once. The credit codes pass the GB 32100 checksum.
 *
 * @example
 * ```ts
 * const shop = await bank.buyers.create(SEED.shop);
 * const supplier = await bank.suppliers.create(SEED.supplier);
 * await bank.checkoutSessions.create({
 *   buyer: shop.id,
 *   supplier: supplier.id,
 *   amount: SEED.item(25_800).unit_amount,
 *   line_items: [SEED.item(25_800)],
 * });
 * ```
 */
export const SEED = {
  /** A downstream shop (a buyer), as `POST /v1/buyers` takes it. */
  shop: {
    business_name: '贝贝母婴生活馆',
    credit_code: '91440300708461136T',
    owner_name: '林晓梅',
    phone: '13800138000',
    industry: 'mother_baby',
  } satisfies CreateBuyerParams,
  /** The shop's wholesale supplier, as `POST /v1/suppliers` takes it. */
  supplier: {
    business_name: '安心母婴用品批发有限公司',
    credit_code: '914403001922038216',
    phone: '13900139000',
    industry: 'mother_baby',
  } satisfies CreateSupplierParams,
  /** The consents a shop gives before it applies for credit, in the order it gives them. */
  consentTypes: ['credit_query', 'data_sharing'] as const satisfies readonly ConsentType[],
  /** A shop's profile that the default rules pre-approve (the limit comes from its trade). */
  preApproval: { months_trading: 36 },
  /** One line of an order: a case of nappies at `amount` fen. */
  item(amount: number): { name: string; quantity: 1; unit_amount: Money } {
    return { name: '婴儿纸尿裤 L 码 (箱)', quantity: 1, unit_amount: { amount, currency: 'CNY' } };
  },
  /**
   * A valid unified social credit code of test shop `n`'s own: a partner has one buyer per code
   * (`credit_code_in_use`), so every shop after the first needs another.
   */
  creditCode(n: number): string {
    const first17 = `9144030070${String(n).padStart(7, '0')}`;
    return first17 + creditCodeCheckCharacter(first17);
  },
} as const;
