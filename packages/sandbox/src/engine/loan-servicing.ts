import { addDays, startOfShanghaiDay } from '@xinghui/contract';
import type { Context } from './context.js';
import { lineOfBuyer, presentCreditLine } from './credit-lines.js';
import { recordEvent } from './events.js';
import { getAccount } from './ledger.js';
import { amountsOwed, getLoan, presentLoan } from './loans.js';
import type { BuyerRecord, CreditLineRecord, LoanRecord } from './records.js';
import { repayLoan } from './repayments.js';
import { scheduleTimer } from './schedule.js';

/** Reminders go out this many days before a due date. */
const REMINDER_DAYS = 3;

/**
 * Puts a new loan's dates on the partner's clock: a `loan.payment_due` reminder three days
 * before each due date and, for a pay-any-time loan, the due-date debit from the wallet and the
 * overdue check the day after. (Instalment loans get their due-date billing next.)
 */
export function scheduleLoanServicing(ctx: Context, loan: LoanRecord): void {
  for (const installment of loan.schedule.installments) {
    scheduleTimer(
      ctx,
      'loan_payment_due',
      loan.id,
      startOfShanghaiDay(addDays(installment.due_date, -REMINDER_DAYS)),
    );
  }
  if (loan.schedule.repayment_method !== 'pay_anytime') return;
  const due = loan.schedule.installments.at(-1)!.due_date;
  scheduleTimer(ctx, 'loan_due', loan.id, startOfShanghaiDay(due));
  scheduleTimer(ctx, 'loan_overdue', loan.id, startOfShanghaiDay(addDays(due, 1)));
}

/** Three days before a due date: tells the platform, so it can remind the shop. */
export function remindPaymentDue(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  if (loan.status !== 'repaid') recordEvent(ctx, 'loan.payment_due', presentLoan(ctx, loan));
}

/**
 * On the due date: repays the loan from the shop's wallet when the balance allows; otherwise
 * `repayment.failed`, and the loan goes overdue the next day unless the shop pays first.
 */
export function collectOnDueDate(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  if (loan.status === 'repaid') return;
  const { interest, penalty } = amountsOwed(ctx, loan);
  const owed = loan.principal_outstanding.amount + interest + penalty;
  const buyer = ctx.store.get<BuyerRecord>('buyers', loan.buyer)!;
  if (getAccount(ctx, buyer.wallet).balance >= owed) repayLoan(ctx, loan.id, {});
  else recordEvent(ctx, 'repayment.failed', presentLoan(ctx, loan));
}

/**
 * The day after a missed due date: the loan is overdue (penalty interest runs from the due
 * date), and the shop's line is frozen for new drawdowns until every past-due amount is paid.
 */
export function markOverdue(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  if (loan.status === 'repaid') return;
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
