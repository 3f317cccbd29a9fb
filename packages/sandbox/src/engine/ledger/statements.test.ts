import { startOfShanghaiDay } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../store/memory-store.js';
import { silentLogger } from '../../logger.js';
import type { Context } from '../core/context.js';
import { discardingOutbox } from '../core/outbox.js';
import type { PartnerRecord } from '../core/records.js';
import { openAccount, postEntry } from './ledger.js';
import { retrieveStatement } from './statements.js';

const DAY = 86_400;
const FIRST = startOfShanghaiDay('2026-11-02');

/** A context on a fresh memory store whose clock reads `now`. */
function context(now: number): Context {
  return {
    store: new MemoryStore(),
    partner: { id: 'ptn_statements' } as PartnerRecord,
    now,
    request: null,
    afterCommit: [],
    outbox: discardingOutbox,
    log: silentLogger,
  };
}

describe('statements', () => {
  it('opens each day at the running balance after the last posting before it', () => {
    const ctx = context(FIRST + 10 * DAY);
    const outside = openAccount(ctx, 'external', null);
    const wallet = openAccount(ctx, 'wallet', 'buy_1');
    const move = (at: number, amount: number) =>
      postEntry({ ...ctx, now: at }, 'move', [
        { account: outside.id, amount: -amount, type: 'top_up', source: null, description: null },
        { account: wallet.id, amount, type: 'top_up', source: null, description: null },
      ]);
    move(FIRST + 100, 500);
    move(FIRST + DAY - 1, 300); // the last second of the first day
    move(FIRST + DAY, 1_000); // the first second of the second
    move(FIRST + DAY + 50, -200);
    move(FIRST + 3 * DAY + 7, 40); // the fourth day; the third has nothing

    const day = (date: string) => retrieveStatement(ctx, wallet.id, { date });
    expect(day('2026-11-01')).toMatchObject({
      opening_balance: { amount: 0 },
      closing_balance: { amount: 0 },
      transactions: [],
    });
    expect(day('2026-11-02')).toMatchObject({
      opening_balance: { amount: 0 },
      total_credits: { amount: 800 },
      closing_balance: { amount: 800 },
    });
    const second = day('2026-11-03');
    expect(second).toMatchObject({
      opening_balance: { amount: 800 },
      total_credits: { amount: 1_000 },
      total_debits: { amount: 200 },
      closing_balance: { amount: 1_600 },
      final: true,
    });
    // Oldest first, each with the balance after it.
    expect(second.transactions.map((t) => t.balance_after.amount)).toEqual([1_800, 1_600]);
    expect(day('2026-11-04')).toMatchObject({
      opening_balance: { amount: 1_600 },
      closing_balance: { amount: 1_600 },
      transactions: [],
    });
    expect(day('2026-11-05')).toMatchObject({
      opening_balance: { amount: 1_600 },
      closing_balance: { amount: 1_640 },
    });
    // The outside account's statement mirrors the wallet's.
    expect(retrieveStatement(ctx, outside.id, { date: '2026-11-03' })).toMatchObject({
      opening_balance: { amount: -800 },
      closing_balance: { amount: -1_600 },
    });
  });
});
