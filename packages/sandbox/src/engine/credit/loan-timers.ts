import { addDays, startOfShanghaiDay } from '@xinghui/contract';
import type { Context } from '../core/context.js';
import type { LoanRecord } from '../core/records.js';
import { scheduleTimer } from '../core/timers.js';
import { REMINDER_DAYS } from './loan-balance.js';

/** Notices go out at 09:00 Shanghai time, after the day's debit (see loan-notices.ts). */
const NOTICE_HOUR_SECONDS = 9 * 3_600;

/**
 * Puts a new loan's dates on the partner's clock, for every instalment: a `loan.payment_due`
 * reminder three days before its due date, the due-date debit from the wallet, and the overdue
 * check the day after. The dates never move (a prepayment keeps them), so they are set once.
 */
export function setLoanTimers(ctx: Context, loan: LoanRecord): void {
  for (const { due_date: due } of loan.schedule.installments) {
    scheduleTimer(
      ctx,
      'loan_payment_due',
      loan.id,
      startOfShanghaiDay(addDays(due, -REMINDER_DAYS)),
    );
    scheduleTimer(ctx, 'loan_due', loan.id, startOfShanghaiDay(due));
    scheduleTimer(ctx, 'loan_overdue', loan.id, startOfShanghaiDay(addDays(due, 1)));
    // The SMS notices of loan-notices.ts, at 09:00 of the same days (after the debit).
    const at = (days: number) => startOfShanghaiDay(addDays(due, days)) + NOTICE_HOUR_SECONDS;
    scheduleTimer(ctx, 'notice_payment_reminder', loan.id, at(-REMINDER_DAYS));
    scheduleTimer(ctx, 'notice_payment_due_today', loan.id, at(0));
    scheduleTimer(ctx, 'notice_overdue', loan.id, at(1));
  }
}
