/**
 * A credit line's monthly statement and a repaid loan's payoff certificate through the bank's
 * HTTP API: figures that add up (and agree with the loans), text, printable HTML, the bank's
 * hash; typed refusals.
 */
import {
  addDays,
  sha256Hex,
  type CreditLineStatement,
  type List,
  type Loan,
  type PayoffCertificate,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { approvedShop, expectError } from './testing/harness.js';

const { app } = createSandbox();

/** A shop with a ¥20,000 line ([approve], 10.95%) and a way to borrow on it for 30 days. */
async function lineWorld(businessName = '贝贝<母婴>生活馆 [approve]') {
  const w = await approvedShop(app, { businessName });
  const { server, shop } = w;
  const repayAll = async (loan: Loan) => {
    const { payoff_amount } = (await server.get<Loan>(`/v1/loans/${loan.id}`)).body;
    await server.post(`/v1/wallets/${shop.wallet}/top_ups`, { amount: payoff_amount });
    const reply = await server.post(`/v1/loans/${loan.id}/repayments`, {});
    expect(reply.status, reply.text).toBe(200);
  };
  const statement = (month: string) =>
    server.get<CreditLineStatement>(`/v1/credit_lines/${w.line.id}/statement?month=${month}`);
  return {
    server,
    shop,
    line: w.line.id,
    borrow: (amount: number) => w.borrow(amount),
    advance: w.advanceDays,
    repayAll,
    statement,
  };
}

const monthOf = (date: string) => date.slice(0, 7);

describe('monthly statements', () => {
  it('add up month by month and agree with the loans', async () => {
    const w = await lineWorld();
    const first = await w.borrow(1_000_000);
    await w.advance(17);
    await w.repayAll(first); // ¥51.71 of interest (17 days at 10.95%)
    const second = await w.borrow(300_000);
    await w.advance(20);
    const months = [
      ...new Set([
        monthOf(first.disbursed_on),
        monthOf(addDays(first.disbursed_on, 17)),
        monthOf(addDays(first.disbursed_on, 37)),
      ]),
    ];
    const statements: CreditLineStatement[] = [];
    for (const month of months) {
      const reply = await w.statement(month);
      expect(reply.status, reply.text).toBe(200);
      statements.push(reply.body);
    }
    let opening = 0;
    for (const s of statements) {
      expect(s.opening_balance.amount).toBe(opening);
      expect(s.closing_balance.amount).toBe(
        s.opening_balance.amount +
          s.drawdowns.amount -
          s.principal_repaid.amount -
          s.principal_refunded.amount,
      );
      expect(s.text_sha256).toBe(sha256Hex(s.text));
      expect(s.text).toContain(s.credit_line);
      opening = s.closing_balance.amount;
    }
    const total = (pick: (s: CreditLineStatement) => number) =>
      statements.reduce((sum, s) => sum + pick(s), 0);
    expect(total((s) => s.drawdowns.amount)).toBe(1_300_000);
    expect(total((s) => s.principal_repaid.amount)).toBe(1_000_000);
    expect(total((s) => s.interest_paid.amount)).toBe(5_171);
    expect(total((s) => s.penalty_paid.amount)).toBe(0);
    // The last closing balance is what the loans still owe in principal.
    const loans = (await w.server.get<List<Loan>>('/v1/loans')).body.data;
    const owed = loans.reduce((sum, loan) => sum + loan.principal_outstanding.amount, 0);
    expect(opening).toBe(owed);
    expect(owed).toBe(300_000);
    expect(statements.at(-1)!.loans).toContain(second.id);
  });

  it('print as escaped HTML, and refuse a month not begun or badly written', async () => {
    const w = await lineWorld();
    const loan = await w.borrow(100_000);
    const now = (await w.server.get<Loan>(`/v1/loans/${loan.id}`)).body.disbursed_on;
    const { html } = (await w.statement(monthOf(now))).body;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('贝贝&lt;母婴&gt;生活馆');
    expect(html).not.toContain('<母婴>');
    const later = monthOf(addDays(now, 40));
    expectError(await w.statement(later), 'parameter_invalid', 'month');
    expectError(await w.statement('2026-13'), 'parameter_invalid', 'month');
    expectError(
      await w.server.get('/v1/credit_lines/cl_000000000000000000000000/statement?month=2026-01'),
      'resource_missing',
    );
  });
});

describe('payoff certificates', () => {
  it('are issued for a repaid loan only, with its figures, dates and the bank’s hash', async () => {
    const w = await lineWorld();
    const loan = await w.borrow(1_000_000);
    await w.advance(17);
    expectError(await w.server.get(`/v1/loans/${loan.id}/payoff_certificate`), 'loan_not_repaid');
    await w.repayAll(loan);
    const reply = await w.server.get<PayoffCertificate>(`/v1/loans/${loan.id}/payoff_certificate`);
    expect(reply.status, reply.text).toBe(200);
    const certificate = reply.body;
    expect(certificate).toMatchObject({
      object: 'payoff_certificate',
      loan: loan.id,
      buyer: w.shop.id,
      principal: { amount: 1_000_000 },
      principal_repaid: { amount: 1_000_000 },
      principal_refunded: { amount: 0 },
      interest_paid: { amount: 5_171 },
      penalty_paid: { amount: 0 },
      total_paid: { amount: 1_005_171 },
      disbursed_on: loan.disbursed_on,
      repaid_on: addDays(loan.disbursed_on, 17),
    });
    expect(certificate.text_sha256).toBe(sha256Hex(certificate.text));
    expect(certificate.text).toContain('¥10,051.71');
    expect(certificate.html).toContain(certificate.text_sha256);
    expect(certificate.html).toContain('结清证明');
    // The same loan gives the same certificate every time.
    expect(
      (await w.server.get<PayoffCertificate>(`/v1/loans/${loan.id}/payoff_certificate`)).body,
    ).toEqual(certificate);
  });
});
