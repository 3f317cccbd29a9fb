import {
  addDays,
  daysBetween,
  interestForDays,
  penaltyInterestForDays,
  periodDays,
  rescheduleInstallments,
  type RepaymentMethod,
  type ScheduledInstallment,
} from '@xinghui/contract';
import type { LoanRecord } from '../core/records.js';

/**
 * Where a loan stands on a given day, and how a payment applies to it: the one place the bank
 * decides what a shop owes, for every repayment method.
 *
 * A loan is its schedule of instalments (recomputed by the contract's schedule code after a
 * prepayment) plus what was paid towards each. An instalment is billed on its due date: from
 * then on what it still needs is owed as it stands, and from the next day its unpaid principal
 * earns penalty interest (APR × 1.5, instead of contract interest, never compounded). The
 * instalment not yet billed (the "current" one) carries its period's interest; paid before
 * its window, it costs interest to date only, by the one rule of the agreement: the principal
 * not yet billed × APR × the actual days used / 360, rounded once (`interestForDays`). A whole
 * monthly period counts 30 days (APR / 12); see `interestToDate` for a period a payment cut.
 */

/** Reminders go out this many days before a due date; from then, a monthly instalment is due. */
export const REMINDER_DAYS = 3;

/** What an instalment still needs, in fen. */
export interface Remaining {
  index: number;
  principal: number;
  interest: number;
}

export interface Position {
  today: string;
  penalty: number;
  /** Instalments whose due date has come (today included) and that still need something, oldest first. */
  billed: Remaining[];
  /** The first instalment not yet billed, if any. */
  current: Remaining | undefined;
  /**
   * A monthly instalment from its reminder to its due date: payments count towards it at its
   * scheduled amount, as the shop paying its instalment early expects (see docs/credit.md).
   */
  inWindow: boolean;
  /** Interest to date on the principal not yet billed (0 in the window: the instalment's own interest counts). */
  interestToDate: number;
  /** Principal of the instalments not yet billed. */
  notBilledPrincipal: number;
}

export function remaining(loan: LoanRecord, index: number): Remaining {
  const line = loan.schedule.installments[index]!;
  const paid = loan.paid[index]!;
  return {
    index,
    principal: line.principal.amount - paid.principal,
    interest: line.interest.amount - paid.interest,
  };
}

const owes = (r: Remaining) => r.principal + r.interest > 0;

function periodStart(loan: LoanRecord, index: number): string {
  return index === 0 ? loan.disbursed_on : loan.schedule.installments[index - 1]!.due_date;
}

export function position(loan: LoanRecord, today: string): Position {
  const lines = loan.schedule.installments;
  const billed: Remaining[] = [];
  let penaltyPrincipalDays = 0;
  let current: Remaining | undefined;
  let notBilledPrincipal = 0;
  lines.forEach((line, index) => {
    const left = remaining(loan, index);
    if (daysBetween(line.due_date, today) >= 0) {
      if (!owes(left)) return;
      billed.push(left);
      // Penalty runs from the due date on the unpaid principal (counted to `penalty_from` already).
      const from =
        daysBetween(loan.penalty_from, line.due_date) > 0 ? line.due_date : loan.penalty_from;
      penaltyPrincipalDays += left.principal * Math.max(0, daysBetween(from, today));
    } else {
      current ??= left;
      notBilledPrincipal += left.principal;
    }
  });
  const method = loan.schedule.repayment_method;
  const inWindow =
    current !== undefined &&
    method !== 'pay_anytime' &&
    daysBetween(addDays(lines[current.index]!.due_date, -REMINDER_DAYS), today) >= 0;
  const interestToDate =
    current && !inWindow ? accruedInPeriod(loan, current, notBilledPrincipal, today) : 0;
  return {
    today,
    // Summed as principal × days, so the penalty is rounded once.
    penalty: loan.penalty_carried + penaltyInterestForDays(penaltyPrincipalDays, loan.apr, 1),
    billed,
    current,
    inWindow,
    interestToDate,
    notBilledPrincipal,
  };
}

/**
 * Interest to date of the current instalment, by actual days, rounded once per balance:
 * untouched, it is `interestForDays(principal, apr, days used)`. After a payment within the
 * period (the day of the loan's last payment, `penalty_from`), the instalment's interest is what
 * was left owed then plus `interestForDays(new principal, days the period had left)` (see
 * `reschedule`), so what was left owed is that interest less the same integer, exactly, and the
 * new principal earns its own days since. Never more than the instalment's interest.
 */
function accruedInPeriod(
  loan: LoanRecord,
  current: Remaining,
  principal: number,
  today: string,
): number {
  const start = periodStart(loan, current.index);
  const days = periodDays(loan.schedule.repayment_method as RepaymentMethod, loan.schedule.length);
  const cutOn =
    daysBetween(start, loan.penalty_from) > 0 && daysBetween(loan.penalty_from, today) >= 0
      ? loan.penalty_from
      : start;
  const carried =
    cutOn === start
      ? 0
      : current.interest -
        interestForDays(principal, loan.apr, Math.max(0, days - daysBetween(start, cutOn)));
  const toDate = carried + interestForDays(principal, loan.apr, daysBetween(cutOn, today));
  return Math.max(0, Math.min(current.interest, toDate));
}

/** Interest owed today: what billed instalments still need, and the current one's. */
export function interestOwed(pos: Position): number {
  const billed = pos.billed.reduce((sum, r) => sum + r.interest, 0);
  return billed + (pos.inWindow ? pos.current!.interest : pos.interestToDate);
}

/** What repaying everything today costs. */
export function payoff(pos: Position): number {
  const billedPrincipal = pos.billed.reduce((sum, r) => sum + r.principal, 0);
  return pos.penalty + interestOwed(pos) + billedPrincipal + pos.notBilledPrincipal;
}

/** What has fallen due and is unpaid (the due date passed or is today), penalty included. */
export function amountDue(pos: Position, loan: LoanRecord): number {
  return pos.penalty + pastDue(pos, loan, 0);
}

/** Penalty and what instalments whose due date has passed still need: paying it unfreezes. */
export function pastDueAmount(pos: Position, loan: LoanRecord): number {
  return pos.penalty + pastDue(pos, loan, 1);
}

function pastDue(pos: Position, loan: LoanRecord, daysAfterDue: number): number {
  return pos.billed
    .filter(
      (r) => daysBetween(loan.schedule.installments[r.index]!.due_date, pos.today) >= daysAfterDue,
    )
    .reduce((sum, r) => sum + r.principal + r.interest, 0);
}

/** What one payment settled on a loan, in fen. */
export interface Settlement {
  penalty: number;
  interest: number;
  principal: number;
}

/**
 * Splits a payment of `amount` fen (at most the payoff), penalty, then interest, then principal
 * (DESIGN.md), in this order: the penalty; billed instalments, oldest first (interest, then
 * principal); in the window the current instalment, as scheduled; otherwise the interest to date;
 * what is left is a prepayment of the principal not yet billed, and the instalments not yet
 * billed are recomputed on what remains. A refund pays principal only (`principalOnly`). A
 * refund from escrow also waives the interest to date of the principal it cancels
 * (`waiveInterest`): what stays owed is that interest on the principal left, rounded down.
 * Interest already billed on a due date, or of a monthly instalment in its window, stays owed.
 *
 * @returns the loan afterwards, and what the payment settled
 */
export function applyPayment(
  loan: LoanRecord,
  today: string,
  amount: number,
  principalOnly = false,
  waiveInterest = false,
): { loan: LoanRecord; settled: Settlement; repaid: boolean } {
  const pos = position(loan, today);
  let left = amount;
  const take = (wanted: number) => {
    const taken = Math.min(left, wanted);
    left -= taken;
    return taken;
  };
  const paid = loan.paid.map((p) => ({ ...p }));
  const interestBudget = principalOnly ? 0 : Infinity;
  let interest = 0;
  let principal = 0;
  // Each instalment owed as scheduled: its interest, then its principal (after the penalty).
  const payInstallments = (owed: Remaining[]) => {
    for (const r of owed) {
      const part = take(Math.min(r.interest, interestBudget));
      paid[r.index]!.interest += part;
      interest += part;
    }
    for (const r of owed) {
      const part = take(r.principal);
      paid[r.index]!.principal += part;
      principal += part;
    }
  };
  // What is past due (or due today) first, so paying the past-due amount makes the loan current.
  const penalty = principalOnly ? 0 : take(pos.penalty);
  payInstallments(pos.billed);
  if (pos.inWindow) payInstallments([pos.current!]);
  const toDate = take(Math.min(pos.interestToDate, interestBudget));
  interest += toDate;
  const notBilledLeft = pos.notBilledPrincipal - (pos.inWindow ? pos.current!.principal : 0);
  const prepaid = take(notBilledLeft);
  principal += prepaid;
  if (left > 0) throw new RangeError(`${amount} fen is more than the ${payoff(pos)} owed`);

  let updated: LoanRecord = {
    ...loan,
    paid,
    penalty_from: today,
    penalty_carried: pos.penalty - penalty,
    principal_outstanding: {
      amount: loan.principal_outstanding.amount - principal,
      currency: 'CNY',
    },
  };
  let interestToDateLeft = pos.interestToDate - toDate;
  if (waiveInterest && notBilledLeft > 0) {
    interestToDateLeft = Math.floor(
      (interestToDateLeft * (notBilledLeft - prepaid)) / notBilledLeft,
    );
  }
  updated = {
    ...updated,
    schedule: reschedule(updated, pos, interestToDateLeft, notBilledLeft - prepaid, prepaid > 0),
  };
  const repaid = payoff(position(updated, today)) === 0;
  if (repaid && waiveInterest && pos.current && !pos.inWindow) {
    updated = { ...updated, ...waived(loan, pos.current.index, paid), status: 'repaid' };
  } else if (repaid) updated = { ...updated, schedule: loan.schedule, status: 'repaid' };
  else if (updated.status === 'overdue' && pastDueAmount(position(updated, today), updated) === 0)
    updated = { ...updated, status: 'active' };
  return { loan: updated, settled: { penalty, interest, principal }, repaid };
}

/**
 * The instalments not yet billed, after a payment: a prepayment spreads the principal left over
 * the same due dates (the contract's `rescheduleInstallments`), and the current instalment's
 * interest becomes the interest to date left unpaid plus the days left on the new balance. In the
 * window the current instalment stands as scheduled, and only the later ones are recomputed.
 */
function reschedule(
  loan: LoanRecord,
  pos: Position,
  interestToDateLeft: number,
  principalLeft: number,
  prepaid: boolean,
): LoanRecord['schedule'] {
  if (!pos.current) return loan.schedule;
  const lines = loan.schedule.installments;
  const first = pos.current.index + (pos.inWindow ? 1 : 0);
  if (first >= lines.length || (pos.inWindow && !prepaid)) return loan.schedule;
  const dueDates = lines.slice(first).map((line) => line.due_date);
  if (pos.inWindow) {
    const method = loan.schedule.repayment_method as RepaymentMethod;
    const later = rescheduleInstallments(principalLeft, loan.apr, method, dueDates, first + 1);
    return withLines(loan.schedule, [...lines.slice(0, first), ...later]);
  }
  const daysUsed = daysBetween(periodStart(loan, first), pos.today);
  // Paid on the day the period starts, nothing of it is used: it stands as a whole period.
  if (daysUsed === 0 && !prepaid) return loan.schedule;
  const method = loan.schedule.repayment_method as RepaymentMethod;
  const firstPeriod = {
    daysLeft: Math.max(0, periodDays(method, loan.schedule.length) - daysUsed),
  };
  // Without a prepayment the principal split stands; only the current interest changes.
  const [head, ...rest] = prepaid
    ? rescheduleInstallments(principalLeft, loan.apr, method, dueDates, first + 1, firstPeriod)
    : lines.slice(first);
  const interest =
    interestToDateLeft + interestForDays(principalLeft, loan.apr, firstPeriod.daysLeft);
  const current = {
    ...head!,
    interest: money(interest),
    amount: money(head!.principal.amount + interest),
  };
  return withLines(loan.schedule, [...lines.slice(0, first), current, ...rest]);
}

/**
 * A loan a refund from escrow closed: the instalments from `first` on were never billed, their
 * principal cancelled and their interest waived, so each shows the interest actually paid
 * towards it (usually 0) and is marked waived, instead of "paid" with interest nobody paid.
 */
function waived(
  loan: LoanRecord,
  first: number,
  paid: LoanRecord['paid'],
): Pick<LoanRecord, 'schedule' | 'paid'> {
  const lines = loan.schedule.installments.map((line, index) => {
    if (index < first) return line;
    const interest = paid[index]!.interest;
    return { ...line, interest: money(interest), amount: money(line.principal.amount + interest) };
  });
  return {
    schedule: withLines(loan.schedule, lines),
    paid: paid.map((p, index) => (index < first ? p : { ...p, waived: true })),
  };
}

/** A schedule with new instalments, its totals summed again. */
function withLines(
  schedule: LoanRecord['schedule'],
  installments: ScheduledInstallment[],
): LoanRecord['schedule'] {
  const totalInterest = installments.reduce((sum, line) => sum + line.interest.amount, 0);
  const total = installments.reduce((sum, line) => sum + line.amount.amount, 0);
  return {
    ...schedule,
    installments,
    total_interest: money(totalInterest),
    total_amount: money(total),
  };
}

function money(amount: number) {
  return { amount, currency: 'CNY' as const };
}
