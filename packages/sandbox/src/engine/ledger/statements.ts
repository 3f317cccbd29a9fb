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
 * An account's statement for one Asia/Shanghai day: the opening balance is the running balance
 * after the account's last posting before the day (each posting records it, in the transaction
 * that moved the balance), the closing one adds the day's postings. Two index searches, however
 * long the account's history. A day still running on the partner's clock is not `final`.
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
  const where = { partner: ctx.partner.id, account: account.id };
  const [before] = ctx.store.find<PostingRecord>('postings', {
    where,
    range: { field: 'created', lt: start },
    limit: 1,
  });
  const opening = before ? before.balance_after.amount : 0;
  const day = ctx.store.find<PostingRecord>('postings', {
    where,
    range: { field: 'created', gte: start, lt: end },
    oldestFirst: true,
  });
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
