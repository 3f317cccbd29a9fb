import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../store/memory-store.js';
import { silentLogger } from '../../logger.js';
import type { Context } from '../core/context.js';
import { discardingOutbox } from '../core/outbox.js';
import type { AccountRecord, PartnerRecord } from '../core/records.js';
import { getAccount, openAccount, postEntry, verifyLedger, type PostingLine } from './ledger.js';

/** A context on a fresh memory store, outside any transaction (the ledger needs none to test). */
function context(): Context {
  const store = new MemoryStore();
  return {
    store,
    partner: { id: 'ptn_ledger' } as PartnerRecord,
    now: 1_764_633_600,
    request: null,
    afterCommit: [],
    outbox: discardingOutbox,
    log: silentLogger,
  };
}

const line = (account: string, amount: number): PostingLine => ({
  account,
  amount,
  type: 'top_up',
  source: null,
  description: null,
});

describe('ledger', () => {
  it('posts a balanced entry: each account moves by its line, its posting says where it stands', () => {
    const ctx = context();
    const outside = openAccount(ctx, 'external', null);
    const wallet = openAccount(ctx, 'wallet', 'buy_1');
    const postings = postEntry(ctx, 'top-up', [line(outside.id, -25_800), line(wallet.id, 25_800)]);
    expect(getAccount(ctx, wallet.id).balance).toBe(25_800);
    expect(getAccount(ctx, outside.id).balance).toBe(-25_800);
    expect(postings.map((p) => p.balance_after.amount)).toEqual([-25_800, 25_800]);
    expect(verifyLedger(ctx.store, ctx.partner.id)).toMatchObject({
      ok: true,
      accounts_checked: 2,
      entries_checked: 1,
    });
  });

  it('refuses an entry that does not balance, a fraction of a fen, and a lone posting', () => {
    const ctx = context();
    const a = openAccount(ctx, 'external', null);
    const b = openAccount(ctx, 'wallet', 'buy_1');
    expect(() => postEntry(ctx, 'off', [line(a.id, -100), line(b.id, 99)])).toThrow(/balance/);
    expect(() => postEntry(ctx, 'frac', [line(a.id, -0.5), line(b.id, 0.5)])).toThrow(/integers/);
    expect(() => postEntry(ctx, 'one', [line(b.id, 100)])).toThrow(/two postings/);
  });

  it('never lets a wallet go below zero (an external or loan account may)', () => {
    const ctx = context();
    const wallet = openAccount(ctx, 'wallet', 'buy_1');
    const supplier = openAccount(ctx, 'settlement', 'sup_1');
    expect(() =>
      postEntry(ctx, 'overdraw', [line(wallet.id, -1), line(supplier.id, 1)], 'too little'),
    ).toThrow('too little');
  });

  it('finds a balance that its postings do not add up to', () => {
    const ctx = context();
    const outside = openAccount(ctx, 'external', null);
    const wallet = openAccount(ctx, 'wallet', 'buy_1');
    postEntry(ctx, 'top-up', [line(outside.id, -500), line(wallet.id, 500)]);
    const tampered: AccountRecord = { ...getAccount(ctx, wallet.id), balance: 501 };
    ctx.store.update('accounts', tampered);
    const report = verifyLedger(ctx.store, ctx.partner.id);
    expect(report.ok).toBe(false);
    expect(report.balance_mismatches).toHaveLength(1);
  });

  it('finds a posting whose recorded balance after it drifted from the sum up to there', () => {
    const ctx = context();
    const outside = openAccount(ctx, 'external', null);
    const wallet = openAccount(ctx, 'wallet', 'buy_1');
    postEntry(ctx, 'top-up', [line(outside.id, -500), line(wallet.id, 500)]);
    const [, credit] = postEntry(ctx, 'top-up', [line(outside.id, -300), line(wallet.id, 300)]);
    postEntry(ctx, 'top-up', [line(outside.id, -200), line(wallet.id, 200)]);
    // The account balance is right; one running balance a statement would open from is not.
    ctx.store.update('postings', { ...credit!, balance_after: { amount: 700, currency: 'CNY' } });
    const report = verifyLedger(ctx.store, ctx.partner.id);
    expect(report.ok).toBe(false);
    expect(report.balance_mismatches).toEqual([
      { account: wallet.id, recorded: 700, from_postings: 800 },
    ]);
  });
});
