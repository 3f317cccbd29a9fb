import { interestForDays, loanSchedule, type LoanTerm } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import type { LoanRecord } from '../core/records.js';
import { applyPayment, interestOwed, payoff, position } from './loan-balance.js';

/**
 * Issue 16's worked examples of exact interest, at APR 10.95%: interest to date is principal ×
 * APR × actual days used / 360, rounded half up once, for every term type (a whole month counts
 * 30 days: APR / 12).
 */
const APR = '0.1095';

function loan(principal: number, term: LoanTerm, disbursedOn: string): LoanRecord {
  const schedule = loanSchedule(principal, APR, term, disbursedOn);
  return {
    id: 'loan_test',
    partner: 'ptn_test',
    object: 'loan',
    buyer: 'buy_test',
    supplier: 'sup_test',
    credit_line: 'cl_test',
    checkout_session: 'cs_test',
    payment: 'pay_test',
    status: 'active',
    principal: { amount: principal, currency: 'CNY' },
    principal_outstanding: { amount: principal, currency: 'CNY' },
    apr: APR,
    daily_rate: '0.000304',
    disbursed_on: disbursedOn,
    debit_failure_code: null,
    schedule,
    agreement: { consent: 'cns_test', version: '2026-11-01', text_sha256: '0'.repeat(64) },
    account: 'acct_test',
    paid: schedule.installments.map(() => ({ principal: 0, interest: 0 })),
    penalty_from: disbursedOn,
    penalty_carried: 0,
    created: 0,
  };
}

const anytime30: LoanTerm = { repayment_method: 'pay_anytime', length: 30 };
const owedOn = (record: LoanRecord, day: string) => interestOwed(position(record, day));

describe('exact interest: the reproductions of issue 16', () => {
  it('1,000.00 pay any time, repaid after 3 days: 0.91 (0.9125 rounded once), not 0.92', () => {
    expect(owedOn(loan(100_000, anytime30, '2026-11-01'), '2026-11-04')).toBe(91);
  });

  it('3,333.33 pay any time, after 1 day: 1.01, not 1.02', () => {
    expect(owedOn(loan(333_333, anytime30, '2026-11-01'), '2026-11-02')).toBe(101);
  });

  it('1,000.81 pay any time, after 17 days: 5.18 (517.50… rounds up), not the undercharged 5.17', () => {
    expect(owedOn(loan(100_081, anytime30, '2026-11-01'), '2026-11-18')).toBe(518);
  });

  it('1,000.00 in 3 equal instalments, repaid after 10 of 31 days: actual days, 3.04', () => {
    // The old bill was 2.95: 9.13 for the month less 6.18 for its 21 days left, each rounded.
    // Prorating the month by the day and rounding once would be 2.94 (912.5 × 10 / 31); the
    // agreement's rule is the actual days at APR / 360: 100,000 × 0.1095 × 10 / 360 = 304.17.
    const record = loan(
      100_000,
      { repayment_method: 'equal_installment', length: 3 },
      '2026-12-01',
    );
    expect(owedOn(record, '2026-12-11')).toBe(304);
    expect(owedOn(record, '2026-12-11')).toBe(interestForDays(100_000, APR, 10));
  });

  it('10,000.00 in instalments from Feb 1, repaid after 24 days: 73.00 by actual days, not 78.21', () => {
    for (const repayment_method of [
      'equal_installment',
      'equal_principal',
      'interest_first',
    ] as const) {
      const record = loan(1_000_000, { repayment_method, length: 3 }, '2027-02-01');
      expect(owedOn(record, '2027-02-25'), repayment_method).toBe(7_300);
      expect(payoff(position(record, '2027-02-25'))).toBe(1_007_300);
    }
  });
});

describe('exact interest: each term type, and a period a payment cut', () => {
  it('pay any time 60 and 90 days: by the day, the whole term billed as its days', () => {
    for (const length of [60, 90]) {
      const record = loan(1_000_000, { repayment_method: 'pay_anytime', length }, '2026-11-01');
      expect(record.schedule.total_interest.amount).toBe(interestForDays(1_000_000, APR, length));
      expect(owedOn(record, '2026-11-21')).toBe(interestForDays(1_000_000, APR, 20));
    }
  });

  it('a whole month is billed as 30 days (APR / 12) whatever its length', () => {
    const feb = loan(1_000_000, { repayment_method: 'interest_first', length: 3 }, '2027-02-01');
    expect(feb.schedule.installments[0]!.interest.amount).toBe(9_125);
    expect(interestForDays(1_000_000, APR, 30)).toBe(9_125);
  });

  it('after a prepayment the new principal earns its own days, and the period still counts 30', () => {
    const record = loan(1_000_000, { repayment_method: 'interest_first', length: 3 }, '2026-12-01');
    // Day 10: interest to date 30.42 (3,041.67 rounded once), then 5,000.00 of principal.
    const { settled, loan: after } = applyPayment(record, '2026-12-11', 503_042);
    expect(settled).toEqual({ penalty: 0, interest: 3_042, principal: 500_000 });
    // The period's 20 days left on 5,000.00: 30.42 (3,041.67); due with the first instalment.
    expect(after.schedule.installments[0]!.interest.amount).toBe(3_042);
    // Five days later: 5,000.00 × 5 days = 7.60 (760.42 rounded once).
    expect(owedOn(after, '2026-12-16')).toBe(interestForDays(500_000, APR, 5));
    // Paying interest only on day 15 leaves nothing to date; the rest of the period on 5,000.00.
    const again = applyPayment(after, '2026-12-16', 760).loan;
    expect(owedOn(again, '2026-12-16')).toBe(0);
    expect(owedOn(again, '2026-12-21')).toBe(interestForDays(500_000, APR, 5));
    // What the instalment still bills: the 15 days the period has left, on 5,000.00.
    expect(again.schedule.installments[0]!.interest.amount).toBe(interestForDays(500_000, APR, 15));
  });
});

describe('a loan closed by a refund from escrow', () => {
  it('shows its instalment waived with interest 0, not "paid" with the 54.75 nobody paid', () => {
    const record = loan(600_000, anytime30, '2026-11-01');
    expect(record.schedule.installments[0]!.interest.amount).toBe(5_475);
    // Day 5: the goods are refunded from escrow, cancelling the principal and its interest.
    const {
      loan: closed,
      repaid,
      settled,
    } = applyPayment(record, '2026-11-06', 600_000, true, true);
    expect(repaid).toBe(true);
    expect(settled).toEqual({ penalty: 0, interest: 0, principal: 600_000 });
    expect(closed.status).toBe('repaid');
    expect(closed.paid[0]!.waived).toBe(true);
    expect(closed.schedule.installments[0]).toMatchObject({
      interest: { amount: 0 },
      amount: { amount: 600_000 },
    });
    expect(closed.schedule.total_interest.amount).toBe(0);
  });

  it('keeps an ordinary repayment "paid" with the interest it paid', () => {
    const record = loan(600_000, anytime30, '2026-11-01');
    const { loan: closed } = applyPayment(
      record,
      '2026-11-06',
      payoff(position(record, '2026-11-06')),
    );
    expect(closed.status).toBe('repaid');
    expect(closed.paid[0]!.waived).toBeUndefined();
  });
});
