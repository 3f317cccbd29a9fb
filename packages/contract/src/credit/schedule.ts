import { dailyRateFromApr } from '../rate.js';
import { addDays, addMonthsKeepingDay, type CalendarDate } from './calendar.js';
import { interestForDays, levelPayment, monthlyInterest } from './interest.js';
import { termUnit, type LoanSchedule, type LoanTerm } from './loan-terms.js';

/** One instalment in plain fen, before it is dressed as money. */
interface Line {
  due_date: CalendarDate;
  principal: number;
  interest: number;
}

/**
 * The repayment schedule of a loan: the single place the bank's loan arithmetic lives. Offers
 * show it before a drawdown; the loan bills by it afterwards.
 *
 * - `pay_anytime`: one payment after `length` days, interest principal × APR × days / 360.
 * - `equal_installment`: a level payment (rounded half up); each month's interest is the
 *   balance × APR / 12; the last instalment pays the remaining principal with its interest.
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
  const lines = scheduleLines(principal, apr, term, disbursedOn);
  const money = (amount: number) => ({ amount, currency: 'CNY' as const });
  const totalInterest = lines.reduce((sum, line) => sum + line.interest, 0);
  return {
    repayment_method: term.repayment_method,
    length: term.length,
    unit: termUnit(term.repayment_method),
    apr,
    daily_rate: dailyRateFromApr(apr),
    installments: lines.map((line, index) => ({
      number: index + 1,
      due_date: line.due_date,
      principal: money(line.principal),
      interest: money(line.interest),
      amount: money(line.principal + line.interest),
    })),
    total_interest: money(totalInterest),
    total_amount: money(principal + totalInterest),
  };
}

function scheduleLines(
  principal: number,
  apr: string,
  term: LoanTerm,
  disbursedOn: CalendarDate,
): Line[] {
  const { repayment_method: method, length } = term;
  if (method === 'pay_anytime') {
    return [
      {
        due_date: addDays(disbursedOn, length),
        principal,
        interest: interestForDays(principal, apr, length),
      },
    ];
  }
  const payment = method === 'equal_installment' ? levelPayment(principal, apr, length) : 0;
  const lines: Line[] = [];
  let balance = principal;
  for (let month = 1; month <= length; month++) {
    const interest = monthlyInterest(balance, apr);
    const last = month === length;
    const principalPart = last
      ? balance
      : method === 'equal_installment'
        ? payment - interest
        : method === 'equal_principal'
          ? Math.floor(principal / length)
          : 0;
    lines.push({
      due_date: addMonthsKeepingDay(disbursedOn, month),
      principal: principalPart,
      interest,
    });
    balance -= principalPart;
  }
  return lines;
}
