import { CalendarDate } from '../credit/calendar.js';
import { Timestamp } from '../common.js';
import { BuyerId, idOf } from '../ids.js';
import { ListParams } from '../list.js';
import { Money } from '../money.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';
import { LoanId } from './loan.js';

/** A notice's id, `ntc_…`. */
export const NoticeId = idOf('ntc');

/**
 * The notices a bank owes a borrower, each sent by SMS to the shop owner's phone:
 * - `payment_reminder`: three days before a due date with something still to pay;
 * - `payment_due_today`: on the due date, when the day's debit did not cover what is due;
 * - `overdue_credit_report`: the day after a missed due date, before anything negative is
 *   reported to the credit bureau (征信), with the date reporting would start.
 */
export const NOTICE_KINDS = [
  'payment_reminder',
  'payment_due_today',
  'overdue_credit_report',
] as const;

/** Days after a missed due date before the bank reports it to the credit bureau, unpaid. */
export const CREDIT_REPORTING_GRACE_DAYS = 30;

/** A notice the bank sent a shop about a loan (in the sandbox: an SMS line, not an SMS). */
export const Notice = z.object({
  id: NoticeId,
  object: z.literal('notice'),
  kind: openEnum(NOTICE_KINDS),
  buyer: BuyerId,
  loan: LoanId,
  channel: z.literal('sms'),
  /** The owner's phone, masked as the log shows it (`138****8000`). */
  phone: z.string(),
  /** The message as sent, in zh-CN. */
  text: z.string(),
  /** The due date it is about. */
  due_date: CalendarDate,
  /** What was owed on the loan when it was sent: the instalment, any past-due amount, penalty. */
  amount_due: Money,
  /** `overdue_credit_report` only: the first day the bank would report the loan unpaid. */
  reporting_starts_on: z.nullable(CalendarDate),
  created: Timestamp,
});
export type Notice = z.infer<typeof Notice>;

/** Listing filters for notices. */
export const ListNoticesParams = z.extend(ListParams, {
  buyer: z.optional(BuyerId),
  loan: z.optional(LoanId),
  kind: z.optional(z.enum(NOTICE_KINDS)),
});
export type ListNoticesParams = z.input<typeof ListNoticesParams>;
