/**
 * Trade reports and limit reviews through the bank's HTTP API: a shop trades for 90 sandbox
 * days (orders paid through the bank, delivered, a few bought on credit and repaid on time) and
 * a review raises its limit, with reasons; without data sharing the limit holds.
 */
import {
  CLIENT_SECRET_HEADER,
  type Buyer,
  type CheckoutSession,
  type ClientCheckoutSession,
  type ConsentTemplate,
  type CreditApplication,
  type CreditLine,
  type Event,
  type LimitReview,
  type List,
  type Loan,
  type Supplier,
  type TradeReport,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import {
  SHOP,
  SUPPLIER,
  caller,
  codeFor,
  expectError,
  newPartner,
  sessionParams,
} from './testing/harness.js';

const { app } = createSandbox();
const CREDIT_CODES = [
  '914403001922038216',
  '91110108551385082Q',
  '91440300708461136T',
  '91330100716105852F',
  '91110000802100433B',
];

async function tradingShop() {
  const { partner, server } = await newPartner(app);
  const shop = (await server.post<Buyer>('/v1/buyers', SHOP)).body;
  const suppliers: Supplier[] = [];
  for (const [i, credit_code] of CREDIT_CODES.entries()) {
    suppliers.push(
      (
        await server.post<Supplier>('/v1/suppliers', {
          ...SUPPLIER,
          business_name: `供应商 ${i + 1}`,
          credit_code,
        })
      ).body,
    );
  }
  for (const type of ['credit_query', 'data_sharing']) {
    const version = (await server.get<ConsentTemplate>(`/v1/consent_templates/${type}`)).body
      .version;
    await server.post('/v1/consents', {
      buyer: shop.id,
      type,
      template_version: version,
      locale: 'zh-CN',
    });
  }
  const application = (
    await server.post<CreditApplication>('/v1/credit_applications', {
      buyer: shop.id,
      months_trading: 36,
    })
  ).body;
  expect(application.status).toBe('approved');
  await server.post(`/v1/wallets/${shop.wallet}/top_ups`, {
    amount: { amount: 100_000_000, currency: 'CNY' },
  });
  const advance = (days: number) => server.post('/v1/test_clocks/advance', { days });

  /** One order, paid through the bank (wallet or credit), reported, and delivered a day later. */
  async function order(n: number, amount: number, method: 'wallet' | 'credit') {
    const supplier = suppliers[n % suppliers.length]!;
    const session = (
      await server.post<CheckoutSession>(
        '/v1/checkout_sessions',
        sessionParams(shop.id, supplier.id, amount, { payment_methods: [method] }),
      )
    ).body;
    const page = caller(app, partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: session.client_secret },
    });
    await page.post('/v1/client/checkout_session/verification_codes');
    const paid = await page.post<ClientCheckoutSession>('/v1/client/checkout_session/confirm', {
      payment_method: method,
      verification_code: await codeFor(server, session.id),
      ...(method === 'credit' ? { term: { repayment_method: 'pay_anytime', length: 30 } } : {}),
    });
    expect(paid.status, paid.text).toBe(200);
    const base = {
      buyer: shop.id,
      supplier: supplier.id,
      order_id: `PO-${n}`,
      amount: { amount, currency: 'CNY' },
    };
    expect(
      (
        await server.post<TradeReport>('/v1/trade_reports', {
          ...base,
          type: 'order',
          payment: paid.body.payment,
        })
      ).status,
    ).toBe(200);
    await advance(1);
    await server.post('/v1/trade_reports', {
      ...base,
      type: 'delivery',
      shipment: { carrier: '顺丰', tracking_number: `SF${n}` },
    });
  }
  return { server, shop, line: application.credit_line!, order, advance };
}

describe('limit reviews', () => {
  it('raise the limit of a shop that traded 90 days and repaid on time, with reasons', async () => {
    const t = await tradingShop();
    // 30 orders over 90 days, growing; every ninth on credit, repaid 10 days later (on time).
    for (let n = 0; n < 30; n++) {
      const onCredit = n % 9 === 0;
      await t.order(n, 300_000 + n * 10_000, onCredit ? 'credit' : 'wallet');
      if (onCredit) {
        const [loan] = (
          await t.server.get<List<Loan>>(`/v1/loans?buyer=${t.shop.id}&status=active`)
        ).body.data;
        await t.advance(1);
        expect((await t.server.post(`/v1/loans/${loan!.id}/repayments`, {})).status).toBe(200);
        await t.advance(1);
      } else {
        await t.advance(2);
      }
    }
    const before = (await t.server.get<CreditLine>(`/v1/credit_lines/${t.line}`)).body;
    const review = await t.server.post<LimitReview>('/v1/limit_reviews', { credit_line: t.line });
    expect(review.status, review.text).toBe(200);
    expect(review.body.outcome).toBe('raise');
    expect(review.body.previous_limit).toEqual(before.limit);
    expect(review.body.limit.amount).toBeGreaterThan(before.limit.amount);
    expect(review.body.reasons.length).toBeGreaterThan(0);
    for (const reason of review.body.reasons)
      expect(reason.message['zh-CN'].length).toBeGreaterThan(0);
    const after = (await t.server.get<CreditLine>(`/v1/credit_lines/${t.line}`)).body;
    expect(after.limit).toEqual(review.body.limit);
    const events = (await t.server.get<List<Event>>('/v1/events?type=credit_line.updated')).body
      .data;
    expect(events.map((event) => event.data.object)).toEqual([after]);
    expect((await t.server.get<LimitReview>(`/v1/limit_reviews/${review.body.id}`)).body).toEqual(
      review.body,
    );
  });

  it('hold the limit, without looking, once data sharing is revoked; the line stays', async () => {
    const t = await tradingShop();
    const [sharing] = (
      await t.server.get<List<{ id: string }>>(`/v1/consents?buyer=${t.shop.id}&type=data_sharing`)
    ).body.data;
    await t.server.post(`/v1/consents/${sharing!.id}/revoke`);
    const before = (await t.server.get<CreditLine>(`/v1/credit_lines/${t.line}`)).body;
    const review = (await t.server.post<LimitReview>('/v1/limit_reviews', { credit_line: t.line }))
      .body;
    expect(review).toMatchObject({ outcome: 'hold', limit: before.limit });
    expect(review.reasons[0]!.code).toBe('data_sharing_not_given');
    expect((await t.server.get<CreditLine>(`/v1/credit_lines/${t.line}`)).body).toMatchObject({
      status: 'active',
      limit: before.limit,
    });
  });

  it('take trade reports only as facts the bank can tie together, refusing bad ones', async () => {
    const t = await tradingShop();
    const report = {
      buyer: t.shop.id,
      supplier: 'sup_doesnotexist1234',
      type: 'order',
      order_id: 'PO-1',
      amount: { amount: 100, currency: 'CNY' },
    };
    expectError(await t.server.post('/v1/trade_reports', report), 'resource_missing', 'supplier');
    const [supplier] = (await t.server.get<List<Supplier>>('/v1/suppliers')).body.data;
    const valid = { ...report, supplier: supplier!.id };
    expectError(
      await t.server.post('/v1/trade_reports', {
        ...valid,
        amount: { amount: 1.5, currency: 'CNY' },
      }),
      'parameter_invalid',
      'amount.amount',
    );
    expectError(
      await t.server.post('/v1/trade_reports', { ...valid, type: 'refund' }),
      'parameter_invalid',
      'type',
    );
    expectError(
      await t.server.post('/v1/trade_reports', { ...valid, occurred_at: 4_102_444_800 }),
      'parameter_invalid',
      'occurred_at',
    );
    expectError(
      await t.server.post('/v1/trade_reports', { ...valid, payment: 'pay_doesnotexist1234' }),
      'resource_missing',
      'payment',
    );
    expect((await t.server.get<List<TradeReport>>('/v1/trade_reports')).body.data).toEqual([]);
    expectError(
      await t.server.post('/v1/limit_reviews', { credit_line: 'cl_doesnotexist12345' }),
      'resource_missing',
      'credit_line',
    );
  });
});
