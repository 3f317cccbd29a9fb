import { CalendarDate } from '../credit/calendar.js';
import { Timestamp } from '../common.js';
import { BuyerId } from '../ids.js';
import { Money } from '../money.js';
import { z } from '../zod.js';
import { CreditLineId } from './credit.js';
import { LoanId } from './loan.js';

/** A calendar month, `YYYY-MM` (Asia/Shanghai). */
export const StatementMonth = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as "2026-12"'));

/** Which month's statement to read. */
export const CreditLineStatementQuery = z.strictObject({ month: StatementMonth });
export type CreditLineStatementQuery = z.input<typeof CreditLineStatementQuery>;

/**
 * A credit line's monthly statement (月度对账单), on the principal the shop owes: it adds up,
 * `closing_balance = opening_balance + drawdowns − principal_repaid − principal_refunded`.
 * Interest and penalty are what the shop paid in the month (they never enter the balance).
 */
export const CreditLineStatement = z.object({
  object: z.literal('credit_line_statement'),
  credit_line: CreditLineId,
  buyer: BuyerId,
  month: StatementMonth,
  /** The first and last day of the month. */
  period_start: CalendarDate,
  period_end: CalendarDate,
  /** Principal owed at the start of the first day. */
  opening_balance: Money,
  /** Principal drawn in the month (payments on credit). */
  drawdowns: Money,
  /** Principal repaid in the month. */
  principal_repaid: Money,
  /** Principal paid down by refunds of goods bought on credit. */
  principal_refunded: Money,
  /** Interest paid in the month. */
  interest_paid: Money,
  /** Penalty interest paid in the month. */
  penalty_paid: Money,
  /** Principal owed at the end of the last day. */
  closing_balance: Money,
  /** The loans drawn before the month ended that owed something in it. */
  loans: z.array(LoanId),
  /** The statement as plain text, and as a printable HTML document. */
  text: z.string(),
  html: z.string(),
  /** The bank's SHA-256 of `text`, hex. */
  text_sha256: z.string(),
  created: Timestamp,
});
export type CreditLineStatement = z.infer<typeof CreditLineStatement>;

/**
 * A payoff certificate (结清证明) of a repaid loan: what was borrowed and paid, the dates, and
 * the bank's hash of the certificate's text.
 */
export const PayoffCertificate = z.object({
  object: z.literal('payoff_certificate'),
  loan: LoanId,
  buyer: BuyerId,
  business_name: z.string(),
  principal: Money,
  /** Principal repaid, and principal paid down by refunds: together, `principal`. */
  principal_repaid: Money,
  principal_refunded: Money,
  interest_paid: Money,
  penalty_paid: Money,
  /** Everything the shop paid the bank on this loan. */
  total_paid: Money,
  disbursed_on: CalendarDate,
  repaid_on: CalendarDate,
  text: z.string(),
  html: z.string(),
  /** The bank's SHA-256 of `text`, hex. */
  text_sha256: z.string(),
});
export type PayoffCertificate = z.infer<typeof PayoffCertificate>;
