/**
 * Credit applications and lines through the bank's HTTP API: instant decisions by the risk
 * engine, the consent they rest on, scenario triggers, and the checkout page's enrolment.
 */
import {
  dailyRateFromApr,
  type Buyer,
  type CheckoutSession,
  type ClientCheckoutSession,
  type CreditApplication,
  type CreditLine,
  type Event,
  type List,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import {
  SHOP,
  caller,
  newPartner,
  sessionParams,
  world,
  type Caller,
  expectError,
  creditCodeOf,
} from './testing/harness.js';
import { CLIENT_SECRET_HEADER } from '@xinghui/contract';

const { app } = createSandbox();

const consent = (server: Caller, buyer: string, type = 'credit_query') =>
  server.post('/v1/consents', { buyer, type, template_version: '2026-11-01', locale: 'zh-CN' });

/** A partner with a shop named `businessName` (scenario triggers live in names). */
async function shopNamed(businessName: string) {
  const { partner, server } = await newPartner(app);
  const shop = (await server.post<Buyer>('/v1/buyers', { ...SHOP, business_name: businessName }))
    .body;
  return { partner, server, shop };
}

describe('credit applications', () => {
  it('need the shop’s credit-query consent first, and change nothing without it', async () => {
    const { server, shop } = await shopNamed('贝贝母婴生活馆 [approve]');
    expectError(
      await server.post('/v1/credit_applications', { buyer: shop.id, months_trading: 24 }),
      'consent_required',
    );
    expect((await server.get<List<CreditLine>>('/v1/credit_lines')).body.data).toEqual([]);
    expect(
      (await server.get<List<Event>>('/v1/events?type=credit_application.decided')).body.data,
    ).toEqual([]);
  });

  it('approve at once with a line: limit, APR, daily rate, terms, consents; one line per shop', async () => {
    const { server, shop } = await shopNamed('贝贝母婴生活馆 [limit:30000]');
    const walletLine = async () =>
      (await server.get<{ credit_line: string | null }>(`/v1/wallets/${shop.wallet}`)).body
        .credit_line;
    expect(await walletLine()).toBe(null);
    const given = (await consent(server, shop.id)).body as { id: string };
    const applied = await server.post<CreditApplication>('/v1/credit_applications', {
      buyer: shop.id,
      months_trading: 24,
    });
    expect(applied.status, applied.text).toBe(200);
    expect(applied.body).toMatchObject({
      status: 'approved',
      limit: { amount: 3_000_000, currency: 'CNY' },
      session: null,
    });
    const line = (await server.get<CreditLine>(`/v1/credit_lines/${applied.body.credit_line}`))
      .body;
    // The shop's wallet names its line, so a page knows there is one to show.
    expect(await walletLine()).toBe(applied.body.credit_line);
    expect(line).toMatchObject({
      buyer: shop.id,
      status: 'active',
      limit: { amount: 3_000_000 },
      used: { amount: 0 },
      available: { amount: 3_000_000 },
      apr: applied.body.apr,
      consents: [given.id],
    });
    expect(line.daily_rate).toBe(dailyRateFromApr(line.apr));
    expect(line.term_options).toContainEqual({ repayment_method: 'pay_anytime', length: 30 });
    const events = (await server.get<List<Event>>('/v1/events?type=credit_application.decided'))
      .body.data;
    expect(events.map((event) => event.data.object)).toEqual([applied.body]);
    expectError(
      await server.post('/v1/credit_applications', { buyer: shop.id, months_trading: 24 }),
      'credit_line_exists',
    );
  });

  it.each([
    ['[decline]', 'declined'],
    ['[refer]', 'referred'],
  ])(
    'can be forced to %s, with plain-language reasons in zh-CN and en and no line',
    async (trigger, status) => {
      const { server, shop } = await shopNamed(`小雅母婴店 ${trigger}`);
      await consent(server, shop.id);
      const applied = await server.post<CreditApplication>('/v1/credit_applications', {
        buyer: shop.id,
        months_trading: 6,
      });
      expect(applied.body).toMatchObject({ status, credit_line: null, limit: null, apr: null });
      expect(applied.body.reasons[0]).toMatchObject({ code: 'scenario_trigger' });
      expect(applied.body.reasons[0]!.message['zh-CN']).toMatch(/沙盒/);
      expect(
        (await server.get<List<CreditLine>>(`/v1/credit_lines?buyer=${shop.id}`)).body.data,
      ).toEqual([]);
    },
  );

  it('are decided by the rules otherwise, within the basic pre-approval of 5,000 to 50,000 CNY', async () => {
    const statuses = new Set<string>();
    for (const months of [0, 3, 12, 36, 120]) {
      const { server, shop } = await shopNamed('贝贝母婴生活馆');
      await consent(server, shop.id);
      const applied = await server.post<CreditApplication>('/v1/credit_applications', {
        buyer: shop.id,
        months_trading: months,
      });
      expect(applied.status, applied.text).toBe(200);
      expect(applied.body.reasons.length, `${months} months`).toBeGreaterThan(0);
      // Explained: the engine's score, the rules that fired and the rule set that decided.
      expect(applied.body.decision!.rules_fired.length).toBeGreaterThan(0);
      expect(applied.body.decision!.score).toBeGreaterThanOrEqual(0);
      expect(applied.body.decision!.rule_set).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      statuses.add(applied.body.status);
      if (applied.body.status === 'approved') {
        expect(applied.body.limit!.amount).toBeGreaterThanOrEqual(500_000);
        expect(applied.body.limit!.amount).toBeLessThanOrEqual(5_000_000);
        expect(applied.body.limit!.amount % 10_000).toBe(0);
      }
    }
    // A business of a few months is referred; an established one is approved.
    expect([...statuses].sort()).toEqual(['approved', 'referred']);
  });

  it('refuse bad input with a typed 4xx', async () => {
    const { server, shop } = await shopNamed('贝贝母婴生活馆');
    await consent(server, shop.id);
    expectError(
      await server.post('/v1/credit_applications', { buyer: shop.id, months_trading: 1.5 }),
      'parameter_invalid',
      'months_trading',
    );
    expectError(
      await server.post('/v1/credit_applications', { buyer: shop.id }),
      'parameter_missing',
      'months_trading',
    );
    expectError(
      await server.post('/v1/credit_applications', {
        buyer: shop.id,
        months_trading: 12,
        limit: 9_999_999,
      }),
      'parameter_invalid',
      'limit',
    );
    expectError(
      await server.post('/v1/credit_applications', {
        buyer: 'buy_doesnotexist1234',
        months_trading: 12,
      }),
      'resource_missing',
      'buyer',
    );
    expect((await server.get<List<CreditLine>>('/v1/credit_lines')).body.data).toEqual([]);
  });
});

describe('credit from the checkout page', () => {
  async function checkoutOf(businessName: string) {
    const w = await world(app);
    const shop = (
      await w.server.post<Buyer>('/v1/buyers', {
        ...SHOP,
        business_name: businessName,
        credit_code: creditCodeOf(1),
      })
    ).body;
    const session = (
      await w.server.post<CheckoutSession>(
        '/v1/checkout_sessions',
        sessionParams(shop.id, w.supplier.id, 25_800),
      )
    ).body;
    const page = caller(app, w.partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: session.client_secret },
    });
    return { ...w, shop, session, page };
  }

  it('enrols the session’s shop without leaving the checkout: consent, apply, read the line', async () => {
    const { page, shop, session } = await checkoutOf('贝贝母婴生活馆 [approve]');
    // The session tells the page there is no line yet, so it can offer enrolment at once.
    expect((await page.get<ClientCheckoutSession>('/v1/client/checkout_session')).body.credit).toBe(
      null,
    );
    expectError(await page.get('/v1/client/credit_line'), 'resource_missing');
    await page.post('/v1/client/consents', {
      type: 'credit_query',
      template_version: '2026-11-01',
      locale: 'zh-CN',
    });
    const identity = {
      business_name: shop.business_name,
      credit_code: shop.credit_code,
      owner_name: shop.owner_name,
      phone: shop.phone,
    };
    const applied = await page.post<CreditApplication>('/v1/client/credit_applications', {
      ...identity,
      months_trading: 18,
    });
    expect(applied.body).toMatchObject({ status: 'approved', buyer: shop.id, session: session.id });
    const line = await page.get<CreditLine>('/v1/client/credit_line');
    expect(line.body).toMatchObject({
      id: applied.body.credit_line,
      available: applied.body.limit,
    });
    expect(
      (await page.get<ClientCheckoutSession>('/v1/client/checkout_session')).body.credit,
    ).toEqual({ status: 'active', available: applied.body.limit, unavailable_reason: null });
  });

  it('declines someone who is not the session’s shop, in plain words', async () => {
    const { page, shop } = await checkoutOf('贝贝母婴生活馆 [approve]');
    await page.post('/v1/client/consents', {
      type: 'credit_query',
      template_version: '2026-11-01',
      locale: 'zh-CN',
    });
    const applied = await page.post<CreditApplication>('/v1/client/credit_applications', {
      business_name: '别人的店',
      credit_code: shop.credit_code,
      owner_name: shop.owner_name,
      phone: shop.phone,
      months_trading: 18,
    });
    expect(applied.body).toMatchObject({ status: 'declined', credit_line: null });
    expect(applied.body.reasons[0]!.code).toBe('identity_mismatch');
  });

  it('checks the credit code as typed and takes no trade data from the page', async () => {
    const { page, shop } = await checkoutOf('贝贝母婴生活馆');
    const identity = {
      business_name: shop.business_name,
      owner_name: shop.owner_name,
      phone: shop.phone,
      months_trading: 18,
    };
    expectError(
      await page.post('/v1/client/credit_applications', {
        ...identity,
        credit_code: '91440300708461136A',
      }),
      'parameter_invalid',
      'credit_code',
    );
    expectError(
      await page.post('/v1/client/credit_applications', {
        ...identity,
        credit_code: shop.credit_code,
        gmv_90d_fen: 99_000_000,
      }),
      'parameter_invalid',
      'gmv_90d_fen',
    );
  });
});
