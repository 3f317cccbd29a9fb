import { addDays, shanghaiDate, startOfShanghaiDay } from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { lineOfBuyer, presentCreditLine } from './credit-lines.js';
import { recordEvent } from '../webhooks/events.js';
import { getAccount } from '../ledger/ledger.js';
import { REMINDER_DAYS, amountDue, remaining } from './loan-balance.js';
import { getLoan, positionToday, presentLoan } from './loans.js';
import type { BuyerRecord, CreditLineRecord, LoanRecord } from '../core/records.js';
import { repayLoan } from './repayments.js';
import { scheduleTimer } from '../core/timers.js';

/**
 * Puts a new loan's dates on the partner's clock, for every instalment: a `loan.payment_due`
 * reminder three days before its due date, the due-date debit from the wallet, and the overdue
 * check the day after. The dates never move (a prepayment keeps them), so they are set once.
 */
export function scheduleLoanServicing(ctx: Context, loan: LoanRecord): void {
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

/** The instalment of `loan` due `days` days from today, if it still needs paying. */
function openInstallment(ctx: Context, loan: LoanRecord, days: number) {
  if (loan.status === 'repaid') return undefined;
  const date = addDays(shanghaiDate(ctx.now), days);
  const index = loan.schedule.installments.findIndex((line) => line.due_date === date);
  if (index < 0) return undefined;
  const left = remaining(loan, index);
  return left.principal + left.interest > 0 ? left : undefined;
}

/** Three days before a due date: tells the platform, so it can remind the shop. */
export function remindPaymentDue(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  if (openInstallment(ctx, loan, REMINDER_DAYS))
    recordEvent(ctx, 'loan.payment_due', presentLoan(ctx, loan));
}

/**
 * On a due date: the bank debits the shop's wallet for everything due (this instalment and any
 * past-due amount) when the balance allows, as a repayment with its receipt; otherwise
 * `repayment.failed`, and the instalment goes overdue the next day unless the shop pays first.
 * Paid early, an instalment needs nothing more.
 */
export function collectOnDueDate(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  if (!openInstallment(ctx, loan, 0)) return;
  const due = amountDue(positionToday(ctx, loan), loan);
  const buyer = ctx.store.get<BuyerRecord>('buyers', loan.buyer)!;
  if (getAccount(ctx, buyer.wallet).balance >= due)
    repayLoan(ctx, loan.id, { amount: { amount: due, currency: 'CNY' } });
  else recordEvent(ctx, 'repayment.failed', presentLoan(ctx, loan));
}

/**
 * The day after a missed due date: the loan is overdue (penalty interest runs on the
 * instalment's unpaid principal from the due date), and the shop's line is frozen for new
 * drawdowns until every past-due amount is paid.
 */
export function markOverdue(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  if (!openInstallment(ctx, loan, -1)) return;
  const overdue: LoanRecord = { ...loan, status: 'overdue' };
  ctx.store.update('loans', overdue);
  recordEvent(ctx, 'loan.overdue', presentLoan(ctx, overdue));
  setLineStatus(ctx, loan.buyer, 'frozen');
}

/** After a repayment: a shop with no overdue loan left gets its line back. */
export function unfreezeIfCurrent(ctx: Context, buyer: string): void {
  const overdue = ctx.store.find<LoanRecord>('loans', {
    where: { partner: ctx.partner.id, buyer, status: 'overdue' },
    limit: 1,
  });
  if (overdue.length === 0) setLineStatus(ctx, buyer, 'active');
}

function setLineStatus(ctx: Context, buyer: string, status: 'active' | 'frozen'): void {
  const line = lineOfBuyer(ctx, buyer);
  if (!line || line.status === status) return;
  const updated: CreditLineRecord = { ...line, status, updated: ctx.now };
  ctx.store.update('credit_lines', updated);
  recordEvent(ctx, 'credit_line.updated', presentCreditLine(updated));
}
