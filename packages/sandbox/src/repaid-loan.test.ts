/**
 * Issue 16 (smaller): repaying a loan already repaid is `409 loan_already_repaid` in every path
 * (the partner's server, the shop's wallet page asking for a code and repaying, the due-date
 * debit), and takes nothing.
 */
import {
  CLIENT_SECRET_HEADER,
  type Event,
  type List,
  type Repayment,
  type Wallet,
  type WalletSession,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { approvedShop, caller, expectError } from './testing/harness.js';

const { app } = createSandbox();

describe('a loan already repaid', () => {
  it('refuses another repayment in every path, 409 loan_already_repaid, taking nothing', async () => {
    const w = await approvedShop(app, { consents: ['credit_query', 'direct_debit'] });
    await w.topUp(2_000_000);
    const loan = await w.borrow(1_000_000);
    await w.advanceDays(3);
    const paid = await w.server.post<Repayment>(`/v1/loans/${loan.id}/repayments`, {});
    expect(paid.status, paid.text).toBe(200);
    const balance = async () =>
      (await w.server.get<Wallet>(`/v1/wallets/${w.shop.wallet}`)).body.balance.amount;
    const before = await balance();

    // The partner's server, with and without an amount.
    expectError(await w.server.post(`/v1/loans/${loan.id}/repayments`, {}), 'loan_already_repaid');
    expectError(
      await w.server.post(`/v1/loans/${loan.id}/repayments`, {
        amount: { amount: 100, currency: 'CNY' },
      }),
      'loan_already_repaid',
    );

    // The shop's wallet page: no code is sent for a loan that owes nothing, and no repayment.
    const session = (
      await w.server.post<WalletSession>('/v1/wallet_sessions', { buyer: w.shop.id })
    ).body;
    const page = caller(app, w.partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: session.client_secret },
    });
    expectError(
      await page.post(`/v1/client/loans/${loan.id}/verification_codes`, {}),
      'loan_already_repaid',
    );
    expectError(
      await page.post(`/v1/client/loans/${loan.id}/verification_codes`, {
        amount: { amount: 100, currency: 'CNY' },
      }),
      'loan_already_repaid',
    );
    expectError(
      await page.post(`/v1/client/loans/${loan.id}/repayments`, { verification_code: '123456' }),
      'loan_already_repaid',
    );

    // The due date passes: the bank debits nothing and reports no failure.
    await w.advanceDays(30);
    expect(await balance()).toBe(before);
    const types = (await w.server.get<List<Event>>('/v1/events?limit=100')).body.data.map(
      (e) => e.type,
    );
    expect(types).not.toContain('repayment.failed');
    expect(types.filter((t) => t === 'loan.repaid')).toHaveLength(1);
    const receipts = (await w.server.get<List<Repayment>>(`/v1/loans/${loan.id}/repayments`)).body
      .data;
    expect(receipts.map((r) => r.id)).toEqual([paid.body.id]);
  });
});
