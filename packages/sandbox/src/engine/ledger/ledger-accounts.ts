import type { LedgerAccount, List } from '@xinghui/contract';
import { listPage, type PageParams } from '../core/list-page.js';
import type { Context } from '../core/context.js';
import type { AccountRecord } from '../core/records.js';

/** The partner's ledger accounts with their recorded balances, newest first (sandbox only). */
export function listLedgerAccounts(ctx: Context, params: PageParams): List<LedgerAccount> {
  return listPage<AccountRecord, LedgerAccount>(ctx, 'accounts', {}, params, (account) => ({
    id: account.id,
    object: 'ledger_account',
    kind: account.kind,
    owner: account.owner,
    balance: account.balance,
    currency: account.currency,
    status: account.status,
    created: account.created,
  }));
}
