import type { Balance } from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { openAccount } from './ledger.js';
import type { AccountRecord } from '../core/records.js';

/**
 * The partner's own settlement account, where its commission (分账) arrives; opened the first
 * time it is needed, so partners created before split settlement have one too.
 */
export function partnerAccount(ctx: Context): AccountRecord {
  const [existing] = ctx.store.find<AccountRecord>('accounts', {
    where: { partner: ctx.partner.id, kind: 'settlement', owner: ctx.partner.id },
    limit: 1,
  });
  return existing ?? openAccount(ctx, 'settlement', ctx.partner.id);
}

export function retrieveBalance(ctx: Context): Balance {
  const account = partnerAccount(ctx);
  return {
    object: 'balance',
    account: account.id,
    available: { amount: account.balance, currency: account.currency },
  };
}
