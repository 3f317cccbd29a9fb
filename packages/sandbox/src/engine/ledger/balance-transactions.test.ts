import type { BalanceTransactionType } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../logger.js';
import { MemoryStore } from '../../store/memory-store.js';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import { discardingOutbox } from '../core/outbox.js';
import type { PartnerRecord } from '../core/records.js';
import { listBalanceTransactions, presentBalanceTransaction } from './balance-transactions.js';
import { openAccount, postEntry } from './ledger.js';

const T0 = 1_764_633_600;

function context(partner = 'ptn_bt', store = new MemoryStore()): Context {
  return {
    store,
    partner: { id: partner } as PartnerRecord,
    now: T0,
    request: null,
    afterCommit: [],
    outbox: discardingOutbox,
    log: silentLogger,
  };
}

/** Moves `amount` from `from` to `to` at `at` (a two-line entry). */
function move(
  ctx: Context,
  at: number,
  from: string,
  to: string,
  amount: number,
  type: BalanceTransactionType,
) {
  ctx.now = at;
  return postEntry(ctx, type, [
    { account: from, amount: -amount, type, source: `src_${at}`, description: null },
    { account: to, amount, type, source: `src_${at}`, description: `${type} in` },
  ]);
}

/** A wallet topped up twice and paying once, from T0 on, a minute apart. */
function world() {
  const ctx = context();
  const outside = openAccount(ctx, 'external', null);
  const wallet = openAccount(ctx, 'wallet', 'buy_1');
  const supplier = openAccount(ctx, 'settlement', 'sup_1');
  move(ctx, T0, outside.id, wallet.id, 10_000, 'top_up');
  move(ctx, T0 + 60, wallet.id, supplier.id, 2_500, 'payment');
  move(ctx, T0 + 120, outside.id, wallet.id, 1_000, 'top_up');
  return { ctx, outside, wallet, supplier };
}

describe('presentBalanceTransaction', () => {
  it('shows a posting as it is, without the partner or the journal entry', () => {
    const ctx = context();
    const outside = openAccount(ctx, 'external', null);
    const wallet = openAccount(ctx, 'wallet', 'buy_1');
    const [, credit] = move(ctx, T0, outside.id, wallet.id, 25_800, 'top_up');
    const shown = presentBalanceTransaction(credit!);
    expect(shown).toEqual({
      id: credit!.id,
      object: 'balance_transaction',
      account: wallet.id,
      type: 'top_up',
      amount: { amount: 25_800, currency: wallet.currency },
      balance_after: { amount: 25_800, currency: wallet.currency },
      source: `src_${T0}`,
      description: 'top_up in',
      created: T0,
    });
    expect(Object.keys(shown)).not.toContain('partner');
    expect(Object.keys(shown)).not.toContain('entry');
  });
});

describe('listBalanceTransactions', () => {
  it('lists one account’s movements newest first, each with the balance after it', () => {
    const { ctx, wallet } = world();
    const list = listBalanceTransactions(ctx, { account: wallet.id });
    expect(list.data.map((t) => [t.type, t.amount.amount, t.balance_after.amount])).toEqual([
      ['top_up', 1_000, 8_500],
      ['payment', -2_500, 7_500],
      ['top_up', 10_000, 10_000],
    ]);
    expect(list.has_more).toBe(false);
  });

  it('filters by type and by created, from created_gte up to but not including created_lt', () => {
    const { ctx, wallet } = world();
    const tops = listBalanceTransactions(ctx, { type: 'top_up' });
    // Both sides of each top-up: the external account's debit and the wallet's credit.
    expect(tops.data.map((t) => t.amount.amount)).toEqual([1_000, -1_000, 10_000, -10_000]);
    const window = listBalanceTransactions(ctx, {
      account: wallet.id,
      created_gte: String(T0 + 60),
      created_lt: String(T0 + 120),
    });
    expect(window.data.map((t) => t.created)).toEqual([T0 + 60]);
  });

  it('cuts pages after filtering, and says when there are more', () => {
    const { ctx } = world();
    const page = listBalanceTransactions(ctx, { limit: 2, created_lt: String(T0 + 120) });
    expect(page.data.map((t) => t.created)).toEqual([T0 + 60, T0 + 60]);
    expect(page.has_more).toBe(true);
    const next = listBalanceTransactions(ctx, {
      limit: 2,
      created_lt: String(T0 + 120),
      starting_after: page.data[1]!.id,
    });
    expect(next.data.map((t) => t.created)).toEqual([T0, T0]);
    expect(next.has_more).toBe(false);
  });

  it('refuses an account that is not the partner’s, and shows no other partner’s postings', () => {
    const { ctx, wallet } = world();
    const other = context('ptn_other', ctx.store as MemoryStore);
    expect(listBalanceTransactions(other, {}).data).toEqual([]);
    let code: string | undefined;
    try {
      listBalanceTransactions(other, { account: wallet.id });
    } catch (error) {
      if (error instanceof ApiError) code = error.code;
    }
    expect(code).toBe('resource_missing');
  });
});
