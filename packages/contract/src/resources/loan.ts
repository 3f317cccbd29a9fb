import { Timestamp } from '../common.js';
import { CalendarDate } from '../credit/calendar.js';
import { LoanSchedule, REPAYMENT_METHODS } from '../credit/loan-terms.js';
import { CONSENT_LOCALES } from './consent.js';
import { BuyerId, CheckoutSessionId, PaymentId, SupplierId, idOf } from '../ids.js';
import { ListParams } from '../list.js';
import { Money, PositiveMoney } from '../money.js';
import { openEnum } from '../open-enum.js';
import { Rate } from '../rate.js';
import { z } from '../zod.js';
import { CreditLineId, CreditUnavailableReason } from './credit.js';

/** A loan's (loan note's) id, `loan_…`. */
export const LoanId = idOf('loan');

/**
 * What paying a checkout session on credit would cost with one term: the schedule, total
 * interest, APR and due dates, computed by the same code that will bill the loan.
 */
export const LoanOffer = z.object({
  object: z.literal('loan_offer'),
  repayment_method: openEnum(REPAYMENT_METHODS),
  length: z.int(),
  /** 年化利率: required on every offer. */
  apr: Rate,
  /** 日利率 = APR / 360. */
  daily_rate: Rate,
  /** How interest is counted, as the loan agreement states it (the contract's `INTEREST_RULE`). */
  interest_rule: z.string(),
  schedule: LoanSchedule,
});
export type LoanOffer = z.infer<typeof LoanOffer>;

/** The offers for a checkout session: one per term the shop's line allows. */
export const LoanOffers = z.object({
  object: z.literal('list'),
  data: z.array(LoanOffer),
  has_more: z.boolean(),
  /** What the line has available for this order, now: 0 on a frozen or expired line. */
  available: Money,
  /** Why `available` is 0 (`loan_overdue`, `line_expired`), or `null`; as on the line. */
  unavailable_reason: z.optional(CreditUnavailableReason),
});
export type LoanOffers = z.infer<typeof LoanOffers>;

/**
 * Why the bank's due-date debit of a loan did not happen: the shop gave no direct-debit
 * authorisation (代扣授权, consent type `direct_debit`), so nothing was taken; or it did, and
 * its wallet held less than what was due (all or nothing).
 */
export const DEBIT_FAILURE_CODES = [
  'no_direct_debit_authorisation',
  'insufficient_balance',
] as const;
/** Why a due-date debit did not happen. */
export type DebitFailureCode = (typeof DEBIT_FAILURE_CODES)[number];

/**
 * A loan note (借据): one drawdown, disbursed straight to the supplier of the order (受托支付),
 * never to the shop.
 */
export const Loan = z.object({
  id: LoanId,
  object: z.literal('loan'),
  buyer: BuyerId,
  supplier: SupplierId,
  credit_line: CreditLineId,
  checkout_session: CheckoutSessionId,
  payment: PaymentId,
  status: openEnum(['active', 'overdue', 'repaid']),
  principal: Money,
  principal_outstanding: Money,
  /** Interest owed to today (contract interest by the day, exact, rounded once). */
  accrued_interest: Money,
  /** Penalty interest owed to today (罚息: APR × 1.5 on overdue principal, from the due date). */
  penalty_interest: Money,
  /** What repaying everything today costs: principal outstanding + interest + penalty. */
  payoff_amount: Money,
  /** The due date of the next instalment not yet paid; `null` once the loan is repaid. */
  next_due_date: z.nullable(CalendarDate),
  /** What that instalment still needs (its scheduled amount, less what was paid towards it). */
  next_due_amount: Money,
  /**
   * Everything past its due date and unpaid, penalty included: paying it makes the loan current
   * again and unfreezes the line (when no other loan is overdue).
   */
  past_due_amount: Money,
  /**
   * Why the bank's debit on the last due date it ran did not happen (`repayment.failed` says
   * so), or `null` when it succeeded or none has run yet: `no_direct_debit_authorisation`
   * without the shop's direct-debit consent, `insufficient_balance` when the wallet held less.
   */
  debit_failure_code: z.nullable(openEnum(DEBIT_FAILURE_CODES)),
  apr: Rate,
  daily_rate: Rate,
  disbursed_on: CalendarDate,
  schedule: LoanSchedule,
  /**
   * The order this loan paid, as the platform described its checkout session (its order
   * number); `null` when the session had no description. Optional: a bank from before it
   * leaves it out.
   */
  order_reference: z.optional(z.nullable(z.string())),
  /** The business name of the supplier the loan paid (受托支付). Optional, as above. */
  supplier_name: z.optional(z.string()),
  /** The loan agreement the shop accepted with this drawdown. */
  agreement: z.object({ consent: z.string(), version: z.string(), text_sha256: z.string() }),
  created: Timestamp,
});
export type Loan = z.infer<typeof Loan>;

/**
 * Who made a repayment: `shop`, the shop owner on its wallet page with a one-time code (主动还款);
 * `partner`, the partner's server with its secret key; `direct_debit`, the bank's debit on a due
 * date under the shop's direct-debit authorisation (到期自动扣款). Every one draws on the wallet.
 */
export const REPAYMENT_INITIATORS = ['shop', 'partner', 'direct_debit'] as const;
/** Who made a repayment. */
export type RepaymentInitiator = (typeof REPAYMENT_INITIATORS)[number];

/** A repayment's id, `rpy_…`. */
export const RepaymentId = idOf('rpy');

/**
 * A repayment and its receipt: what it paid of penalty interest, then interest, then principal,
 * in that order.
 */
export const Repayment = z.object({
  id: RepaymentId,
  object: z.literal('repayment'),
  loan: LoanId,
  amount: Money,
  penalty: Money,
  interest: Money,
  principal: Money,
  /** What is left of the loan's principal after this repayment. */
  principal_outstanding: Money,
  /**
   * Who made it (`shop`, `partner` or `direct_debit`, see `REPAYMENT_INITIATORS`). Optional: a
   * bank from before it leaves it out.
   */
  initiated_by: z.optional(openEnum(REPAYMENT_INITIATORS)),
  created: Timestamp,
});
export type Repayment = z.infer<typeof Repayment>;

/**
 * Parameters of a repayment from the shop's wallet. Without `amount`, repays everything
 * (the payoff amount): early repayment costs interest to date only, never a fee.
 */
export const CreateRepaymentParams = z.strictObject({
  amount: z.optional(PositiveMoney),
});
export type CreateRepaymentParams = z.input<typeof CreateRepaymentParams>;

/** Listing filters for loans. */
export const ListLoansParams = z.extend(ListParams, {
  buyer: z.optional(BuyerId),
  status: z.optional(z.enum(['active', 'overdue', 'repaid'])),
});
export type ListLoansParams = z.input<typeof ListLoansParams>;

/**
 * A loan's own agreement (借款合同): the text generated from the loan's figures (amount, APR and
 * daily rate, term and repayment method, schedule, total interest, penalty rate, the payee under
 * 受托支付, dates and parties) that the shop accepted, as the bank recorded and hashed it.
 */
export const LoanAgreement = z.object({
  object: z.literal('loan_agreement'),
  loan: LoanId,
  /** The consent that records the shop's acceptance. */
  consent: z.string(),
  /** The version of the wording the loan's figures fill in. */
  version: z.string(),
  locale: openEnum(CONSENT_LOCALES),
  title: z.string(),
  /** `text`: the agreement's text; `html`: a printable HTML document of the same text. */
  format: openEnum(['text', 'html']),
  content: z.string(),
  /** The bank's SHA-256 of the text (UTF-8, hex), as recorded with the loan. */
  text_sha256: z.string(),
});
export type LoanAgreement = z.infer<typeof LoanAgreement>;

/** How to read a loan's agreement: its text (the default) or a printable HTML document. */
export const LoanAgreementQuery = z.strictObject({
  format: z.optional(z.enum(['text', 'html'])),
});
export type LoanAgreementQuery = z.input<typeof LoanAgreementQuery>;

/**
 * Which language of a consent text a page reads and, for the `loan_agreement` of a checkout
 * session, which term the shop chose (`repayment_method` and `length` together; without them,
 * the session's default term, the first of its loan offers): that loan's own agreement.
 */
export const ClientConsentTemplateQuery = z.strictObject({
  locale: z.optional(z.enum(CONSENT_LOCALES)),
  repayment_method: z.optional(z.enum(REPAYMENT_METHODS)),
  length: z.optional(
    /* @__PURE__ */ z.string().check(z.regex(/^\d{1,3}$/, 'must be a number of days or months')),
  ),
});
export type ClientConsentTemplateQuery = z.input<typeof ClientConsentTemplateQuery>;
