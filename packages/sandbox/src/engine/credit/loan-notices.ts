/*
 * The notices a bank owes a borrower, sent by SMS on the loan's own dates (timers set with the
 * loan, see loan-timers.ts): a reminder three days before each due date, a notice on the due
 * date when the day's debit did not cover it, and the day after a missed due date the
 * credit-report notice (征信), before anything negative is reported. Each is a stored notice, a
 * `loan.notice_sent` event and, in the sandbox, an `sms.sent` log line instead of an SMS (as
 * one-time codes are). Beside loan-servicing.ts, above loans.ts.
 */
import {
  CREDIT_REPORTING_GRACE_DAYS,
  addDays,
  formatMoney,
  generateId,
  maskPhone,
  shanghaiDate,
  type ListNoticesParams,
  type Notice,
} from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { listPage } from '../core/list-page.js';
import { withoutPartner } from '../core/owned-rows.js';
import type { BuyerRecord, LoanRecord } from '../core/records.js';
import { recordEvent } from '../webhooks/events.js';
import { REMINDER_DAYS, amountDue, remaining } from './loan-balance.js';
import { getLoan, positionToday } from './loans.js';

/** A notice as the bank stores it. */
export type NoticeRecord = Notice & { partner: string };

/** The instalment due `days` days from today, with what it still needs, if anything. */
function unpaidInstallment(ctx: Context, loan: LoanRecord, days: number) {
  if (loan.status === 'repaid') return undefined;
  const date = addDays(shanghaiDate(ctx.now), days);
  const index = loan.schedule.installments.findIndex((line) => line.due_date === date);
  if (index < 0) return undefined;
  const left = remaining(loan, index);
  return left.principal + left.interest > 0 ? { date, left } : undefined;
}

const yuan = (fen: number) => formatMoney({ amount: fen, currency: 'CNY' });

function send(
  ctx: Context,
  loan: LoanRecord,
  kind: Notice['kind'],
  dueDate: string,
  amountDueFen: number,
  text: (name: string) => string,
  reportingStartsOn: string | null = null,
): void {
  const buyer = ctx.store.get<BuyerRecord>('buyers', loan.buyer)!;
  const notice: NoticeRecord = {
    id: generateId('ntc'),
    partner: ctx.partner.id,
    object: 'notice',
    kind,
    buyer: buyer.id,
    loan: loan.id,
    channel: 'sms',
    phone: maskPhone(buyer.phone),
    text: text(buyer.business_name),
    due_date: dueDate,
    amount_due: { amount: amountDueFen, currency: 'CNY' },
    reporting_starts_on: reportingStartsOn,
    created: ctx.now,
  };
  ctx.store.insert('notices', notice);
  const resource = withoutPartner(notice);
  recordEvent(ctx, 'loan.notice_sent', resource);
  ctx.afterCommit.push(() =>
    ctx.log({
      msg: 'sms.sent (sandbox: the notice is printed here and readable at GET /v1/sandbox/notices)',
      phone: notice.phone,
      kind,
      text: notice.text,
      loan: loan.id,
      partner: ctx.partner.id,
    }),
  );
}

/** Three days before a due date with something still to pay: the reminder. */
export function sendPaymentReminder(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  const due = unpaidInstallment(ctx, loan, REMINDER_DAYS);
  if (!due) return;
  const amount = due.left.principal + due.left.interest;
  send(
    ctx,
    loan,
    'payment_reminder',
    due.date,
    amount,
    (name) =>
      `【星辉银行】${name}：您的星辉贷借款将于${due.date}到期，应还${yuan(amount)}。请在到期日前备足钱包余额或提前还款。`,
  );
}

/** On the due date, after the day's debit: what is still due, if the debit did not cover it. */
export function sendPaymentDueToday(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  const due = unpaidInstallment(ctx, loan, 0);
  if (!due) return;
  const amount = amountDue(positionToday(ctx, loan), loan);
  send(
    ctx,
    loan,
    'payment_due_today',
    due.date,
    amount,
    (name) =>
      `【星辉银行】${name}：今天（${due.date}）是您星辉贷借款的还款日，应还${yuan(amount)}，尚未还清。请今天还款，逾期将计收罚息。`,
  );
}

/**
 * The day after a missed due date, before anything negative is reported: the credit-report
 * notice (征信), naming the day reporting would start if the loan is still unpaid.
 */
export function sendOverdueNotice(ctx: Context, loanId: string): void {
  const loan = getLoan(ctx, loanId);
  const due = unpaidInstallment(ctx, loan, -1);
  if (!due) return;
  const amount = amountDue(positionToday(ctx, loan), loan);
  const reportingStartsOn = addDays(due.date, CREDIT_REPORTING_GRACE_DAYS);
  send(
    ctx,
    loan,
    'overdue_credit_report',
    due.date,
    amount,
    (name) =>
      `【星辉银行】${name}：您的星辉贷借款${due.date}应还款项已逾期，现应还${yuan(amount)}（含罚息）。如${reportingStartsOn}前仍未还清，本行将按规定向金融信用信息基础数据库（征信系统）报送逾期信息。`,
    reportingStartsOn,
  );
}

export function listNotices(ctx: Context, params: ListNoticesParams) {
  const { limit, starting_after, ...filters } = params;
  return listPage(ctx, 'notices', filters, { limit, starting_after }, withoutPartner<NoticeRecord>);
}
