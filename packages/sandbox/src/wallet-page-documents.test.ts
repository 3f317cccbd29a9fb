/**
 * What a shop's own "my account" page (a wallet session) reads besides its money: the payments
 * held in escrow awaiting its receipt, its line's monthly statement, the repayments made on each
 * loan and its repaid loans' payoff certificates; loans that say which order and supplier they
 * paid. Never another shop's.
 */
import {
  CLIENT_SECRET_HEADER,
  type Buyer,
  type CheckoutSession,
  type CreditApplication,
  type CreditLineStatement,
  type List,
  type Loan,
  type PayoffCertificate,
  type ReceiptConfirmation,
  type Repayment,
  type Supplier,
  type WalletSession,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import {
  SHOP,
  SUPPLIER,
  caller,
  codeFor,
  creditCodeOf,
  expectError,
  newPartner,
  sessionParams,
} from './testing/harness.js';

const { app } = createSandbox();

/** One partner, two shops of it (the first on an [approve] line), a supplier. */
async function shops() {
  const { partner, server } = await newPartner(app);
  const shop = (
    await server.post<Buyer>('/v1/buyers', { ...SHOP, business_name: '贝贝母婴生活馆 [approve]' })
  ).body;
  const other = (
    await server.post<Buyer>('/v1/buyers', {
      ...SHOP,
      business_name: '邻家便利店',
      credit_code: creditCodeOf(2),
      phone: '13900001111',
    })
  ).body;
  const supplier = (await server.post<Supplier>('/v1/suppliers', SUPPLIER)).body;
  await server.post('/v1/consents', {
    buyer: shop.id,
    type: 'credit_query',
    template_version: '2026-11-01',
    locale: 'zh-CN',
  });
  const application = (
    await server.post<CreditApplication>('/v1/credit_applications', {
      buyer: shop.id,
      months_trading: 24,
    })
  ).body;
  expect(application.credit_line).toBeTruthy();
  const pageOf = (clientSecret: string) =>
    caller(app, partner.publishable_key, { headers: { [CLIENT_SECRET_HEADER]: clientSecret } });
  /** Pays an order (`description` its number) from `buyer`'s page, on credit or from the wallet. */
  const pay = async (
    buyer: Buyer,
    amount: number,
    method: 'credit' | 'wallet',
    extra: Record<string, unknown> = {},
  ) => {
    if (method === 'wallet')
      await server.post(`/v1/wallets/${buyer.wallet}/top_ups`, {
        amount: { amount, currency: 'CNY' },
      });
    const session = (
      await server.post<CheckoutSession>(
        '/v1/checkout_sessions',
        sessionParams(buyer.id, supplier.id, amount, { payment_methods: [method], ...extra }),
      )
    ).body;
    const page = pageOf(session.client_secret);
    await page.post('/v1/client/checkout_session/verification_codes');
    const reply = await page.post<{ loan: string | null; payment: string }>(
      '/v1/client/checkout_session/confirm',
      {
        payment_method: method,
        ...(method === 'credit' ? { term: { repayment_method: 'pay_anytime', length: 30 } } : {}),
        verification_code: await codeFor(server, session.id),
      },
    );
    expect(reply.status, reply.text).toBe(200);
    return reply.body;
  };
  const walletPage = async (buyer: Buyer) => {
    const ws = await server.post<WalletSession>('/v1/wallet_sessions', { buyer: buyer.id });
    const page = pageOf(ws.body.client_secret);
    const code = async () =>
      (
        await server.get<{ code: string }>(
          `/v1/sandbox/verification_codes?wallet_session=${ws.body.id}`,
        )
      ).body.code;
    return Object.assign(page, { code });
  };
  return { server, shop, other, supplier, pay, walletPage };
}

describe('the wallet page', () => {
  it('lists only its own shop’s payments awaiting receipt, with amount, supplier and order', async () => {
    const w = await shops();
    const first = await w.pay(w.shop, 25_800, 'wallet', {
      escrow: {},
      description: '订单 DD-1001',
    });
    const second = await w.pay(w.shop, 12_000, 'wallet', { escrow: { fulfilment: 'pickup' } });
    await w.pay(w.shop, 5_000, 'wallet'); // not in escrow: nothing to confirm
    await w.pay(w.other, 9_900, 'wallet', { escrow: {} });
    const page = await w.walletPage(w.shop);
    const list = await page.get<List<ReceiptConfirmation>>('/v1/client/receipt_confirmations');
    expect(list.status, list.text).toBe(200);
    expect(list.body.data.map((r) => r.payment)).toEqual([second.payment, first.payment]);
    expect(list.body.data[1]).toMatchObject({
      amount: { amount: 25_800, currency: 'CNY' },
      supplier_name: SUPPLIER.business_name,
      order_reference: '订单 DD-1001',
      status: 'held',
      auto_release_at: null,
    });
    const firstPage = await page.get<List<ReceiptConfirmation>>(
      '/v1/client/receipt_confirmations?limit=1',
    );
    expect(firstPage.body).toMatchObject({ has_more: true, data: [{ payment: second.payment }] });
    const next = await page.get<List<ReceiptConfirmation>>(
      `/v1/client/receipt_confirmations?limit=1&starting_after=${second.payment}`,
    );
    expect(next.body).toMatchObject({ has_more: false, data: [{ payment: first.payment }] });
    expectError(
      await page.get('/v1/client/receipt_confirmations?starting_after=pay_unknown'),
      'resource_missing',
    );
    expectError(await page.get('/v1/client/receipt_confirmations?limit=0'), 'parameter_invalid');

    // Confirmed by the shop, it is no longer awaiting receipt.
    const base = `/v1/client/payments/${second.payment}/receipt_confirmation`;
    expect((await page.post(`${base}/verification_codes`)).status).toBe(200);
    const released = await page.post(`${base}/confirm`, { verification_code: await page.code() });
    expect(released.status, released.text).toBe(200);
    const after = await page.get<List<ReceiptConfirmation>>('/v1/client/receipt_confirmations');
    expect(after.body.data.map((r) => r.payment)).toEqual([first.payment]);
  });

  it('reads its line’s statement and, once repaid, a loan’s payoff certificate; never another shop’s', async () => {
    const w = await shops();
    const paid = await w.pay(w.shop, 100_000, 'credit', { description: '订单 DD-2002' });
    const page = await w.walletPage(w.shop);
    const loans = await page.get<List<Loan>>('/v1/client/loans');
    expect(loans.body.data[0]).toMatchObject({
      id: paid.loan,
      order_reference: '订单 DD-2002',
      supplier_name: SUPPLIER.business_name,
    });
    const statement = await page.get<CreditLineStatement>(
      `/v1/client/credit_line/statement?month=${loans.body.data[0]!.disbursed_on.slice(0, 7)}`,
    );
    expect(statement.status, statement.text).toBe(200);
    expect(statement.body).toMatchObject({
      object: 'credit_line_statement',
      buyer: w.shop.id,
      drawdowns: { amount: 100_000 },
      closing_balance: { amount: 100_000 },
    });
    expectError(
      await page.get('/v1/client/credit_line/statement?month=2026-13'),
      'parameter_invalid',
    );
    expectError(await page.get('/v1/client/credit_line/statement'), 'parameter_missing');
    expectError(
      await page.get('/v1/client/credit_line/statement?month=2999-01'),
      'parameter_invalid',
    );

    const certificate = `/v1/client/loans/${paid.loan}/payoff_certificate`;
    expectError(await page.get(certificate), 'loan_not_repaid');
    const otherPage = await w.walletPage(w.other);
    expectError(await otherPage.get(certificate), 'resource_missing');
    expectError(
      await otherPage.get('/v1/client/credit_line/statement?month=2026-01'),
      'resource_missing',
    );

    const { payoff_amount } = loans.body.data[0]!;
    await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, { amount: payoff_amount });
    expect((await w.server.post(`/v1/loans/${paid.loan}/repayments`, {})).status).toBe(200);
    const read = await page.get<PayoffCertificate>(certificate);
    expect(read.status, read.text).toBe(200);
    expect(read.body).toMatchObject({
      object: 'payoff_certificate',
      loan: paid.loan,
      buyer: w.shop.id,
      principal: { amount: 100_000 },
      total_paid: payoff_amount,
    });
    expect(read.body.html).toContain('<!doctype html>');
    expectError(await otherPage.get(certificate), 'resource_missing');
  });

  it('lists the repayments made on a loan, newest first, with their split and who made them; never another shop’s', async () => {
    const w = await shops();
    const paid = await w.pay(w.shop, 100_000, 'credit', { description: '订单 DD-3003' });
    const page = await w.walletPage(w.shop);
    const path = `/v1/client/loans/${paid.loan}/repayments`;
    const none = await page.get<List<Repayment>>(path);
    expect(none.status, none.text).toBe(200);
    expect(none.body).toEqual({ object: 'list', data: [], has_more: false });

    // The shop repays part from its page with a code; the partner's server repays the rest.
    await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, {
      amount: { amount: 200_000, currency: 'CNY' },
    });
    const part = { amount: 30_000, currency: 'CNY' };
    expect(
      (await page.post(`/v1/client/loans/${paid.loan}/verification_codes`, { amount: part }))
        .status,
    ).toBe(200);
    const byShop = await page.post<Repayment>(path, {
      amount: part,
      verification_code: await page.code(),
    });
    expect(byShop.status, byShop.text).toBe(200);
    const byPartner = await w.server.post<Repayment>(`/v1/loans/${paid.loan}/repayments`, {});
    expect(byPartner.status, byPartner.text).toBe(200);

    const list = await page.get<List<Repayment>>(path);
    expect(list.status, list.text).toBe(200);
    expect(list.body.data.map((r) => [r.id, r.initiated_by])).toEqual([
      [byPartner.body.id, 'partner'],
      [byShop.body.id, 'shop'],
    ]);
    expect(list.body.data[1]).toEqual(byShop.body);
    expect(list.body.data[1]).toMatchObject({
      loan: paid.loan,
      amount: part,
      principal: part, // same day: no interest yet
      interest: { amount: 0 },
      penalty: { amount: 0 },
      principal_outstanding: { amount: 70_000 },
    });
    const first = await page.get<List<Repayment>>(`${path}?limit=1`);
    expect(first.body).toMatchObject({ has_more: true, data: [{ id: byPartner.body.id }] });
    const next = await page.get<List<Repayment>>(
      `${path}?limit=1&starting_after=${byPartner.body.id}`,
    );
    expect(next.body).toMatchObject({ has_more: false, data: [{ id: byShop.body.id }] });
    expectError(await page.get(`${path}?limit=0`), 'parameter_invalid');
    expectError(await page.get(`${path}?starting_after=rpy_unknown`), 'resource_missing');

    // Another shop's page: the loan answers exactly as an unknown id does.
    const otherPage = await w.walletPage(w.other);
    const foreign = await otherPage.get(path);
    const unknown = await otherPage.get('/v1/client/loans/loan_doesNotExist0000/repayments');
    expectError(foreign, 'resource_missing');
    expectError(unknown, 'resource_missing');
    const shape = (reply: typeof foreign, id: string) =>
      JSON.stringify(reply.body)
        .replaceAll(id, '{id}')
        .replace(/"request_id":"[^"]*"/, '');
    expect(shape(foreign, paid.loan!)).toBe(shape(unknown, 'loan_doesNotExist0000'));
    expect(foreign.status).toBe(unknown.status);
  });
});
