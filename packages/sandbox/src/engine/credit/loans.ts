import {
  addDays,
  dailyRateFromApr,
  daysBetween,
  generateId,
  INTEREST_RULE,
  loanSchedule,
  shanghaiDate,
  type ListLoansParams,
  type Loan,
  type LoanOffers,
  type LoanTerm,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import { recordLoanAgreement } from './consents.js';
import { ownAgreement } from './loan-agreement.js';
import { recordEvent } from '../webhooks/events.js';
import {
  REMINDER_DAYS,
  applyPayment,
  interestOwed,
  pastDueAmount,
  payoff,
  position,
  remaining,
  type Position,
  type Settlement,
} from './loan-balance.js';
import { unfreezeIfCurrent } from './line-status.js';
import { setLoanTimers } from './loan-timers.js';
import type { Context } from '../core/context.js';
import { lineOfBuyer, presentCreditLine } from './credit-lines.js';
import { openAccount, postEntry } from '../ledger/ledger.js';
import { listPage } from '../core/list-page.js';
import { getOwned } from '../core/owned-rows.js';
import type {
  CheckoutSessionRecord,
  CreditLineRecord,
  LoanRecord,
  SupplierRecord,
} from '../core/records.js';

/**
 * What paying a checkout session on credit would cost with each term of the shop's line, by the
 * same schedule code that bills the loan afterwards.
 *
 * @throws ApiError `credit_line_missing` when the shop has no line yet
 */
export function loanOffers(ctx: Context, session: CheckoutSessionRecord): LoanOffers {
  const line = lineOfBuyer(ctx, session.buyer);
  if (!line)
    throw new ApiError('credit_line_missing', 'This shop has no credit line yet: it may apply');
  const today = shanghaiDate(ctx.now);
  const { available, unavailable_reason } = presentCreditLine(line);
  return {
    object: 'list',
    data: line.term_options.map((term) => ({
      object: 'loan_offer',
      repayment_method: term.repayment_method,
      length: term.length,
      apr: line.apr,
      daily_rate: dailyRateFromApr(line.apr),
      interest_rule: INTEREST_RULE,
      schedule: loanSchedule(session.amount.amount, line.apr, term, today),
    })),
    has_more: false,
    // What the line shows: 0 with the reason on a frozen or expired line.
    available,
    unavailable_reason,
  };
}

/**
 * Checks that the shop's line can fund this order with this term, before the code is used.
 *
 * @throws ApiError `credit_line_missing`, `credit_line_frozen`, `credit_line_expired`,
 *   `parameter_invalid` (a term the line does not offer) or `insufficient_credit`
 */
export function assertCreditAvailable(
  ctx: Context,
  session: CheckoutSessionRecord,
  term: LoanTerm,
): CreditLineRecord {
  const line = lineOfBuyer(ctx, session.buyer);
  if (!line)
    throw new ApiError('credit_line_missing', 'This shop has no credit line yet: it may apply');
  if (line.status === 'expired') {
    throw new ApiError(
      'credit_line_expired',
      'The credit line’s validity period has ended: a limit review renews it',
    );
  }
  if (line.status !== 'active') {
    throw new ApiError(
      'credit_line_frozen',
      'The credit line is frozen until every past-due amount is paid',
    );
  }
  if (
    !line.term_options.some(
      (t) => t.repayment_method === term.repayment_method && t.length === term.length,
    )
  ) {
    throw new ApiError('parameter_invalid', 'This line does not offer that term', {
      param: 'term',
    });
  }
  if (line.limit - line.used < session.amount.amount) {
    throw new ApiError(
      'insufficient_credit',
      'The credit available is lower than the amount to pay',
    );
  }
  return line;
}

/**
 * Draws on the shop's line for an order and pays its supplier (受托支付): the line's available
 * credit is reserved, a loan note is opened with its schedule and the loan agreement the shop
 * accepted, and one journal entry moves the money from the loan's account straight to the
 * supplier's settlement account, or into the payment's escrow account when the order is paid
 * in escrow (`escrowAccount`; release pays the supplier later). The shop's wallet never sees
 * loan money. All of it in the caller's transaction: two drawdowns can never together exceed
 * the line. The loan's own agreement (its figures, loan-agreement.ts) is recorded and stored with
 * the loan, in the language the page showed it (`agreementLocale`).
 */
export function drawDown(
  ctx: Context,
  session: CheckoutSessionRecord,
  line: CreditLineRecord,
  term: LoanTerm,
  supplier: SupplierRecord,
  paymentId: string,
  agreementLocale: 'zh-CN' | 'en' = 'zh-CN',
  escrowAccount?: string,
): LoanRecord {
  const amount = session.amount.amount;
  ctx.store.update('credit_lines', { ...line, used: line.used + amount, updated: ctx.now });
  const own = ownAgreement(ctx, session, term, agreementLocale);
  const agreement = recordLoanAgreement(ctx, session.buyer, session.id, own);
  const id = generateId('loan');
  const account = openAccount(ctx, 'loan', id);
  const description = `Loan ${id} paid to ${supplier.business_name}`;
  postEntry(ctx, description, [
    { account: account.id, amount: -amount, type: 'drawdown', source: id, description },
    {
      account: escrowAccount ?? supplier.settlement_account,
      amount,
      type: escrowAccount ? 'escrow_hold' : 'payment',
      source: paymentId,
      description,
    },
  ]);
  const disbursedOn = shanghaiDate(ctx.now);
  const schedule = loanSchedule(amount, line.apr, term, disbursedOn);
  const loan: LoanRecord = {
    id,
    partner: ctx.partner.id,
    object: 'loan',
    buyer: session.buyer,
    supplier: supplier.id,
    credit_line: line.id,
    checkout_session: session.id,
    payment: paymentId,
    status: 'active',
    principal: session.amount,
    principal_outstanding: session.amount,
    apr: line.apr,
    daily_rate: dailyRateFromApr(line.apr),
    disbursed_on: disbursedOn,
    debit_failure_code: null,
    schedule,
    agreement: {
      consent: agreement.id,
      version: agreement.template_version,
      text_sha256: agreement.text_sha256,
    },
    account: account.id,
    paid: Array.from({ length: schedule.installments.length }, () => ({
      principal: 0,
      interest: 0,
    })),
    penalty_from: disbursedOn,
    penalty_carried: 0,
    agreement_text: { locale: agreementLocale, title: own.title, text: own.text },
    created: ctx.now,
  };
  ctx.store.insert('loans', loan);
  setLoanTimers(ctx, loan);
  return loan;
}

/** Where a loan stands today (loan-balance.ts). */
export function positionToday(ctx: Context, loan: LoanRecord): Position {
  return position(loan, shanghaiDate(ctx.now));
}

export function presentLoan(ctx: Context, loan: LoanRecord): Loan {
  const {
    partner: _partner,
    account: _account,
    paid: _paid,
    penalty_from: _from,
    penalty_carried: _penalty,
    agreement_text: _text,
    ...resource
  } = loan;
  const pos = positionToday(ctx, loan);
  const repaid = loan.status === 'repaid';
  const next = repaid
    ? undefined
    : loan.schedule.installments.map((_, index) => remaining(loan, index)).find(owes);
  // What tells one loan from another to the shop: the order it paid and to whom.
  const session = ctx.store.get<CheckoutSessionRecord>('checkout_sessions', loan.checkout_session);
  const supplier = ctx.store.get<SupplierRecord>('suppliers', loan.supplier);
  return {
    ...resource,
    order_reference: session?.description ?? null,
    supplier_name: supplier?.business_name ?? '',
    schedule: {
      ...loan.schedule,
      installments: loan.schedule.installments.map((line, index) => ({
        ...line,
        status: installmentStatus(loan, index, pos.today),
      })),
    },
    // A repaid loan owes nothing; its schedule stays as it was billed, every instalment paid.
    accrued_interest: money(repaid ? 0 : interestOwed(pos)),
    penalty_interest: money(repaid ? 0 : pos.penalty),
    payoff_amount: money(repaid ? 0 : payoff(pos)),
    next_due_date: next ? loan.schedule.installments[next.index]!.due_date : null,
    next_due_amount: money(next ? next.principal + next.interest : 0),
    past_due_amount: money(repaid ? 0 : pastDueAmount(pos, loan)),
    // Rows written before direct debit existed have no code: no debit of theirs failed.
    debit_failure_code: loan.debit_failure_code ?? null,
  };
}

const owes = (r: { principal: number; interest: number }) => r.principal + r.interest > 0;

/** waived (a refund from escrow); paid; overdue after its due date; due from its reminder; upcoming before. */
function installmentStatus(loan: LoanRecord, index: number, today: string) {
  const dueDate = loan.schedule.installments[index]!.due_date;
  if (loan.paid[index]?.waived) return 'waived';
  if (loan.status === 'repaid' || !owes(remaining(loan, index))) return 'paid';
  if (daysBetween(dueDate, today) > 0) return 'overdue';
  return daysBetween(addDays(dueDate, -REMINDER_DAYS), today) >= 0 ? 'due' : 'upcoming';
}

function money(amount: number) {
  return { amount, currency: 'CNY' as const };
}

/**
 * Applies a payment to a loan (loan-balance.ts splits it): the principal it paid comes back to
 * the line as available credit. A loan left owing nothing is repaid (`loan.repaid`); a loan
 * brought current, or repaid, unfreezes the shop's line if it was the last overdue one.
 *
 * @returns what the payment settled
 */
export function settleLoan(
  ctx: Context,
  loan: LoanRecord,
  amount: number,
  principalOnly = false,
  waiveInterest = false,
): Settlement {
  const applied = applyPayment(loan, shanghaiDate(ctx.now), amount, principalOnly, waiveInterest);
  ctx.store.update('loans', applied.loan);
  const line = ctx.store.get<CreditLineRecord>('credit_lines', loan.credit_line)!;
  const principal = applied.settled.principal;
  ctx.store.update('credit_lines', { ...line, used: line.used - principal, updated: ctx.now });
  if (applied.repaid) recordEvent(ctx, 'loan.repaid', presentLoan(ctx, applied.loan));
  if (loan.status === 'overdue' && applied.loan.status !== 'overdue')
    unfreezeIfCurrent(ctx, loan.buyer);
  return applied.settled;
}

/**
 * Pays a loan's principal down by up to `amount` when the goods it bought are refunded; the
 * interest and penalty counted so far stay owed. A refund from escrow (`cancel`) cancels the
 * principal instead: the money never reached the supplier, so the interest to date on that
 * principal is waived too (loan-balance.ts `applyPayment`).
 *
 * @returns the loan's ledger account and how much of the refund it took
 */
export function payDownLoan(
  ctx: Context,
  paymentId: string,
  amount: number,
  cancel = false,
): { account: string; amount: number } {
  const [loan] = ctx.store.find<LoanRecord>('loans', {
    where: { partner: ctx.partner.id, payment: paymentId },
    limit: 1,
  });
  if (!loan) throw new Error(`No loan for the credit payment ${paymentId}`);
  const principal = Math.min(amount, loan.principal_outstanding.amount);
  if (principal > 0) settleLoan(ctx, loan, principal, true, cancel);
  return { account: loan.account, amount: principal };
}

export function getLoan(ctx: Context, id: string): LoanRecord {
  return getOwned<LoanRecord>(ctx, 'loans', id);
}

export function retrieveLoan(ctx: Context, id: string): Loan {
  return presentLoan(ctx, getLoan(ctx, id));
}

export function listLoans(ctx: Context, params: ListLoansParams) {
  const { limit, starting_after, ...filters } = params;
  return listPage(ctx, 'loans', filters, { limit, starting_after }, (loan: LoanRecord) =>
    presentLoan(ctx, loan),
  );
}
