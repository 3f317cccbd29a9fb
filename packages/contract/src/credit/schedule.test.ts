import { describe, expect, it } from 'vitest';
import { LOAN_TERMS, LoanSchedule, LoanTermParams } from './loan-terms.js';
import { loanSchedule, periodDays, rescheduleInstallments } from './schedule.js';

const amounts = (schedule: LoanSchedule, field: 'amount' | 'interest' | 'principal') =>
  schedule.installments.map((installment) => installment[field].amount);

// The worked examples of the credit issue: 10,000.00 CNY at APR 10.95%, and 5,000.00 at 12%.
describe('loanSchedule: the worked examples', () => {
  it('draw and repay any time, 30 days: interest 91.25', () => {
    const schedule = loanSchedule(
      1_000_000,
      '0.1095',
      { repayment_method: 'pay_anytime', length: 30 },
      '2026-11-28',
    );
    expect(schedule.total_interest.amount).toBe(9_125);
    expect(schedule.installments).toEqual([
      {
        number: 1,
        due_date: '2026-12-28',
        principal: { amount: 1_000_000, currency: 'CNY' },
        interest: { amount: 9_125, currency: 'CNY' },
        amount: { amount: 1_009_125, currency: 'CNY' },
      },
    ]);
    expect(schedule.daily_rate).toBe('0.000304');
  });

  it('3 equal instalments (等额本息): 3,394.35 each; interest 91.25, 61.11, 30.69', () => {
    const schedule = loanSchedule(
      1_000_000,
      '0.1095',
      { repayment_method: 'equal_installment', length: 3 },
      '2026-11-28',
    );
    expect(amounts(schedule, 'amount')).toEqual([339_435, 339_435, 339_435]);
    expect(amounts(schedule, 'interest')).toEqual([9_125, 6_111, 3_069]);
    expect(amounts(schedule, 'principal').reduce((a, b) => a + b)).toBe(1_000_000);
    expect(schedule.installments.map((i) => i.due_date)).toEqual([
      '2026-12-28',
      '2027-01-28',
      '2027-02-28',
    ]);
  });

  it('3 months equal principal (等额本金): 3,424.58, 3,394.16, 3,363.76', () => {
    const schedule = loanSchedule(
      1_000_000,
      '0.1095',
      { repayment_method: 'equal_principal', length: 3 },
      '2026-11-28',
    );
    expect(amounts(schedule, 'amount')).toEqual([342_458, 339_416, 336_376]);
    expect(amounts(schedule, 'principal')).toEqual([333_333, 333_333, 333_334]);
  });

  it('5,000.00 at 12% in 12 equal instalments: 444.24 eleven times, then 444.29 (4.40 + 439.89)', () => {
    const schedule = loanSchedule(
      500_000,
      '0.12',
      { repayment_method: 'equal_installment', length: 12 },
      '2026-01-31',
    );
    expect(amounts(schedule, 'amount')).toEqual([...Array(11).fill(44_424), 44_429]);
    const last = schedule.installments[11]!;
    expect(last.interest.amount).toBe(440);
    expect(last.principal.amount).toBe(43_989);
    expect(amounts(schedule, 'principal').reduce((a, b) => a + b)).toBe(500_000);
  });
});

describe('loanSchedule: the rules behind them', () => {
  it('keeps the disbursement day of the month, clamped to the month end', () => {
    const schedule = loanSchedule(
      300_000,
      '0.12',
      { repayment_method: 'interest_first', length: 6 },
      '2027-01-31',
    );
    expect(schedule.installments.map((i) => i.due_date)).toEqual([
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
      '2027-06-30',
      '2027-07-31',
    ]);
  });

  it('interest-first (先息后本) bills the interest monthly and all principal with the last', () => {
    const schedule = loanSchedule(
      1_000_000,
      '0.1095',
      { repayment_method: 'interest_first', length: 3 },
      '2026-11-28',
    );
    expect(amounts(schedule, 'interest')).toEqual([9_125, 9_125, 9_125]);
    expect(amounts(schedule, 'principal')).toEqual([0, 0, 1_000_000]);
    expect(schedule.total_amount.amount).toBe(1_027_375);
  });

  it('pays back exactly the principal, in integer fen, on every offered term', () => {
    for (const principal of [1, 99, 100_000, 1_234_567, 5_000_000]) {
      for (const apr of ['0', '0.0365', '0.1095', '0.18', '0.24']) {
        for (const term of LOAN_TERMS) {
          const schedule = loanSchedule(principal, apr, term, '2026-11-28');
          const principalSum = amounts(schedule, 'principal').reduce((a, b) => a + b);
          expect(principalSum, `${principal} ${apr} ${JSON.stringify(term)}`).toBe(principal);
          for (const installment of schedule.installments) {
            expect(Number.isInteger(installment.interest.amount)).toBe(true);
            expect(installment.principal.amount).toBeGreaterThanOrEqual(0);
            expect(installment.amount.amount).toBe(
              installment.principal.amount + installment.interest.amount,
            );
          }
          expect(LoanSchedule.safeParse(schedule).success).toBe(true);
        }
      }
    }
  });

  it('offers only the listed terms', () => {
    expect(LoanTermParams.safeParse({ repayment_method: 'pay_anytime', length: 30 }).success).toBe(
      true,
    );
    expect(LoanTermParams.safeParse({ repayment_method: 'pay_anytime', length: 45 }).success).toBe(
      false,
    );
    expect(
      LoanTermParams.safeParse({ repayment_method: 'equal_installment', length: 30 }).success,
    ).toBe(false);
    expect(LoanTermParams.safeParse({ repayment_method: 'balloon', length: 3 }).success).toBe(
      false,
    );
  });
});

describe('rescheduleInstallments: a partial prepayment keeps the due dates and their number', () => {
  const lines = (installments: ReturnType<typeof rescheduleInstallments>) =>
    installments.map((i) => [i.number, i.due_date, i.principal.amount, i.interest.amount]);

  it('spreads what is left after 3,000.00 prepaid on the first due date over the 2 left', () => {
    // 10,000.00 at 10.95% in 3 equal instalments; the first paid 3,303.10 of principal, so
    // 6,696.90 − 3,000.00 = 3,696.90 is left. r = 0.1095 / 12 = 0.009125.
    // level = 369,690 × r(1+r)² / ((1+r)² − 1) = 369,690 × 1.018333265625 / 2.009125
    //       = 187,378.9… → 187,379
    // #2: interest 369,690 × r = 3,373.42 → 3,373; principal 187,379 − 3,373 = 184,006
    // #3: balance 185,684; interest 1,694.37 → 1,694; amount 185,684 + 1,694 = 187,378
    const installments = rescheduleInstallments(
      369_690,
      '0.1095',
      'equal_installment',
      ['2027-01-28', '2027-02-28'],
      2,
    );
    expect(lines(installments)).toEqual([
      [2, '2027-01-28', 184_006, 3_373],
      [3, '2027-02-28', 185_684, 1_694],
    ]);
    expect(installments.map((i) => i.amount.amount)).toEqual([187_379, 187_378]);
  });

  it('charges only the days left of a period the prepayment fell in', () => {
    // 6,696.90 left on 2027-01-07, 10 days into the period 2026-12-28 → 2027-01-28, which
    // counts 30 days: 20 left. #2 interest 669,690 × 0.1095 × 20 / 360 = 4,074.0… → 4,074
    // (whole month: 6,111); the principal splits as for a whole month: 339,435 − 6,111 = 333,324.
    const installments = rescheduleInstallments(
      669_690,
      '0.1095',
      'equal_installment',
      ['2027-01-28', '2027-02-28'],
      2,
      { daysLeft: 20 },
    );
    expect(lines(installments)).toEqual([
      [2, '2027-01-28', 333_324, 4_074],
      [3, '2027-02-28', 336_366, 3_069],
    ]);
  });

  it('recomputes equal principal and interest-first on the new principal', () => {
    // 5,000.00 left over 2 months: 2,500.00 each, interest 45.63 then 22.81.
    expect(
      lines(
        rescheduleInstallments(
          500_000,
          '0.1095',
          'equal_principal',
          ['2027-01-28', '2027-02-28'],
          2,
        ),
      ),
    ).toEqual([
      [2, '2027-01-28', 250_000, 4_563],
      [3, '2027-02-28', 250_000, 2_281],
    ]);
    expect(
      lines(
        rescheduleInstallments(
          500_000,
          '0.1095',
          'interest_first',
          ['2027-01-28', '2027-02-28'],
          2,
        ),
      ),
    ).toEqual([
      [2, '2027-01-28', 0, 4_563],
      [3, '2027-02-28', 500_000, 4_563],
    ]);
  });

  it('gives back the original schedule when nothing was prepaid', () => {
    const schedule = loanSchedule(
      1_000_000,
      '0.1095',
      { repayment_method: 'equal_principal', length: 3 },
      '2026-11-28',
    );
    expect(
      rescheduleInstallments(
        1_000_000,
        '0.1095',
        'equal_principal',
        schedule.installments.map((i) => i.due_date),
      ),
    ).toEqual(schedule.installments);
  });
});

describe('periodDays', () => {
  it('counts a pay-any-time period its length and every month 30 days (APR / 12)', () => {
    expect(periodDays('pay_anytime', 30)).toBe(30);
    expect(periodDays('pay_anytime', 90)).toBe(90);
    for (const method of ['equal_installment', 'equal_principal', 'interest_first'] as const)
      expect(periodDays(method, 12)).toBe(30);
  });
});
