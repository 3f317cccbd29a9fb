import { startOfShanghaiDay } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../logger.js';
import { MemoryStore } from '../../store/memory-store.js';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import { discardingOutbox } from '../core/outbox.js';
import type { CodeBudgetRecord, PartnerRecord } from '../core/records.js';
import {
  assertPhoneMayGuess,
  assertPhoneMayReceiveCode,
  budgetRefusal,
  CODE_BUDGETS,
  lockWait,
  phoneBudget,
  saveBudget,
  secondsToNextBankDay,
} from './code-budgets.js';

const HOUR = 3_600;
/** 2026-12-02 00:00 in Asia/Shanghai (16:00 UTC the day before). */
const MIDNIGHT = startOfShanghaiDay('2026-12-02');
const PHONE = '13800138000';

function context(now: number, partner = 'ptn_budgets'): Context {
  return {
    store: new MemoryStore(),
    partner: { id: partner } as PartnerRecord,
    now,
    request: null,
    afterCommit: [],
    outbox: discardingOutbox,
    log: silentLogger,
  };
}

/** What a refusal says, or `undefined` when `run` does not throw. */
function refusal(run: () => void) {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { code: error.code, message: error.message, retryAfter: error.options.retryAfter };
  }
  return undefined;
}

describe('lockWait', () => {
  it('grows with each lock of the day and repeats the last wait', () => {
    const waits = [1, 2, 3, 4, 5, 9].map((locks) => lockWait(CODE_BUDGETS, locks));
    expect(waits).toEqual([300, 1_800, 7_200, 21_600, 21_600, 21_600]);
  });

  it('follows the budgets it is given, and has no wait before any lock', () => {
    const budgets = { ...CODE_BUDGETS, lockWaitsSeconds: [10, 20] };
    expect([1, 2, 3].map((locks) => lockWait(budgets, locks))).toEqual([10, 20, 20]);
    expect(lockWait(budgets, 0)).toBe(0);
    expect(lockWait({ ...CODE_BUDGETS, lockWaitsSeconds: [] }, 3)).toBe(0);
  });
});

describe('secondsToNextBankDay', () => {
  it('counts to the next Asia/Shanghai midnight, not UTC midnight', () => {
    expect(MIDNIGHT).toBe(Date.UTC(2026, 11, 1, 16) / 1000);
    expect(secondsToNextBankDay(MIDNIGHT)).toBe(86_400);
    expect(secondsToNextBankDay(MIDNIGHT + HOUR)).toBe(23 * HOUR);
    // 23:59:59 in Shanghai is 15:59:59 UTC: one second left of the bank day.
    expect(secondsToNextBankDay(MIDNIGHT + 86_399)).toBe(1);
    expect(secondsToNextBankDay(MIDNIGHT + 86_400)).toBe(86_400);
  });
});

describe('budgetRefusal', () => {
  it('is a rate_limited error whose whole-second wait is rounded up, at least 1 s', () => {
    expect(
      refusal(() => {
        throw budgetRefusal('Wait', 59.1);
      }),
    ).toEqual({
      code: 'rate_limited',
      message: 'Wait; try again in 60 s',
      retryAfter: 60,
    });
    expect(
      refusal(() => {
        throw budgetRefusal('Wait', 0);
      })?.retryAfter,
    ).toBe(1);
    expect(
      refusal(() => {
        throw budgetRefusal('Wait', -5);
      })?.retryAfter,
    ).toBe(1);
  });
});

describe('phoneBudget and saveBudget', () => {
  it('starts a phone at zero for the bank day, one row per partner and phone', () => {
    const ctx = context(MIDNIGHT + 10 * HOUR);
    expect(phoneBudget(ctx, PHONE)).toEqual({
      id: `cb_ptn_budgets_${PHONE}`,
      partner: 'ptn_budgets',
      phone: PHONE,
      day: '2026-12-02',
      codes_sent: 0,
      wrong_guesses: 0,
      locks: 0,
      blocked_until: 0,
    });
  });

  it('keeps today’s counts, and on a new bank day resets them but not a pending wait', () => {
    const ctx = context(MIDNIGHT + 23 * HOUR);
    const budget = phoneBudget(ctx, PHONE);
    const blockedUntil = ctx.now + 2 * HOUR;
    saveBudget(ctx, {
      ...budget,
      codes_sent: 4,
      wrong_guesses: 7,
      locks: 2,
      blocked_until: blockedUntil,
    });
    saveBudget(ctx, { ...phoneBudget(ctx, PHONE), codes_sent: 5 }); // an update, not a second row
    expect(ctx.store.find('code_budgets', {})).toHaveLength(1);
    expect(phoneBudget(ctx, PHONE)).toMatchObject({ codes_sent: 5, wrong_guesses: 7, locks: 2 });

    // One hour later it is the next day in Shanghai (still the same day in UTC).
    ctx.now += HOUR;
    expect(phoneBudget(ctx, PHONE)).toMatchObject({
      day: '2026-12-03',
      codes_sent: 0,
      wrong_guesses: 0,
      locks: 0,
      blocked_until: blockedUntil,
    });
    // Another partner's sessions on the same phone have their own budget.
    const other = { ...ctx, partner: { id: 'ptn_other' } as PartnerRecord };
    expect(phoneBudget(other, PHONE)).toMatchObject({
      id: `cb_ptn_other_${PHONE}`,
      blocked_until: 0,
    });
  });
});

describe('assertPhoneMayReceiveCode', () => {
  const fresh = (ctx: Context, changes: Partial<CodeBudgetRecord>) => ({
    ...phoneBudget(ctx, PHONE),
    ...changes,
  });

  it('lets a phone under every budget have a code, and one whose wait has passed', () => {
    const ctx = context(MIDNIGHT + 12 * HOUR);
    expect(
      refusal(() =>
        assertPhoneMayReceiveCode(ctx, fresh(ctx, { codes_sent: 9, wrong_guesses: 19 })),
      ),
    ).toBeUndefined();
    expect(
      refusal(() => assertPhoneMayReceiveCode(ctx, fresh(ctx, { blocked_until: ctx.now }))),
    ).toBeUndefined();
  });

  it('refuses a locked phone until its wait ends', () => {
    const ctx = context(MIDNIGHT + 12 * HOUR);
    expect(
      refusal(() => assertPhoneMayReceiveCode(ctx, fresh(ctx, { blocked_until: ctx.now + 1_800 }))),
    ).toEqual({
      code: 'rate_limited',
      message: 'Too many wrong codes: this phone must wait for a new one; try again in 1800 s',
      retryAfter: 1_800,
    });
  });

  it('refuses a phone that was sent its codes or typed its wrong guesses until the bank day ends', () => {
    const ctx = context(MIDNIGHT + 20 * HOUR);
    expect(refusal(() => assertPhoneMayReceiveCode(ctx, fresh(ctx, { codes_sent: 10 })))).toEqual({
      code: 'rate_limited',
      message: 'This phone was sent 10 codes today; try again in 14400 s',
      retryAfter: 4 * HOUR,
    });
    expect(
      refusal(() => assertPhoneMayReceiveCode(ctx, fresh(ctx, { wrong_guesses: 20 }))),
    ).toMatchObject({
      message: '20 wrong codes were typed for this phone today; try again in 14400 s',
      retryAfter: 4 * HOUR,
    });
  });

  it('gives the longest wait when several apply, so Retry-After is enough', () => {
    const ctx = context(MIDNIGHT + 20 * HOUR);
    // A lock of 30 min and a spent day (4 h left): the day wins.
    expect(
      refusal(() =>
        assertPhoneMayReceiveCode(
          ctx,
          fresh(ctx, { codes_sent: 10, blocked_until: ctx.now + 1_800 }),
        ),
      )?.retryAfter,
    ).toBe(4 * HOUR);
    // A lock of 6 h reaching past midnight: the lock wins.
    expect(
      refusal(() =>
        assertPhoneMayReceiveCode(
          ctx,
          fresh(ctx, { wrong_guesses: 25, blocked_until: ctx.now + 6 * HOUR }),
        ),
      ),
    ).toMatchObject({
      message: expect.stringMatching(/^Too many wrong codes/),
      retryAfter: 6 * HOUR,
    });
  });
});

describe('assertPhoneMayGuess', () => {
  it('checks codes until the day’s wrong guesses are spent, then waits for the next bank day', () => {
    const ctx = context(MIDNIGHT + 22 * HOUR + 30);
    const budget = phoneBudget(ctx, PHONE);
    expect(
      refusal(() => assertPhoneMayGuess(ctx, { ...budget, wrong_guesses: 19, codes_sent: 10 })),
    ).toBeUndefined();
    expect(refusal(() => assertPhoneMayGuess(ctx, { ...budget, wrong_guesses: 20 }))).toEqual({
      code: 'rate_limited',
      message: '20 wrong codes were typed for this phone today; try again in 7170 s',
      retryAfter: 2 * HOUR - 30,
    });
  });
});
