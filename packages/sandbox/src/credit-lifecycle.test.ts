/**
 * Issue 16: a line's lifecycle (validity period, expiry, renewal by a limit review, `available`
 * 0 with its reason on a frozen or expired line) and the smaller findings: an expired
 * data-sharing consent reads `expired`, one buyer per credit code, a test shop's APR chosen.
 */
import {
  CLIENT_SECRET_HEADER,
  type Buyer,
  type CheckoutSession,
  type ClientCheckoutSession,
  type Consent,
  type CreditApplication,
  type CreditLine,
  type LimitReview,
  type List,
  type LoanOffers,
  type Supplier,
  type WalletSession,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import {
  SHOP,
  SUPPLIER,
  approvedShop,
  caller,
  cny,
  codeFor,
  creditCodeOf,
  expectError,
  newPartner,
  sessionParams,
} from './testing/harness.js';

const { app } = createSandbox();

/** A shop approved by its business name's triggers, with its line. */
async function lineFor(name: string) {
  const { partner, server } = await newPartner(app);
  const shop = (await server.post<Buyer>('/v1/buyers', { ...SHOP, business_name: name })).body;
  const supplier = (await server.post<Supplier>('/v1/suppliers', SUPPLIER)).body;
  const consent = (type: 'credit_query' | 'data_sharing') =>
    server.post<Consent>('/v1/consents', {
      buyer: shop.id,
      type,
      template_version: '2026-11-01',
      locale: 'zh-CN',
    });
  await consent('credit_query');
  const applied = (
    await server.post<CreditApplication>('/v1/credit_applications', {
      buyer: shop.id,
      months_trading: 24,
    })
  ).body;
  const line = () =>
    server.get<CreditLine>(`/v1/credit_lines/${applied.credit_line}`).then((r) => r.body);
  const advance = (days: number) => server.post('/v1/test_clocks/advance', { days });
  /** Pays `amount` on credit, with the real one-time code (`withCode`) or a wrong one. */
  const drawDown = async (amount: number, withCode = false) => {
    const session = (
      await server.post<CheckoutSession>(
        '/v1/checkout_sessions',
        sessionParams(shop.id, supplier.id, amount, { payment_methods: ['wallet', 'credit'] }),
      )
    ).body;
    const page = caller(app, partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: session.client_secret },
    });
    let code = '000000';
    if (withCode) {
      await page.post('/v1/client/checkout_session/verification_codes');
      code = await codeFor(server, session.id);
    }
    return page.post('/v1/client/checkout_session/confirm', {
      payment_method: 'credit',
      term: { repayment_method: 'pay_anytime', length: 30 },
      verification_code: code,
    });
  };
  return { server, shop, applied, line, advance, drawDown, consent };
}

describe('the line lifecycle', () => {
  it('shows a 12-month validity with the limit; after it, available is 0 and drawdowns are refused', async () => {
    const w = await lineFor('贝贝母婴生活馆 [approve]');
    const opened = await w.line();
    expect(opened).toMatchObject({
      status: 'active',
      available: cny(2_000_000),
      unavailable_reason: null,
    });
    // 12 months from approval, at the start of that Asia/Shanghai day.
    const created = new Date((opened.created + 8 * 3600) * 1000);
    const expires = new Date((opened.expires_at! + 8 * 3600) * 1000);
    expect(expires.getUTCFullYear()).toBe(created.getUTCFullYear() + 1);
    expect(expires.getUTCMonth()).toBe(created.getUTCMonth());
    expect([expires.getUTCHours(), expires.getUTCMinutes()]).toEqual([0, 0]);

    await w.advance(366);
    const expired = await w.line();
    expect(expired).toMatchObject({
      status: 'expired',
      limit: cny(2_000_000),
      available: cny(0),
      unavailable_reason: 'line_expired',
    });
    expectError(await w.drawDown(10_000), 'credit_line_expired');
    expect((await w.line()).used).toEqual(cny(0));
  });

  it('is renewed by a limit review on shared trade data, for 12 months from the review', async () => {
    const w = await lineFor('贝贝母婴生活馆 [approve] [hold]');
    await w.advance(366);
    expect((await w.line()).status).toBe('expired');
    // Without shared data the bank does not look: the line stays expired.
    const blind = await w.server.post<LimitReview>('/v1/limit_reviews', {
      credit_line: w.applied.credit_line,
    });
    expect(blind.body.reasons[0]!.code).toBe('data_sharing_not_given');
    expect((await w.line()).status).toBe('expired');
    await w.consent('data_sharing');
    const review = await w.server.post<LimitReview>('/v1/limit_reviews', {
      credit_line: w.applied.credit_line,
    });
    expect(review.status, review.text).toBe(200);
    const renewed = await w.line();
    expect(renewed).toMatchObject({
      status: 'active',
      available: cny(2_000_000),
      unavailable_reason: null,
    });
    expect(renewed.expires_at! - renewed.updated).toBeGreaterThan(364 * 86_400);
    // The old expiry timer finds the line renewed and leaves it.
    await w.advance(30);
    expect((await w.line()).status).toBe('active');
  });

  it('shows available 0 on a frozen line, with the reason, and the limit again once current', async () => {
    const w = await lineFor('贝贝母婴生活馆 [approve]');
    const drawn = await w.drawDown(10_000, true);
    expect(drawn.status, drawn.text).toBe(200);
    expect((await w.line()).available).toEqual(cny(2_000_000 - 10_000));
    await w.advance(31); // the due date passes with nothing in the wallet
    expect(await w.line()).toMatchObject({
      status: 'frozen',
      used: cny(10_000),
      available: cny(0),
      unavailable_reason: 'loan_overdue',
    });
    expectError(await w.drawDown(1_000), 'credit_line_frozen');
    await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, { amount: cny(20_000) });
    const [loan] = (await w.server.get<{ data: { id: string }[] }>('/v1/loans')).body.data;
    expect((await w.server.post(`/v1/loans/${loan!.id}/repayments`, {})).status).toBe(200);
    expect(await w.line()).toMatchObject({
      status: 'active',
      available: cny(2_000_000),
      unavailable_reason: null,
    });
  });
});

describe('what a shop may draw, in every read', () => {
  /** Every read of the line's `available`: server, wallet page, checkout page, loan offers. */
  async function reads(w: Awaited<ReturnType<typeof approvedShop>>) {
    const wallet = (await w.server.post<WalletSession>('/v1/wallet_sessions', { buyer: w.shop.id }))
      .body;
    const walletPage = caller(app, w.partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: wallet.client_secret },
    });
    const { page } = await w.checkout(10_000);
    const pick = (x: { available?: unknown; unavailable_reason?: unknown } | null | undefined) => ({
      available: x?.available,
      unavailable_reason: x?.unavailable_reason,
    });
    return {
      server: pick((await w.server.get<CreditLine>(`/v1/credit_lines/${w.line.id}`)).body),
      listed: pick(
        (await w.server.get<List<CreditLine>>(`/v1/credit_lines?buyer=${w.shop.id}`)).body.data[0],
      ),
      walletPage: pick((await walletPage.get<CreditLine>('/v1/client/credit_line')).body),
      checkoutPage: pick((await page.get<CreditLine>('/v1/client/credit_line')).body),
      session: pick(
        (await page.get<ClientCheckoutSession>('/v1/client/checkout_session')).body.credit,
      ),
      offers: pick((await page.get<LoanOffers>('/v1/client/checkout_session/loan_offers')).body),
    };
  }
  const everywhere = (available: number, unavailable_reason: string | null) => {
    const one = { available: cny(available), unavailable_reason };
    return {
      server: one,
      listed: one,
      walletPage: one,
      checkoutPage: one,
      session: one,
      offers: one,
    };
  };

  it('is the limit less what is used on an active line, 0 with the reason on a frozen or expired one', async () => {
    const frozen = await approvedShop(app);
    await frozen.borrow(10_000);
    expect(await reads(frozen)).toEqual(everywhere(2_000_000 - 10_000, null));
    await frozen.advanceDays(31); // the due date passed, nothing debited: frozen
    expect(await reads(frozen)).toEqual(everywhere(0, 'loan_overdue'));

    const expired = await approvedShop(app);
    await expired.advanceDays(366); // past the 12-month validity
    expect(await reads(expired)).toEqual(everywhere(0, 'line_expired'));
    const session = await expired.checkout(10_000);
    expect(
      (await session.page.get<ClientCheckoutSession>('/v1/client/checkout_session')).body.credit,
    ).toMatchObject({ status: 'expired' });
  });
});

describe('the smaller findings', () => {
  it('reads an expired data-sharing consent as expired, and it cannot be revoked', async () => {
    const w = await lineFor('贝贝母婴生活馆 [approve]');
    const sharing = (await w.consent('data_sharing')).body;
    expect(sharing.status).toBe('active');
    await w.advance(366);
    const read = (await w.server.get<Consent>(`/v1/consents/${sharing.id}`)).body;
    expect(read.status).toBe('expired');
    const listed = (await w.server.get<{ data: Consent[] }>(`/v1/consents?buyer=${w.shop.id}`)).body
      .data;
    expect(listed.find((c) => c.id === sharing.id)!.status).toBe('expired');
    expectError(await w.server.post(`/v1/consents/${sharing.id}/revoke`), 'consent_not_revocable');
  });

  it('refuses the same credit code for a second buyer of one partner, typed, creating nothing', async () => {
    const { server } = await newPartner(app);
    expect((await server.post<Buyer>('/v1/buyers', SHOP)).status).toBe(200);
    expectError(
      await server.post('/v1/buyers', { ...SHOP, business_name: '另一家店' }),
      'credit_code_in_use',
      'credit_code',
    );
    expect((await server.get<{ data: Buyer[] }>('/v1/buyers')).body.data).toHaveLength(1);
    expect(
      (await server.post('/v1/buyers', { ...SHOP, credit_code: creditCodeOf(7) })).status,
    ).toBe(200);
    // Another partner's shop may have the same code: buyers are the partner's own.
    const other = await newPartner(app);
    expect((await other.server.post('/v1/buyers', SHOP)).status).toBe(200);
  });

  it('lets a test shop choose its APR: [apr:7.3] opens a line at 7.3%', async () => {
    const w = await lineFor('贝贝母婴生活馆 [limit:30000] [apr:7.3]');
    expect(w.applied).toMatchObject({ status: 'approved', apr: '0.073', limit: cny(3_000_000) });
    expect(await w.line()).toMatchObject({ apr: '0.073', daily_rate: '0.000203' });
  });

  it('feeds the trade reports into an application, only with the data-sharing consent', async () => {
    /** An application of a shop with 30 orders over 90 days, sharing its data or not. */
    const decide = async (share: boolean, report: boolean) => {
      const { server } = await newPartner(app);
      const shop = (await server.post<Buyer>('/v1/buyers', SHOP)).body;
      const supplier = (await server.post<Supplier>('/v1/suppliers', SUPPLIER)).body;
      const now = (await server.get<{ now: number }>('/v1/test_clocks/current')).body.now;
      for (let i = 0; report && i < 30; i++) {
        const occurred_at = now - (i * 3 + 1) * 86_400;
        const order = { buyer: shop.id, supplier: supplier.id, order_id: `PO-${i}` };
        await server.post('/v1/trade_reports', {
          ...order,
          type: 'order',
          amount: cny(500_000),
          occurred_at,
        });
        await server.post('/v1/trade_reports', {
          ...order,
          type: 'delivery',
          amount: cny(500_000),
          shipment: { carrier: '顺丰', tracking_number: `SF${i}` },
          occurred_at,
        });
      }
      for (const type of share ? ['credit_query', 'data_sharing'] : ['credit_query'])
        await server.post('/v1/consents', {
          buyer: shop.id,
          type,
          template_version: '2026-11-01',
          locale: 'zh-CN',
        });
      const reply = await server.post<CreditApplication>('/v1/credit_applications', {
        buyer: shop.id,
        months_trading: 24,
      });
      expect(reply.status, reply.text).toBe(200);
      return reply.body.decision!;
    };
    const profileOnly = await decide(false, false);
    // Reports without the consent are not looked at: the same decision as no reports.
    expect(await decide(false, true)).toEqual(profileOnly);
    const withTrade = await decide(true, true);
    expect(withTrade.score).not.toBe(profileOnly.score);
    expect(withTrade.rules_fired).not.toEqual(profileOnly.rules_fired);
  });
});
