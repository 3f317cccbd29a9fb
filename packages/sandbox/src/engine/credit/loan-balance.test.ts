import { interestForDays, loanSchedule, penaltyInterestForDays } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import type { LoanRecord } from '../core/records.js';
import { amountDue, applyPayment, interestOwed, payoff, position } from './loan-balance.js';

const APR = '0.1095';

/** A loan of `principal` fen drawn on 2026-11-01, paid nothing yet. */
function loan(principal: number, term: Parameters<typeof loanSchedule>[2]): LoanRecord {
  const schedule = loanSchedule(principal, APR, term, '2026-11-01');
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
    disbursed_on: '2026-11-01',
    debit_failure_code: null,
    schedule,
    agreement: { consent: 'cns_test', version: '2026-11-01', text_sha256: '0'.repeat(64) },
    account: 'acct_test',
    paid: schedule.installments.map(() => ({ principal: 0, interest: 0 })),
    penalty_from: '2026-11-01',
    penalty_carried: 0,
    created: 0,
  };
}

const anytime = () => loan(1_000_000, { repayment_method: 'pay_anytime', length: 30 });

describe('loan balance', () => {
  it('counts interest from the disbursement day up to, not including, today', () => {
    expect(interestOwed(position(anytime(), '2026-11-01'))).toBe(0);
    // 10,000.00 for 17 days at 10.95%: 51.71, the credit journey's early repayment.
    const day17 = position(anytime(), '2026-11-18');
    expect(interestOwed(day17)).toBe(5_171);
    expect(payoff(day17)).toBe(1_005_171);
    expect(amountDue(day17, anytime())).toBe(0);
  });

  it('bills the due date, then runs penalty interest at 1.5 x APR on the unpaid principal', () => {
    const due = position(anytime(), '2026-12-01');
    expect(due.penalty).toBe(0);
    expect(amountDue(due, anytime())).toBe(1_000_000 + interestForDays(1_000_000, APR, 30));
    const late = position(anytime(), '2026-12-03');
    expect(late.penalty).toBe(penaltyInterestForDays(1_000_000, APR, 2));
    expect(late.penalty).toBeGreaterThan(interestForDays(1_000_000, APR, 2));
    expect(payoff(late)).toBe(1_000_000 + interestForDays(1_000_000, APR, 30) + late.penalty);
  });

  it('applies a payment to penalty, then interest, then principal', () => {
    const late = position(anytime(), '2026-12-03');
    const penaltyOnly = applyPayment(anytime(), '2026-12-03', late.penalty - 1);
    expect(penaltyOnly.settled).toEqual({ penalty: late.penalty - 1, interest: 0, principal: 0 });
    const some = applyPayment(anytime(), '2026-12-03', late.penalty + 100);
    expect(some.settled).toEqual({ penalty: late.penalty, interest: 100, principal: 0 });
    expect(some.repaid).toBe(false);
    const all = applyPayment(anytime(), '2026-12-03', payoff(late));
    expect(all.repaid).toBe(true);
    expect(all.settled.principal).toBe(1_000_000);
  });

  it('takes a prepayment off the principal and charges interest to date only', () => {
    const { settled, loan: after } = applyPayment(anytime(), '2026-11-11', 500_000);
    expect(settled.interest).toBe(interestForDays(1_000_000, APR, 10));
    expect(settled.principal).toBe(500_000 - settled.interest);
    expect(payoff(position(after, '2026-11-11'))).toBe(1_000_000 - settled.principal);
  });

  it('keeps equal-principal instalments to the fen: the last takes the remainder', () => {
    const monthly = loan(1_000_001, { repayment_method: 'equal_principal', length: 3 });
    const principals = monthly.schedule.installments.map((line) => line.principal.amount);
    expect(principals).toEqual([333_333, 333_333, 333_335]);
    expect(payoff(position(monthly, '2026-11-01'))).toBe(1_000_001);
  });
});
