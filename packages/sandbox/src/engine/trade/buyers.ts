import { generateId, type Buyer, type CreateBuyerParams } from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { openAccount } from '../ledger/ledger.js';
import { listPage, type PageParams } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { BuyerRecord } from '../core/records.js';

/** Creates a buyer (a shop) and opens its wallet account. */
export function createBuyer(ctx: Context, params: CreateBuyerParams): Buyer {
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
