import { MAX_AMOUNT } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../store/memory-store.js';
import { silentLogger } from '../../logger.js';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import { discardingOutbox } from '../core/outbox.js';
import type { AccountRecord, PartnerRecord } from '../core/records.js';
import { getAccount, openAccount, postEntry, verifyLedger, type PostingLine } from './ledger.js';

function context(): Context {
  return {
    store: new MemoryStore(),
    partner: { id: 'ptn_bounds' } as PartnerRecord,
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

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof ApiError ? error.code : String(error);
  }
  return 'no error';
};

describe('money bounds at the ledger', () => {
  it('refuses a second top-up of 10^13 fen: no balance beyond the contract maximum', () => {
    const ctx = context();
    const outside = openAccount(ctx, 'external', null);
    const wallet = openAccount(ctx, 'wallet', 'buy_1');
    postEntry(ctx, 'top-up', [line(outside.id, -MAX_AMOUNT), line(wallet.id, MAX_AMOUNT)]);
    expect(
      code(() =>
        postEntry(ctx, 'top-up', [line(outside.id, -MAX_AMOUNT), line(wallet.id, MAX_AMOUNT)]),
      ),
    ).toBe('balance_limit_exceeded');
    expect(code(() => postEntry(ctx, 'fen', [line(outside.id, -1), line(wallet.id, 1)]))).toBe(
      'balance_limit_exceeded',
    );
  });

  it('refuses one posting beyond the maximum, whatever the balances', () => {
    const ctx = context();
    const outside = openAccount(ctx, 'external', null);
    const loan = openAccount(ctx, 'loan', 'loan_1');
    expect(
      code(() =>
        postEntry(ctx, 'big', [line(outside.id, -MAX_AMOUNT - 1), line(loan.id, MAX_AMOUNT + 1)]),
      ),
    ).toBe('balance_limit_exceeded');
  });

  it('near 2^53 refuses the 1-fen postings a float would lose, and verify-ledger says so', () => {
    const ctx = context();
    const outside = openAccount(ctx, 'external', null);
    const wallet = openAccount(ctx, 'wallet', 'buy_1');
    // The external account has taken in all but 1 fen of what a number holds exactly.
    const near: AccountRecord = { ...getAccount(ctx, outside.id), balance: -(2 ** 53 - 2) };
    ctx.store.update('accounts', near);
    postEntry(ctx, 'fen 1', [line(outside.id, -1), line(wallet.id, 1)]);
    expect(getAccount(ctx, outside.id).balance).toBe(-(2 ** 53 - 1));
    for (const n of [2, 3])
      expect(
        code(() => postEntry(ctx, `fen ${n}`, [line(outside.id, -1), line(wallet.id, 1)])),
      ).toBe('balance_limit_exceeded');
    expect(getAccount(ctx, wallet.id).balance).toBe(1);
    // The tampered balance is not what its postings add up to: the exact check reports it.
    const report = verifyLedger(ctx.store, ctx.partner.id);
    expect(report.ok).toBe(false);
    expect(report.inexact_figures).toEqual([{ kind: 'account', id: outside.id, value: '-1' }]);
  });

  it('proves exactness in BigInt where a Number sum would round and compare equal', () => {
    const ctx = context();
    const outside = openAccount(ctx, 'external', null);
    const wallet = openAccount(ctx, 'wallet', 'buy_1');
    postEntry(ctx, 'top-up', [line(outside.id, -500), line(wallet.id, 500)]);
    expect(verifyLedger(ctx.store, ctx.partner.id)).toMatchObject({
      ok: true,
      inexact_figures: [],
    });
    // A wallet written beyond the bounds (an old row, a bug elsewhere) is caught, not trusted.
    ctx.store.update('accounts', { ...getAccount(ctx, wallet.id), balance: 2 ** 53 + 500 });
    ctx.store.update('accounts', { ...getAccount(ctx, outside.id), balance: -(2 ** 53) - 500 });
    const report = verifyLedger(ctx.store, ctx.partner.id);
    expect(report.ok).toBe(false);
    expect(report.inexact_figures?.map((f) => f.kind)).toEqual(['account', 'account']);
  });
});
