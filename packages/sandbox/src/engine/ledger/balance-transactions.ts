import type { BalanceTransaction, ListBalanceTransactionsParams } from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { listPage } from '../core/list-page.js';
import { getOwned } from '../core/owned-rows.js';
import type { AccountRecord, PostingRecord } from '../core/records.js';

/**
 * Balance transactions are the ledger's postings as they are: one per movement on an account,
 * with its amount, the balance after it and its source. There is no second record to drift.
 */
export function presentBalanceTransaction(posting: PostingRecord): BalanceTransaction {
  return {
    id: posting.id,
    object: 'balance_transaction',
    account: posting.account,
    type: posting.type,
    amount: posting.amount,
    balance_after: posting.balance_after,
    source: posting.source,
    description: posting.description,
    created: posting.created,
  };
}

/**
 * Lists movements on the partner's accounts, newest first, by account, type and `created`.
 *
 * @throws ApiError `resource_missing` for an account that is not the partner's
 */
export function listBalanceTransactions(ctx: Context, params: ListBalanceTransactionsParams) {
  const { limit, starting_after, account, type, created_gte, created_lt } = params;
  if (account) getOwned<AccountRecord>(ctx, 'accounts', account, 'account');
  const range = {
    field: 'created',
    ...(created_gte === undefined ? {} : { gte: Number(created_gte) }),
    ...(created_lt === undefined ? {} : { lt: Number(created_lt) }),
  };
  const ranged = created_gte !== undefined || created_lt !== undefined;
  return listPage(
    ctx,
    'postings',
    { ...(account ? { account } : {}), ...(type ? { type } : {}) },
    { limit, starting_after },
    presentBalanceTransaction,
    ranged ? range : undefined,
  );
}
