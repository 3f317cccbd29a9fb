/*
 * What the clock does to a loan (the handlers of its timers): the reminder, the due-date debit
 * (under a direct-debit authorisation only) and the overdue mark. Top of the credit layers: loans <- repayments <- loan-servicing.
 */
import { addDays, shanghaiDate, type DebitFailureCode } from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { recordEvent } from '../webhooks/events.js';
import { getAccount } from '../ledger/ledger.js';
import { REMINDER_DAYS, amountDue, remaining } from './loan-balance.js';
import { setLineStatus } from './line-status.js';
import { getLoan, positionToday, presentLoan } from './loans.js';
import type { BuyerRecord, LoanRecord } from '../core/records.js';
import { repayLoan } from './repayments.js';
import { activeConsent } from './consents.js';

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
 * On a due date, only under the shop's direct-debit authorisation (代扣授权, consent
 * `direct_debit`): the bank debits the shop's wallet for everything due (this instalment and any
 * past-due amount) when the balance allows, as a repayment with its receipt. Otherwise nothing is
 * taken and `repayment.failed` says why in the loan's `debit_failure_code`:
 * `no_direct_debit_authorisation` (the reminder has gone out; the shop repays by itself) or
 * `insufficient_balance` (all or nothing). The instalment goes overdue the next day unless the
 * shop pays first. Paid early, an instalment needs nothing more.
 */
export function collectOnDueDate(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  if (!openInstallment(ctx, loan, 0)) return;
  const due = amountDue(positionToday(ctx, loan), loan);
  const buyer = ctx.store.get<BuyerRecord>('buyers', loan.buyer)!;
  const failure: DebitFailureCode | null = !activeConsent(ctx, loan.buyer, 'direct_debit')
    ? 'no_direct_debit_authorisation'
    : getAccount(ctx, buyer.wallet).balance < due
      ? 'insufficient_balance'
      : null;
  const marked: LoanRecord = { ...loan, debit_failure_code: failure };
  ctx.store.update('loans', marked);
  if (failure === null)
    repayLoan(ctx, loan.id, { amount: { amount: due, currency: 'CNY' } }, 'direct_debit');
  else recordEvent(ctx, 'repayment.failed', presentLoan(ctx, marked));
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
