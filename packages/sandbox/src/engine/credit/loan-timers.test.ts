import { loanSchedule, startOfShanghaiDay } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../logger.js';
import { MemoryStore } from '../../store/memory-store.js';
import type { Context } from '../core/context.js';
import { discardingOutbox } from '../core/outbox.js';
import type { LoanRecord, PartnerRecord, TimerRecord } from '../core/records.js';
import { setLoanTimers } from './loan-timers.js';

function context(): Context {
  const store = new MemoryStore();
  const partner = { id: 'ptn_timers', next_timer_at: null } as PartnerRecord;
  store.insert('partners', partner);
  return {
    store,
    partner,
    now: startOfShanghaiDay('2026-01-31'),
    request: null,
    afterCommit: [],
    outbox: discardingOutbox,
    log: silentLogger,
  };
}

describe('loan timers', () => {
  it('sets, for each instalment, the reminder 3 days ahead, the due date and the overdue check', () => {
    const ctx = context();
    const schedule = loanSchedule(
      300_000,
      '0.1095',
      { repayment_method: 'equal_principal', length: 3 },
      '2026-01-31',
    );
    // A due date keeps the disbursement's day, clamped to the month's end.
    expect(schedule.installments.map((line) => line.due_date)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    setLoanTimers(ctx, { id: 'loan_1', schedule } as LoanRecord);
    const all = ctx.store
      .find<TimerRecord>('timers', { where: { partner: ctx.partner.id } })
      .map((timer) => [timer.kind, timer.due_at] as const)
      .sort((a, b) => a[1] - b[1]);
    const timers = all.filter(([kind]) => kind.startsWith('loan_'));
    const day = startOfShanghaiDay;
    // The SMS notices (loan-notices.ts) at 09:00 of the reminder, due and overdue days.
    const nine = (date: string) => day(date) + 9 * 3_600;
    expect(all.filter(([kind]) => kind.startsWith('notice_'))).toEqual([
      ['notice_payment_reminder', nine('2026-02-25')],
      ['notice_payment_due_today', nine('2026-02-28')],
      ['notice_overdue', nine('2026-03-01')],
      ['notice_payment_reminder', nine('2026-03-28')],
      ['notice_payment_due_today', nine('2026-03-31')],
      ['notice_overdue', nine('2026-04-01')],
      ['notice_payment_reminder', nine('2026-04-27')],
      ['notice_payment_due_today', nine('2026-04-30')],
      ['notice_overdue', nine('2026-05-01')],
    ]);
    expect(all).toHaveLength(18);
    expect(timers).toEqual([
      ['loan_payment_due', day('2026-02-25')],
      ['loan_due', day('2026-02-28')],
      ['loan_overdue', day('2026-03-01')],
      ['loan_payment_due', day('2026-03-28')],
      ['loan_due', day('2026-03-31')],
      ['loan_overdue', day('2026-04-01')],
      ['loan_payment_due', day('2026-04-27')],
      ['loan_due', day('2026-04-30')],
      ['loan_overdue', day('2026-05-01')],
    ]);
    // The partner's next wake-up is the earliest of them.
    expect(ctx.partner.next_timer_at).toBe(day('2026-02-25'));
  });
});
