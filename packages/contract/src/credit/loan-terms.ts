import { Money } from '../money.js';
import { openEnum } from '../open-enum.js';
import { Rate } from '../rate.js';
import { z } from '../zod.js';
import { CalendarDate } from './calendar.js';

/**
 * How a loan is repaid:
 * - `pay_anytime` (随借随还): interest by the day, everything due in 30, 60 or 90 days, repay any time;
 * - `equal_installment` (等额本息): the same amount every month;
 * - `equal_principal` (等额本金): the same principal every month, interest on what is left;
 * - `interest_first` (先息后本): interest every month, the principal with the last.
 */
export const REPAYMENT_METHODS = [
  'pay_anytime',
  'equal_installment',
  'equal_principal',
  'interest_first',
] as const;
/** How a loan is repaid: any time, or in monthly instalments of one of three kinds. */
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

/** A loan's term: a repayment method and its length, in days (`pay_anytime`) or months. */
export interface LoanTerm {
  repayment_method: RepaymentMethod;
  /** 30, 60 or 90 days for `pay_anytime`; 3, 6 or 12 months otherwise. */
  length: number;
}

/** The terms the bank offers: what a loan offer lists and a drawdown may choose. */
export const LOAN_TERMS: readonly LoanTerm[] = [
  { repayment_method: 'pay_anytime', length: 30 },
  { repayment_method: 'pay_anytime', length: 60 },
  { repayment_method: 'pay_anytime', length: 90 },
  ...(['equal_installment', 'equal_principal', 'interest_first'] as const).flatMap(
    (repayment_method) => [3, 6, 12].map((length) => ({ repayment_method, length })),
  ),
];

/** The unit a term's length counts. */
export function termUnit(method: RepaymentMethod): 'day' | 'month' {
  return method === 'pay_anytime' ? 'day' : 'month';
}

/** A term as a request names it; the bank accepts only the terms of {@link LOAN_TERMS}. */
export const LoanTermParams = /* @__PURE__ */ z
  .strictObject({
    repayment_method: z.enum(REPAYMENT_METHODS),
    length: z.int(),
  })
  .check(
    z.refine(
      (term) =>
        LOAN_TERMS.some(
          (offered) =>
            offered.repayment_method === term.repayment_method && offered.length === term.length,
        ),
      {
        message: 'must be an offered term: pay_anytime 30/60/90 days, or 3/6/12 months',
        path: ['length'],
      },
    ),
  );

/** One instalment of a schedule: what falls due on `due_date`. */
export const ScheduledInstallment = z.object({
  number: z.int(),
  due_date: CalendarDate,
  principal: Money,
  interest: Money,
  /** principal + interest */
  amount: Money,
  /**
   * On a loan (not on an offer): `paid`; `due` from its `loan.payment_due` reminder until the
   * end of its due date; `overdue` after that, unpaid; `upcoming` before the reminder;
   * `waived` when a refund from escrow cancelled its principal and waived its interest (the
   * instalment then shows the interest actually charged, usually 0).
   */
  status: z.optional(openEnum(['upcoming', 'due', 'overdue', 'paid', 'waived'])),
});
export type ScheduledInstallment = z.infer<typeof ScheduledInstallment>;

/** What a loan costs and when it is due, computed by the same code that later bills it. */
export const LoanSchedule = z.object({
  repayment_method: openEnum(REPAYMENT_METHODS),
  length: z.int(),
  unit: openEnum(['day', 'month']),
  /** 年化利率: always shown. */
  apr: Rate,
  /** 日利率 = APR / 360. */
  daily_rate: Rate,
  installments: z.array(ScheduledInstallment),
  total_interest: Money,
  total_amount: Money,
});
export type LoanSchedule = z.infer<typeof LoanSchedule>;
