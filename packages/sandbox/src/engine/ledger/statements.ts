import {
  shanghaiDate,
  startOfShanghaiDay,
  type Statement,
  type StatementQuery,
} from '@xinghui/contract';
import { presentBalanceTransaction } from './balance-transactions.js';
import type { Context } from '../core/context.js';
import { getOwned } from '../core/owned-rows.js';
import type { AccountRecord, PostingRecord } from '../core/records.js';

const DAY_SECONDS = 86_400;

/**
 * An account's statement for one Asia/Shanghai day, summed from the ledger's postings: the
 * opening balance is every movement before the day, the closing one adds the day's. A day still
 * running on the partner's clock is not `final`.
 *
 * @throws ApiError `resource_missing` for an account that is not the partner's
 */
export function retrieveStatement(
  ctx: Context,
  accountId: string,
  query: StatementQuery,
): Statement {
  const account = getOwned<AccountRecord>(ctx, 'accounts', accountId);
  const start = startOfShanghaiDay(query.date);
  const end = start + DAY_SECONDS;
  const postings = ctx.store.find<PostingRecord>('postings', {
    where: { partner: ctx.partner.id, account: account.id },
  });
  let opening = 0;
  const day: PostingRecord[] = [];
  for (const posting of postings) {
    if (posting.created < start) opening += posting.amount.amount;
    else if (posting.created < end) day.push(posting);
  }
  // The store lists newest first; a statement reads oldest first.
  day.reverse();
  const credits = day.filter((p) => p.amount.amount > 0).reduce((s, p) => s + p.amount.amount, 0);
  const debits = day.filter((p) => p.amount.amount < 0).reduce((s, p) => s - p.amount.amount, 0);
  const money = (amount: number) => ({ amount, currency: account.currency });
  return {
    object: 'statement',
    account: account.id,
    date: shanghaiDate(start),
    opening_balance: money(opening),
    closing_balance: money(opening + credits - debits),
    total_credits: money(credits),
    total_debits: money(debits),
    final: ctx.now >= end,
    transactions: day.map(presentBalanceTransaction),
  };
}
