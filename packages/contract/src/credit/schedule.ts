import { dailyRateFromApr } from '../rate.js';
import { addDays, addMonthsKeepingDay, type CalendarDate } from './calendar.js';
import { DAYS_PER_MONTH, interestForDays, levelPayment } from './interest.js';
import {
  termUnit,
  type LoanSchedule,
  type LoanTerm,
  type RepaymentMethod,
  type ScheduledInstallment,
} from './loan-terms.js';

/**
 * The repayment schedule of a loan: the single place the bank's loan arithmetic lives. Offers
 * show it before a drawdown; the loan bills by it afterwards.
 *
 * Every figure of interest is `interestForDays`: principal × APR × days / 360, rounded once.
 *
 * - `pay_anytime`: one payment after `length` days, interest principal × APR × days / 360.
 * - `equal_installment`: a level payment (rounded half up); each month's interest is the
 *   balance × APR × 30 / 360 (= APR / 12); the last instalment pays the remaining principal
 *   with its interest.
 * - `equal_principal`: principal / n rounded down to the fen each month, the last takes the
 *   remainder; interest on the balance.
 * - `interest_first`: the balance's interest each month, all principal with the last.
 *
 * Monthly due dates keep the disbursement's day of the month, clamped to the month's end.
 *
 * @param principal - fen
 * @example
 * ```ts
 * const schedule = loanSchedule(1_000_000, '0.1095', { repayment_method: 'equal_installment', length: 3 }, '2026-11-28');
 * schedule.installments.map((i) => i.amount.amount); // [339435, 339435, 339435]
 * ```
 */
export function loanSchedule(
  principal: number,
  apr: string,
  term: LoanTerm,
  disbursedOn: CalendarDate,
): LoanSchedule {
  const { repayment_method: method, length } = term;
  const dueDates =
    method === 'pay_anytime'
      ? [addDays(disbursedOn, length)]
      : Array.from({ length }, (_, i) => addMonthsKeepingDay(disbursedOn, i + 1));
  // A pay-any-time loan has one period, `length` days long, interest by the day.
  const firstPeriod = method === 'pay_anytime' ? { daysLeft: length } : undefined;
  const installments = rescheduleInstallments(principal, apr, method, dueDates, 1, firstPeriod);
  const totalInterest = installments.reduce((sum, line) => sum + line.interest.amount, 0);
  return {
    repayment_method: method,
    length,
    unit: termUnit(method),
    apr,
    daily_rate: dailyRateFromApr(apr),
    installments,
    total_interest: money(totalInterest),
    total_amount: money(principal + totalInterest),
  };
}

/**
 * The days one repayment period counts when it runs its course: a pay-any-time loan's `length`
 * days, or {@link DAYS_PER_MONTH} for a monthly instalment, whatever the month's calendar length.
 * Interest to date within a period counts the actual days used (principal × APR × days / 360,
 * rounded once, see `interestForDays`); the days left of a period are this less the days used.
 *
 * @example
 * ```ts
 * periodDays('pay_anytime', 60); // 60
 * periodDays('equal_installment', 3); // 30: each month counts 30 days, APR / 12
 * ```
 */
export function periodDays(method: RepaymentMethod, length: number): number {
  return method === 'pay_anytime' ? length : DAYS_PER_MONTH;
}

/**
 * The instalments that repay `principal` on `dueDates` (one per date, same method): how a
 * schedule is computed at drawdown, and recomputed after a partial prepayment, which keeps the
 * remaining due dates and their number and spreads the new outstanding principal over them.
 *
 * When the prepayment falls inside a period, `firstPeriod` says how many of the days that
 * period counts are left ({@link periodDays} less the actual days used; a pay-any-time loan's
 * single period always needs it): its interest is the balance's for those days (interest to
 * date was paid with the prepayment); how the principal is split does not change, it is the
 * whole-period split.
 *
 * @param principal - fen
 * @param firstNumber - the number of the first instalment (instalments already billed keep theirs)
 * @example
 * ```ts
 * // 3 instalments, 1 paid: 3,000.00 prepaid on its due date leaves 3,696.90 over 2 months.
 * rescheduleInstallments(369_690, '0.1095', 'equal_installment', ['2027-01-28', '2027-02-28'], 2)
 *   .map((i) => i.amount.amount); // [187379, 187378]
 * ```
 */
export function rescheduleInstallments(
  principal: number,
  apr: string,
  method: RepaymentMethod,
  dueDates: readonly CalendarDate[],
  firstNumber = 1,
  firstPeriod?: { daysLeft: number },
): ScheduledInstallment[] {
  const count = dueDates.length;
  const payment = method === 'equal_installment' ? levelPayment(principal, apr, count) : 0;
  // A month is a month: the split of principal uses the whole period's interest.
  const monthly = (balance: number) => interestForDays(balance, apr, DAYS_PER_MONTH);
  let balance = principal;
  return dueDates.map((dueDate, index) => {
    const last = index === count - 1;
    const principalPart =
      method === 'pay_anytime' || last
        ? balance
        : method === 'equal_installment'
          ? payment - monthly(balance)
          : method === 'equal_principal'
            ? Math.floor(principal / count)
            : 0;
    const interest =
      index === 0 && firstPeriod
        ? interestForDays(balance, apr, firstPeriod.daysLeft)
        : monthly(balance);
    balance -= principalPart;
    return {
      number: firstNumber + index,
      due_date: dueDate,
      principal: money(principalPart),
      interest: money(interest),
      amount: money(principalPart + interest),
    };
  });
}

function money(amount: number) {
  return { amount, currency: 'CNY' as const };
}
