/*
 * The documents a bank gives a borrower: a credit line's monthly statement (月度对账单) and a
 * repaid loan's payoff certificate (结清证明). Both are read from the ledger (each loan's
 * account carries the principal owed, below zero) and the repayment receipts, so their figures
 * add up by construction and agree with the loans. Each comes as text, as printable HTML and
 * with the bank's SHA-256 of the text. Above loans.ts.
 */
import {
  addDays,
  formatMoney,
  sha256Hex,
  shanghaiDate,
  startOfShanghaiDay,
  type CreditLineStatement,
  type PayoffCertificate,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import { getOwned } from '../core/owned-rows.js';
import type {
  BuyerRecord,
  CreditLineRecord,
  LoanRecord,
  PostingRecord,
  RepaymentRecord,
} from '../core/records.js';
import { getLoan } from './loans.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });
const yuan = (fen: number) => formatMoney(cny(fen));

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A printable page of label/value rows: the same rows as the text, escaped. */
function printable(title: string, rows: [string, string][], closing: string, hash: string) {
  const body = rows
    .map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('');
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    '<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}th{text-align:left;padding-right:2em}' +
    'td{text-align:right}@media print{body{margin:0}}</style></head><body>' +
    `<h1>${escapeHtml(title)}</h1><table>${body}</table><p>${escapeHtml(closing)}</p>` +
    `<p><small>SHA-256: ${hash}</small></p></body></html>`
  );
}

function document(title: string, rows: [string, string][], closing: string) {
  const text = [title, ...rows.map(([label, value]) => `${label}: ${value}`), closing].join('\n');
  const text_sha256 = sha256Hex(text);
  return { text, html: printable(title, rows, closing, text_sha256), text_sha256 };
}

function postingsOf(ctx: Context, loan: LoanRecord): PostingRecord[] {
  return ctx.store.find<PostingRecord>('postings', {
    where: { partner: ctx.partner.id, account: loan.account },
  });
}

function repaymentsOf(ctx: Context, loan: LoanRecord): RepaymentRecord[] {
  return ctx.store.find<RepaymentRecord>('repayments', {
    where: { partner: ctx.partner.id, loan: loan.id },
  });
}

/** The first day of the month after `month` (`YYYY-MM`). */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * A line's statement for one month (Asia/Shanghai): the principal owed at its start and end,
 * what was drawn, repaid and refunded in it, and the interest and penalty paid.
 *
 * @throws ApiError `parameter_invalid` (`month`) for a month that has not begun
 */
export function creditLineStatement(
  ctx: Context,
  lineId: string,
  month: string,
): CreditLineStatement {
  const line = getOwned<CreditLineRecord>(ctx, 'credit_lines', lineId);
  const periodStart = `${month}-01`;
  const from = startOfShanghaiDay(periodStart);
  const to = startOfShanghaiDay(`${nextMonth(month)}-01`);
  if (from > ctx.now) {
    throw new ApiError('parameter_invalid', 'month has not begun yet', { param: 'month' });
  }
  const loans = ctx.store
    .find<LoanRecord>('loans', { where: { partner: ctx.partner.id, credit_line: line.id } })
    .reverse();
  const totals = { opening: 0, drawn: 0, paidDown: 0, repaid: 0, interest: 0, penalty: 0 };
  const involved: string[] = [];
  for (const loan of loans) {
    let before = 0;
    let inMonth = false;
    for (const posting of postingsOf(ctx, loan)) {
      const amount = posting.amount.amount;
      if (posting.created < from) before += amount;
      else if (posting.created < to) {
        inMonth = true;
        if (amount < 0) totals.drawn -= amount;
        else totals.paidDown += amount;
      }
    }
    totals.opening -= before;
    for (const receipt of repaymentsOf(ctx, loan)) {
      if (receipt.created < from || receipt.created >= to) continue;
      totals.repaid += receipt.principal.amount;
      totals.interest += receipt.interest.amount;
      totals.penalty += receipt.penalty.amount;
    }
    if (inMonth || before < 0) involved.push(loan.id);
  }
  const refunded = totals.paidDown - totals.repaid;
  const closing = totals.opening + totals.drawn - totals.repaid - refunded;
  const buyer = ctx.store.get<BuyerRecord>('buyers', line.buyer)!;
  const periodEnd = addDays(`${nextMonth(month)}-01`, -1);
  const doc = document(
    `星辉贷月度对账单 Credit line statement ${month}`,
    [
      ['额度编号 Credit line', line.id],
      ['借款人 Borrower', buyer.business_name],
      ['账期 Period', `${periodStart} – ${periodEnd}`],
      ['期初本金余额 Opening balance', yuan(totals.opening)],
      ['本期借款 Drawdowns', yuan(totals.drawn)],
      ['本期还本 Principal repaid', yuan(totals.repaid)],
      ['退货冲减本金 Principal refunded', yuan(refunded)],
      ['本期已付利息 Interest paid', yuan(totals.interest)],
      ['本期已付罚息 Penalty paid', yuan(totals.penalty)],
      ['期末本金余额 Closing balance', yuan(closing)],
    ],
    '期末本金余额 = 期初本金余额 + 本期借款 − 本期还本 − 退货冲减本金。',
  );
  return {
    object: 'credit_line_statement',
    credit_line: line.id,
    buyer: line.buyer,
    month,
    period_start: periodStart,
    period_end: periodEnd,
    opening_balance: cny(totals.opening),
    drawdowns: cny(totals.drawn),
    principal_repaid: cny(totals.repaid),
    principal_refunded: cny(refunded),
    interest_paid: cny(totals.interest),
    penalty_paid: cny(totals.penalty),
    closing_balance: cny(closing),
    loans: involved,
    ...doc,
    created: ctx.now,
  };
}

/**
 * The payoff certificate of a repaid loan: principal, what was paid of it and how, interest
 * and penalty paid, and the day the last of it was paid.
 *
 * @throws ApiError `loan_not_repaid` while the loan still owes anything
 */
export function payoffCertificate(ctx: Context, loanId: string): PayoffCertificate {
  const loan = getLoan(ctx, loanId);
  if (loan.status !== 'repaid') {
    throw new ApiError(
      'loan_not_repaid',
      'This loan still owes something: a payoff certificate comes once it is repaid',
    );
  }
  const receipts = repaymentsOf(ctx, loan);
  const sum = (pick: (r: RepaymentRecord) => number) => receipts.reduce((t, r) => t + pick(r), 0);
  const repaid = sum((r) => r.principal.amount);
  const interest = sum((r) => r.interest.amount);
  const penalty = sum((r) => r.penalty.amount);
  const principal = loan.principal.amount;
  const refunded = principal - repaid;
  const lastPaid = Math.max(...postingsOf(ctx, loan).map((posting) => posting.created));
  const repaidOn = shanghaiDate(lastPaid);
  const buyer = ctx.store.get<BuyerRecord>('buyers', loan.buyer)!;
  const doc = document(
    '结清证明 Payoff certificate',
    [
      ['借据编号 Loan', loan.id],
      ['借款人 Borrower', buyer.business_name],
      ['借款本金 Principal', yuan(principal)],
      ['已还本金 Principal repaid', yuan(repaid)],
      ['退货冲减本金 Principal refunded', yuan(refunded)],
      ['已付利息 Interest paid', yuan(interest)],
      ['已付罚息 Penalty paid', yuan(penalty)],
      ['合计已付 Total paid', yuan(repaid + interest + penalty)],
      ['放款日 Disbursed on', loan.disbursed_on],
      ['结清日 Repaid on', repaidOn],
    ],
    '兹证明上述借款已于结清日全部结清，借款人在该借据项下对本行已无欠款。',
  );
  return {
    object: 'payoff_certificate',
    loan: loan.id,
    buyer: loan.buyer,
    business_name: buyer.business_name,
    principal: cny(principal),
    principal_repaid: cny(repaid),
    principal_refunded: cny(refunded),
    interest_paid: cny(interest),
    penalty_paid: cny(penalty),
    total_paid: cny(repaid + interest + penalty),
    disbursed_on: loan.disbursed_on,
    repaid_on: repaidOn,
    ...doc,
  };
}
