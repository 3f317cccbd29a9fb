/**
 * Instalment loans (3/6/12 months) serviced on the test clock, on both stores: each instalment
 * debited from the wallet on its due date, a missed one overdue with penalty on its own
 * principal and the line frozen until the past-due amount is paid, an instalment paid early
 * from the wallet, a partial prepayment recomputing the instalments left. The harness verifies
 * the ledger after every call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addDays,
  daysBetween,
  randomToken,
  type CreditLine,
  type Event,
  type List,
  type Loan,
  type Repayment,
  type Wallet,
} from '@xinghui/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { MemoryStore } from './store/memory-store.js';
import { SqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';
import { approvedShop, codeFor, expectError } from './testing/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-instalments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STORES = [
  { name: 'a memory store', make: (): Store => new MemoryStore() },
  { name: 'a SQLite file', make: (): Store => new SqliteStore(join(dir, `${randomToken(10)}.db`)) },
];

type Method = 'equal_installment' | 'equal_principal' | 'interest_first';
const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

describe.each(STORES)('instalment loans on $name', ({ make }) => {
  const { app } = createSandbox({ store: make() });

  /**
   * A shop at APR 10.95% ([approve]: a line of 20,000.00) that borrowed 10,000.00 over 3 months,
   * paid to its supplier, with `topUp` fen in its wallet and its direct-debit authorisation
   * (代扣授权), so the bank debits each due date.
   */
  async function borrowed(repayment_method: Method, topUp = 0) {
    const w = await approvedShop(app, { consents: ['credit_query', 'direct_debit'] });
    const { server, shop } = w;
    const applied = { credit_line: w.line.id };
    const checkout = async (amount: number, term: { repayment_method: string; length: number }) => {
      const { session, page } = await w.checkout(amount, ['credit']);
      await page.post('/v1/client/checkout_session/verification_codes');
      return page.post('/v1/client/checkout_session/confirm', {
        payment_method: 'credit',
        term,
        verification_code: await codeFor(server, session.id),
      });
    };
    expect((await checkout(1_000_000, { repayment_method, length: 3 })).status).toBe(200);
    const [loan] = (await server.get<List<Loan>>('/v1/loans')).body.data;
    expect(loan!.apr).toBe('0.1095');
    let today = loan!.disbursed_on;
    const topUpWallet = (amount: number) =>
      server.post(`/v1/wallets/${shop.wallet}/top_ups`, { amount: cny(amount) });
    if (topUp > 0) await topUpWallet(topUp);
    return {
      server,
      shop,
      checkout,
      loan: loan!,
      dueDates: loan!.schedule.installments.map((i) => i.due_date),
      topUp: topUpWallet,
      /** Moves the clock to a date (and runs every timer on the way). */
      advanceTo: async (date: string) => {
        const days = daysBetween(today, date);
        if (days > 0) await server.post('/v1/test_clocks/advance', { days });
        today = date;
      },
      getLoan: async () => (await server.get<Loan>(`/v1/loans/${loan!.id}`)).body,
      wallet: async () =>
        (await server.get<Wallet>(`/v1/wallets/${shop.wallet}`)).body.balance.amount,
      line: async () =>
        (await server.get<CreditLine>(`/v1/credit_lines/${applied.credit_line}`)).body,
      receipts: async () =>
        (
          await server.get<List<Repayment>>(`/v1/loans/${loan!.id}/repayments?limit=100`)
        ).body.data.reverse(),
      events: async (type: string) =>
        (await server.get<List<Event>>(`/v1/events?type=${type}&limit=100`)).body.data,
      repay: (amount?: number) =>
        server.post<Repayment>(
          `/v1/loans/${loan!.id}/repayments`,
          amount === undefined ? {} : { amount: cny(amount) },
        ),
    };
  }

  const split = (r: Repayment) => [
    r.amount.amount,
    r.penalty.amount,
    r.interest.amount,
    r.principal.amount,
  ];

  it('debits 3,394.35 on each due date (interest 91.25, 61.11, 30.69), then the loan is repaid', async () => {
    const b = await borrowed('equal_installment', 3 * 339_435);
    expect(b.loan).toMatchObject({
      next_due_date: b.dueDates[0],
      next_due_amount: cny(339_435),
      past_due_amount: cny(0),
    });
    expect(b.loan.schedule.installments.map((i) => i.status)).toEqual([
      'upcoming',
      'upcoming',
      'upcoming',
    ]);

    await b.advanceTo(b.dueDates[0]!);
    expect(await b.wallet()).toBe(2 * 339_435);
    const afterFirst = await b.getLoan();
    expect(afterFirst).toMatchObject({
      status: 'active',
      principal_outstanding: cny(1_000_000 - 330_310),
      next_due_date: b.dueDates[1],
      next_due_amount: cny(339_435),
    });
    expect(afterFirst.schedule.installments.map((i) => i.status)).toEqual([
      'paid',
      'upcoming',
      'upcoming',
    ]);

    await b.advanceTo(b.dueDates[1]!);
    expect(await b.wallet()).toBe(339_435);
    await b.advanceTo(b.dueDates[2]!);
    expect(await b.wallet()).toBe(0);

    expect((await b.receipts()).map(split)).toEqual([
      [339_435, 0, 9_125, 330_310],
      [339_435, 0, 6_111, 333_324],
      [339_435, 0, 3_069, 336_366],
    ]);
    const loan = await b.getLoan();
    expect(loan).toMatchObject({ status: 'repaid', payoff_amount: cny(0), next_due_date: null });
    expect(loan.schedule.installments.map((i) => i.status)).toEqual(['paid', 'paid', 'paid']);
    expect(await b.events('loan.repaid')).toHaveLength(1);
    expect(await b.events('loan.payment_due')).toHaveLength(3);
    expect(await b.events('repayment.failed')).toHaveLength(0);
    expect((await b.line()).available.amount).toBe(2_000_000);
    expectError(await b.repay(), 'loan_already_repaid');
  });

  it('misses the second instalment: penalty on its principal only, line frozen, then unfrozen', async () => {
    const b = await borrowed('equal_installment', 339_435); // the first instalment only
    await b.advanceTo(b.dueDates[1]!);
    expect(await b.events('repayment.failed')).toHaveLength(1);
    expect(await b.events('loan.overdue')).toHaveLength(0);
    expect((await b.getLoan()).schedule.installments.map((i) => i.status)).toEqual([
      'paid',
      'due',
      'upcoming',
    ]);

    await b.advanceTo(addDays(b.dueDates[1]!, 10));
    expect(await b.events('loan.overdue')).toHaveLength(1);
    expect((await b.line()).status).toBe('frozen');
    expectError(
      await b.checkout(10_000, { repayment_method: 'pay_anytime', length: 30 }),
      'credit_line_frozen',
    );
    // Penalty on the second instalment's principal only, 10 days at APR × 1.5:
    // 333,324 × 0.1095 × 1.5 × 10 / 360 = 1,520.79… → 1,521 (instalment 3's principal earns
    // contract interest, not penalty).
    const late = await b.getLoan();
    expect(late).toMatchObject({
      status: 'overdue',
      penalty_interest: cny(1_521),
      past_due_amount: cny(339_435 + 1_521),
      next_due_date: b.dueDates[1],
      next_due_amount: cny(339_435),
    });
    expect(late.schedule.installments.map((i) => i.status)).toEqual([
      'paid',
      'overdue',
      'upcoming',
    ]);

    await b.topUp(340_956);
    const receipt = await b.repay(340_956);
    expect(receipt.status, receipt.text).toBe(200);
    expect(split(receipt.body)).toEqual([340_956, 1_521, 6_111, 333_324]);
    expect(await b.getLoan()).toMatchObject({
      status: 'active',
      penalty_interest: cny(0),
      past_due_amount: cny(0),
      next_due_date: b.dueDates[2],
      next_due_amount: cny(339_435),
    });
    expect((await b.line()).status).toBe('active');

    // The last instalment is billed as scheduled, and closes the loan.
    await b.topUp(339_435);
    await b.advanceTo(b.dueDates[2]!);
    expect(await b.getLoan()).toMatchObject({ status: 'repaid' });
    expect((await b.line()).used.amount).toBe(0);
  });

  it('counts a payment from the reminder on towards the instalment due, at its scheduled amount', async () => {
    const b = await borrowed('equal_installment');
    await b.advanceTo(addDays(b.dueDates[0]!, -2)); // the reminder went out yesterday
    expect((await b.getLoan()).schedule.installments[0]!.status).toBe('due');
    await b.topUp(339_435);
    const early = await b.repay(339_435);
    expect(split(early.body)).toEqual([339_435, 0, 9_125, 330_310]);
    await b.advanceTo(b.dueDates[0]!);
    // Nothing more on the due date, and nothing recomputed.
    expect(await b.receipts()).toHaveLength(1);
    const loan = await b.getLoan();
    expect(loan.schedule.installments.map((i) => i.amount.amount)).toEqual([
      339_435, 339_435, 339_435,
    ]);
    expect(loan.schedule.installments.map((i) => i.status)).toEqual([
      'paid',
      'upcoming',
      'upcoming',
    ]);
  });

  it('recomputes the two instalments left after a partial prepayment on the first due date', async () => {
    const b = await borrowed('equal_installment', 339_435 + 300_000);
    await b.advanceTo(b.dueDates[0]!);
    expect(await b.wallet()).toBe(300_000); // the first instalment was debited
    // Prepaid the same day: no interest to date (the second period starts today), no fee.
    const prepaid = await b.repay(300_000);
    expect(prepaid.status, prepaid.text).toBe(200);
    expect(split(prepaid.body)).toEqual([300_000, 0, 0, 300_000]);
    // Left: 1,000,000 − 330,310 − 300,000 = 369,690 over the same 2 due dates. r = 0.009125.
    // level = 369,690 × (1+r)² × r / ((1+r)² − 1) = 369,690 × 1.018333265625 / 2.009125
    //       = 187,378.9… → 187,379
    // #2: interest 369,690 × r = 3,373.42 → 3,373; principal 187,379 − 3,373 = 184,006
    // #3: balance 185,684; interest 1,694.37 → 1,694; amount 185,684 + 1,694 = 187,378
    const loan = await b.getLoan();
    expect(
      loan.schedule.installments.map((i) => [
        i.number,
        i.due_date,
        i.principal.amount,
        i.interest.amount,
        i.status,
      ]),
    ).toEqual([
      [1, b.dueDates[0], 330_310, 9_125, 'paid'],
      [2, b.dueDates[1], 184_006, 3_373, 'upcoming'],
      [3, b.dueDates[2], 185_684, 1_694, 'upcoming'],
    ]);
    expect(loan).toMatchObject({
      principal_outstanding: cny(369_690),
      next_due_amount: cny(187_379),
      payoff_amount: cny(369_690),
    });
    expect((await b.line()).used.amount).toBe(369_690);

    await b.topUp(187_379 + 187_378);
    await b.advanceTo(b.dueDates[2]!);
    expect((await b.receipts()).map(split)).toEqual([
      [339_435, 0, 9_125, 330_310],
      [300_000, 0, 0, 300_000],
      [187_379, 0, 3_373, 184_006],
      [187_378, 0, 1_694, 185_684],
    ]);
    expect((await b.getLoan()).status).toBe('repaid');
  });

  it('bills equal principal (等额本金) and interest-first (先息后本) by their schedules', async () => {
    const principal = await borrowed('equal_principal', 342_458);
    await principal.advanceTo(principal.dueDates[0]!);
    expect((await principal.receipts()).map(split)).toEqual([[342_458, 0, 9_125, 333_333]]);
    expect(await principal.getLoan()).toMatchObject({
      principal_outstanding: cny(666_667),
      next_due_amount: cny(339_416),
    });

    const interestFirst = await borrowed('interest_first', 2 * 9_125);
    await interestFirst.advanceTo(interestFirst.dueDates[1]!);
    expect((await interestFirst.receipts()).map(split)).toEqual([
      [9_125, 0, 9_125, 0],
      [9_125, 0, 9_125, 0],
    ]);
    expect(await interestFirst.getLoan()).toMatchObject({
      principal_outstanding: cny(1_000_000),
      next_due_amount: cny(1_009_125),
    });
  });

  it('refuses, typed and changing nothing: more than the payoff, a float, an empty wallet', async () => {
    const b = await borrowed('equal_installment', 100_000);
    const before = await b.getLoan();
    expectError(
      await b.repay(before.payoff_amount.amount + 1),
      'amount_too_large',
      'amount.amount',
    );
    expectError(
      await b.server.post(`/v1/loans/${b.loan.id}/repayments`, {
        amount: { amount: 1000.5, currency: 'CNY' },
      }),
      'parameter_invalid',
      'amount.amount',
    );
    expectError(await b.repay(200_000), 'insufficient_balance');
    expect(await b.getLoan()).toEqual(before);
    expect(await b.wallet()).toBe(100_000);
    expect(await b.receipts()).toHaveLength(0);
  });
});
