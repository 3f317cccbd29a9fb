import { addDays, startOfShanghaiDay } from '@xinghui/contract';
import type { Context } from '../core/context.js';
import type { LoanRecord } from '../core/records.js';
import { scheduleTimer } from '../core/timers.js';
import { REMINDER_DAYS } from './loan-balance.js';

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
  }
}
