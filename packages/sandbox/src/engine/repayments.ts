import { generateId, type CreateRepaymentParams, type Repayment } from '@xinghui/contract';
import { ApiError } from './api-error.js';
import { getBuyer } from './buyers.js';
import type { Context } from './context.js';
import { openAccount, postEntry, type PostingLine } from './ledger.js';
import { amountsOwed, getLoan, settleLoan } from './loans.js';
import { listPage, withoutPartner, type PageParams } from './pagination.js';
import type { AccountRecord, RepaymentRecord } from './records.js';

/** The partner's interest income account, opened the first time a shop pays interest. */
function incomeAccount(ctx: Context): string {
  const [existing] = ctx.store.find<AccountRecord>('accounts', {
    where: { partner: ctx.partner.id, kind: 'income' },
    limit: 1,
  });
  return (existing ?? openAccount(ctx, 'income', null)).id;
}

/**
 * Repays a loan from the shop's wallet, at any time and by any amount up to the payoff: the
 * money pays penalty interest first, then interest, then principal. Interest is owed to the day (算头不算尾) and never a fee, so early
 * repayment costs interest to date only. Repaid principal restores the line's available credit;
 * paying everything closes the loan (`loan.repaid`).
 *
 * @throws ApiError `amount_too_large` above the payoff, `insufficient_balance` when the wallet
 *   holds too little, `parameter_invalid` for a loan already repaid or a partial prepayment of
 *   an instalment loan (not available yet)
 */
export function repayLoan(ctx: Context, id: string, params: CreateRepaymentParams): Repayment {
  const loan = getLoan(ctx, id);
  if (loan.status === 'repaid') {
    throw new ApiError('parameter_invalid', 'This loan is already repaid', { param: 'id' });
  }
  const { interest, penalty } = amountsOwed(ctx, loan);
  const payoff = loan.principal_outstanding.amount + interest + penalty;
  const amount = params.amount?.amount ?? payoff;
  if (amount > payoff) {
    throw new ApiError('amount_too_large', `At most ${payoff} fen are owed on this loan today`, {
      param: 'amount.amount',
    });
  }
  if (amount < payoff && loan.schedule.repayment_method !== 'pay_anytime') {
    // Recomputing the remaining instalments after a partial prepayment comes with due-date billing.
    throw new ApiError(
      'parameter_invalid',
      'Instalment loans can be repaid early in full only, for now',
      {
        param: 'amount',
      },
    );
  }
  // Penalty first, then interest, then principal.
  const penaltyPaid = Math.min(amount, penalty);
  const interestPaid = Math.min(amount - penaltyPaid, interest);
  const principalPaid = amount - penaltyPaid - interestPaid;
  const outstanding = loan.principal_outstanding.amount - principalPaid;

  const buyer = getBuyer(ctx, loan.buyer);
  const repayment: RepaymentRecord = {
    id: generateId('rpy'),
    partner: ctx.partner.id,
    object: 'repayment',
    loan: loan.id,
    amount: { amount, currency: 'CNY' },
    penalty: { amount: penaltyPaid, currency: 'CNY' },
    interest: { amount: interestPaid, currency: 'CNY' },
    principal: { amount: principalPaid, currency: 'CNY' },
    principal_outstanding: { amount: outstanding, currency: 'CNY' },
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
  if (principalPaid > 0) {
    lines.push({
      account: loan.account,
      amount: principalPaid,
      type: 'repayment',
      source: repayment.id,
      description,
    });
  }
  if (penaltyPaid + interestPaid > 0) {
    lines.push({
      account: incomeAccount(ctx),
      amount: penaltyPaid + interestPaid,
      type: 'repayment',
      source: repayment.id,
      description,
    });
  }
  postEntry(ctx, description, lines, 'The wallet balance is lower than the repayment');
  ctx.store.insert('repayments', repayment);

  settleLoan(ctx, loan, { penalty: penaltyPaid, interest: interestPaid, principal: principalPaid });
  return withoutPartner(repayment);
}

export function listRepayments(ctx: Context, id: string, params: PageParams) {
  getLoan(ctx, id);
  return listPage(ctx, 'repayments', { loan: id }, params, withoutPartner<RepaymentRecord>);
}
