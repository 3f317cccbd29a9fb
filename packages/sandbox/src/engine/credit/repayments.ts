import {
  generateId,
  shanghaiDate,
  type CreateRepaymentParams,
  type Repayment,
  type RepaymentInitiator,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import { getBuyer } from '../trade/buyers.js';
import type { Context } from '../core/context.js';
import { openAccount, postEntry, type PostingLine } from '../ledger/ledger.js';
import { applyPayment, payoff } from './loan-balance.js';
import { getLoan, positionToday, settleLoan } from './loans.js';
import { listPage, type PageParams } from '../core/list-page.js';
import { withoutPartner } from '../core/owned-rows.js';
import type { AccountRecord, LoanRecord, RepaymentRecord } from '../core/records.js';

/** The partner's interest income account, opened the first time a shop pays interest. */
function incomeAccount(ctx: Context): string {
  const [existing] = ctx.store.find<AccountRecord>('accounts', {
    // Owned by no one: the `(kind, owner)` index finds it, not a read of every shop's accounts.
    where: { partner: ctx.partner.id, kind: 'income', owner: null },
    limit: 1,
  });
  return (existing ?? openAccount(ctx, 'income', null)).id;
}

/**
 * Refuses anything towards a loan already repaid, before any code is sent or consumed, in every
 * path (the server, the wallet page, the due-date debit).
 *
 * @throws ApiError `loan_already_repaid` (409)
 */
export function assertOwing(loan: LoanRecord): void {
  if (loan.status === 'repaid') {
    throw new ApiError('loan_already_repaid', 'This loan is already repaid: nothing is owed on it');
  }
}

/**
 * Repays a loan from the shop's wallet, at any time and by any amount up to the payoff. How the
 * money splits is loan-balance.ts's: penalty first, then interest, then principal; what is past
 * due first; a monthly instalment paid from its reminder on counts towards it at its scheduled
 * amount; anything beyond is a prepayment, with interest to date only and never a fee, after
 * which the instalments left are recomputed on the new principal (same number, same dates).
 * Repaid principal restores the line's available credit; paying everything closes the loan
 * (`loan.repaid`). The receipt records who made it (`initiated_by`), which the shop's loan
 * detail shows.
 *
 * @throws ApiError `amount_too_large` above the payoff, `insufficient_balance` when the wallet
 *   holds too little, `loan_already_repaid` (409) for a loan already repaid
 */
export function repayLoan(
  ctx: Context,
  id: string,
  params: CreateRepaymentParams,
  initiatedBy: RepaymentInitiator,
): Repayment {
  const loan = getLoan(ctx, id);
  assertOwing(loan);
  const owed = payoff(positionToday(ctx, loan));
  const amount = params.amount?.amount ?? owed;
  if (amount > owed) {
    throw new ApiError('amount_too_large', `At most ${owed} fen are owed on this loan today`, {
      param: 'amount.amount',
    });
  }
  // The split, worked out before anything moves; settleLoan applies the same one afterwards.
  const { penalty, interest, principal } = applyPayment(
    loan,
    shanghaiDate(ctx.now),
    amount,
  ).settled;
  const buyer = getBuyer(ctx, loan.buyer);
  const repayment: RepaymentRecord = {
    id: generateId('rpy'),
    partner: ctx.partner.id,
    object: 'repayment',
    loan: loan.id,
    amount: { amount, currency: 'CNY' },
    penalty: { amount: penalty, currency: 'CNY' },
    interest: { amount: interest, currency: 'CNY' },
    principal: { amount: principal, currency: 'CNY' },
    principal_outstanding: {
      amount: loan.principal_outstanding.amount - principal,
      currency: 'CNY',
    },
    initiated_by: initiatedBy,
    created: ctx.now,
  };
  const description = `Repayment of loan ${loan.id}`;
  const lines: PostingLine[] = [
    {
      account: buyer.wallet,
      amount: -amount,
      type: 'repayment',
      source: repayment.id,
      description,
    },
  ];
  if (principal > 0) {
    lines.push({
      account: loan.account,
      amount: principal,
      type: 'repayment',
      source: repayment.id,
      description,
    });
  }
  if (penalty + interest > 0) {
    lines.push({
      account: incomeAccount(ctx),
      amount: penalty + interest,
      type: 'repayment',
      source: repayment.id,
      description,
    });
  }
  postEntry(ctx, description, lines, 'The wallet balance is lower than the repayment');
  ctx.store.insert('repayments', repayment);

  settleLoan(ctx, loan, amount);
  return withoutPartner(repayment);
}

/** A loan's repayments, newest first, read through the `repayments` index on `loan`. */
export function listRepayments(ctx: Context, id: string, params: PageParams) {
  getLoan(ctx, id);
  return listPage(ctx, 'repayments', { loan: id }, params, withoutPartner<RepaymentRecord>);
}
