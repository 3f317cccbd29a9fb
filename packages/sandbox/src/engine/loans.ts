import {
  dailyRateFromApr,
  daysBetween,
  generateId,
  interestForDays,
  penaltyInterestForDays,
  loanSchedule,
  shanghaiDate,
  type ListLoansParams,
  type Loan,
  type LoanOffers,
  type LoanTerm,
} from '@xinghui/contract';
import { ApiError } from './api-error.js';
import { recordLoanAgreement } from './consents.js';
import { recordEvent } from './events.js';
import { scheduleLoanServicing, unfreezeIfCurrent } from './loan-servicing.js';
import type { Context } from './context.js';
import { lineOfBuyer, presentCreditLine } from './credit-lines.js';
import { openAccount, postEntry } from './ledger.js';
import { getOwned, listPage } from './pagination.js';
import type {
  CheckoutSessionRecord,
  CreditLineRecord,
  LoanRecord,
  SupplierRecord,
} from './records.js';

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
  return {
    object: 'list',
    data: line.term_options.map((term) => ({
      object: 'loan_offer',
      repayment_method: term.repayment_method,
      length: term.length,
      apr: line.apr,
      daily_rate: dailyRateFromApr(line.apr),
      schedule: loanSchedule(session.amount.amount, line.apr, term, today),
    })),
    has_more: false,
    available: presentCreditLine(line).available,
  };
}

/**
 * Checks that the shop's line can fund this order with this term, before the code is used.
 *
 * @throws ApiError `credit_line_missing`, `credit_line_frozen`, `parameter_invalid` (a term the
 *   line does not offer) or `insufficient_credit`
 */
export function assertCreditAvailable(
  ctx: Context,
  session: CheckoutSessionRecord,
  term: LoanTerm,
): CreditLineRecord {
  const line = lineOfBuyer(ctx, session.buyer);
  if (!line)
    throw new ApiError('credit_line_missing', 'This shop has no credit line yet: it may apply');
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
 * supplier's settlement account. The shop's wallet never sees loan money. All of it in the
 * caller's transaction: two drawdowns can never together exceed the line. The agreement is
 * recorded in the language the page showed it (`agreementLocale`).
 */
export function drawDown(
  ctx: Context,
  session: CheckoutSessionRecord,
  line: CreditLineRecord,
  term: LoanTerm,
  supplier: SupplierRecord,
  paymentId: string,
  agreementLocale: 'zh-CN' | 'en' = 'zh-CN',
): LoanRecord {
  const amount = session.amount.amount;
  ctx.store.update('credit_lines', { ...line, used: line.used + amount, updated: ctx.now });
  const agreement = recordLoanAgreement(ctx, session.buyer, session.id, agreementLocale);
  const id = generateId('loan');
  const account = openAccount(ctx, 'loan', id);
  const description = `Loan ${id} paid to ${supplier.business_name}`;
  postEntry(ctx, description, [
    { account: account.id, amount: -amount, type: 'drawdown', source: id, description },
    {
      account: supplier.settlement_account,
      amount,
      type: 'payment',
      source: paymentId,
      description,
    },
  ]);
  const disbursedOn = shanghaiDate(ctx.now);
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
    schedule: loanSchedule(amount, line.apr, term, disbursedOn),
    agreement: {
      consent: agreement.id,
      version: agreement.template_version,
      text_sha256: agreement.text_sha256,
    },
    account: account.id,
    interest_from: disbursedOn,
    interest_carried: 0,
    penalty_carried: 0,
    created: ctx.now,
  };
  ctx.store.insert('loans', loan);
  scheduleLoanServicing(ctx, loan);
  return loan;
}

/** What a shop owes on a loan today, besides principal. */
export interface Owed {
  interest: number;
  penalty: number;
}

/**
 * Interest and penalty the shop owes on a loan today: what was counted and not yet paid, plus
 * contract interest by the day on the outstanding principal from `interest_from` up to the due
 * date, and from the due date on, penalty interest (APR × 1.5) instead (算头不算尾, rounded once).
 */
export function amountsOwed(ctx: Context, loan: LoanRecord): Owed {
  const today = shanghaiDate(ctx.now);
  const due = loan.schedule.installments.at(-1)!.due_date;
  const principal = loan.principal_outstanding.amount;
  const contractEnd = daysBetween(due, today) > 0 ? due : today;
  const contractDays = Math.max(0, daysBetween(loan.interest_from, contractEnd));
  const penaltyFrom = daysBetween(loan.interest_from, due) > 0 ? due : loan.interest_from;
  const penaltyDays = Math.max(0, daysBetween(penaltyFrom, today));
  return {
    interest: loan.interest_carried + interestForDays(principal, loan.apr, contractDays),
    penalty: loan.penalty_carried + penaltyInterestForDays(principal, loan.apr, penaltyDays),
  };
}

export function presentLoan(ctx: Context, loan: LoanRecord): Loan {
  const {
    partner: _partner,
    account: _account,
    interest_from: _from,
    interest_carried: _carried,
    penalty_carried: _penalty,
    ...resource
  } = loan;
  const { interest, penalty } = amountsOwed(ctx, loan);
  return {
    ...resource,
    accrued_interest: { amount: interest, currency: 'CNY' },
    penalty_interest: { amount: penalty, currency: 'CNY' },
    payoff_amount: {
      amount: loan.principal_outstanding.amount + interest + penalty,
      currency: 'CNY',
    },
  };
}

/** What one payment settled on a loan, in fen. */
export interface Settlement {
  penalty: number;
  interest: number;
  principal: number;
}

/**
 * Applies a payment to a loan: interest and penalty are counted up to today, what the payment
 * did not cover of them is carried, the principal it paid stops accruing and comes back to the
 * line as available credit. A loan left owing nothing is repaid (`loan.repaid`), and the
 * shop's line is unfrozen if that was its last overdue loan.
 */
export function settleLoan(ctx: Context, loan: LoanRecord, paid: Settlement): void {
  const { interest, penalty } = amountsOwed(ctx, loan);
  const outstanding = loan.principal_outstanding.amount - paid.principal;
  const repaid = outstanding === 0 && paid.interest === interest && paid.penalty === penalty;
  const updated: LoanRecord = {
    ...loan,
    status: repaid ? 'repaid' : loan.status,
    principal_outstanding: { amount: outstanding, currency: 'CNY' },
    interest_from: shanghaiDate(ctx.now),
    interest_carried: interest - paid.interest,
    penalty_carried: penalty - paid.penalty,
  };
  ctx.store.update('loans', updated);
  const line = ctx.store.get<CreditLineRecord>('credit_lines', loan.credit_line)!;
  ctx.store.update('credit_lines', { ...line, used: line.used - paid.principal, updated: ctx.now });
  if (repaid) {
    recordEvent(ctx, 'loan.repaid', presentLoan(ctx, updated));
    unfreezeIfCurrent(ctx, loan.buyer);
  }
}

/**
 * Pays a loan's principal down by up to `amount` when the goods it bought are refunded; the
 * interest and penalty counted so far stay owed.
 *
 * @returns the loan's ledger account and how much of the refund it took
 */
export function payDownLoan(
  ctx: Context,
  paymentId: string,
  amount: number,
): { account: string; amount: number } {
  const [loan] = ctx.store.find<LoanRecord>('loans', {
    where: { partner: ctx.partner.id, payment: paymentId },
    limit: 1,
  });
  if (!loan) throw new Error(`No loan for the credit payment ${paymentId}`);
  const principal = Math.min(amount, loan.principal_outstanding.amount);
  settleLoan(ctx, loan, { penalty: 0, interest: 0, principal });
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
