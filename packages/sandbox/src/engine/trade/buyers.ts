import { generateId, type Buyer, type CreateBuyerParams } from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import { openAccount } from '../ledger/ledger.js';
import { listPage, type PageParams } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { BuyerRecord } from '../core/records.js';

/**
 * Creates a buyer (a shop) and opens its wallet account. A credit code names one business, so a
 * partner has at most one buyer per code: credit, consents and the credit record are the
 * business's, and two buyers of one code would each get a line on the same record.
 *
 * @throws ApiError `credit_code_in_use` (409) when another of the partner's buyers has the code
 */
export function createBuyer(ctx: Context, params: CreateBuyerParams): Buyer {
  // Codes are capitals only (the contract's CreditCode), so equal codes are equal strings.
  const [taken] = ctx.store.find<BuyerRecord>('buyers', {
    where: { partner: ctx.partner.id, credit_code: params.credit_code },
    limit: 1,
  });
  if (taken) {
    throw new ApiError(
      'credit_code_in_use',
      `Buyer ${taken.id} already has this unified social credit code`,
      { param: 'credit_code' },
    );
  }
  const id = generateId('buy');
  const wallet = openAccount(ctx, 'wallet', id);
  const buyer: BuyerRecord = {
    id,
    partner: ctx.partner.id,
    object: 'buyer',
    business_name: params.business_name,
    credit_code: params.credit_code,
    owner_name: params.owner_name,
    phone: params.phone,
    industry: params.industry,
    wallet: wallet.id,
    metadata: params.metadata ?? {},
    created: ctx.now,
  };
  ctx.store.insert('buyers', buyer);
  return withoutPartner(buyer);
}

export function getBuyer(ctx: Context, id: string, param?: string): BuyerRecord {
  return getOwned<BuyerRecord>(ctx, 'buyers', id, param);
}

export function retrieveBuyer(ctx: Context, id: string): Buyer {
  return withoutPartner(getBuyer(ctx, id));
}

export function listBuyers(ctx: Context, params: PageParams) {
  return listPage(ctx, 'buyers', {}, params, withoutPartner<BuyerRecord>);
}
