/**
 * Supplier-led pre-approval (批量预授信) through the bank's HTTP API: a nomination of a
 * supplier's shops, pre-assessed without the credit bureau, and each shop's answer from its
 * own checkout or wallet page.
 */
import {
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  creditCodeCheckCharacter,
  type Buyer,
  type Consent,
  type CreditApplication,
  type CreditLine,
  type Event,
  type List,
  type PreApproval,
  type PreApprovalBatch,
  type Supplier,
  type WalletSession,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import {
  SHOP,
  SUPPLIER,
  caller,
  expectError,
  newKey,
  newPartner,
  sessionParams,
  type Caller,
} from './testing/harness.js';

const { app } = createSandbox();
const VERSION = '2026-11-01';

/** A valid unified social credit code, different for each `n`. */
function creditCode(n: number): string {
  const first17 = `91510100${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A partner with a supplier and `names.length` shops named as given (triggers live in names). */
async function network(names: string[], options: { checkLedger?: boolean } = {}) {
  const { partner, server } = await newPartner(app, {}, options);
  const supplier = (await server.post<Supplier>('/v1/suppliers', SUPPLIER)).body;
  const shops: Buyer[] = [];
  for (const [index, name] of names.entries()) {
    const reply = await server.post<Buyer>('/v1/buyers', {
      ...SHOP,
      business_name: name,
      credit_code: creditCode(index + 1),
    });
    if (reply.status !== 200) throw new Error(reply.text);
    shops.push(reply.body);
  }
  const pageOf = (clientSecret: string) =>
    caller(app, partner.publishable_key, { headers: { [CLIENT_SECRET_HEADER]: clientSecret } });
  const walletPage = async (shop: Buyer) =>
    pageOf(
      (await server.post<WalletSession>('/v1/wallet_sessions', { buyer: shop.id })).body
        .client_secret,
    );
  return { partner, server, supplier, shops, pageOf, walletPage };
}

const nominee = (shop: Buyer, extra: Record<string, unknown> = {}) => ({
  buyer: shop.id,
  months_trading: 36,
  ...extra,
});

async function count(server: Caller, path: string): Promise<number> {
  return (await server.get<List<unknown>>(`${path}${path.includes('?') ? '&' : '?'}limit=100`)).body
    .data.length;
}

describe('nominating shops', () => {
  it('pre-assesses each shop on platform data only and invites those that qualify', async () => {
    const { server, supplier, shops } = await network([
      '门店一 [approve]',
      '门店二 [decline]',
      '门店三 [approve]',
    ]);
    const reply = await server.post<PreApprovalBatch>('/v1/pre_approvals', {
      supplier: supplier.id,
      shops: [
        nominee(shops[0]!, {
          business_name: shops[0]!.business_name,
          credit_code: shops[0]!.credit_code,
          trade_history: { orders_90d: 24, gmv_12m: { amount: 36_000_000, currency: 'CNY' } },
        }),
        nominee(shops[1]!),
        // The platform's record disagrees with the shop the bank knows: not invited.
        nominee(shops[2]!, { owner_name: '别人' }),
      ],
    });
    expect(reply.status, reply.text).toBe(200);
    const batch = reply.body;
    expect(batch).toMatchObject({ object: 'pre_approval_batch', invited: 1, ineligible: 2 });
    const [invited, declined, mismatched] = batch.data;
    expect(invited).toMatchObject({
      object: 'pre_approval',
      batch: batch.id,
      supplier: supplier.id,
      buyer: shops[0]!.id,
      status: 'invited',
      credit_bureau_queried: false,
      offer: { limit: { amount: 2_000_000, currency: 'CNY' } },
      credit_application: null,
      credit_line: null,
      consents: [],
    });
    expect(invited!.expires_at).toBe(invited!.created + 30 * 86_400);
    expect(invited!.offer!.daily_rate).toMatch(/^0\.000\d+$/);
    expect(declined).toMatchObject({ status: 'ineligible', offer: null, expires_at: null });
    expect(declined!.reasons.map((reason) => reason.code)).toEqual(['scenario_trigger']);
    expect(mismatched!.reasons.map((reason) => reason.code)).toEqual(['identity_mismatch']);

    // No shop was assessed against the bureau: no consent, no application, no line.
    expect(await count(server, '/v1/consents')).toBe(0);
    expect(await count(server, '/v1/credit_lines')).toBe(0);
    expect(await count(server, '/v1/events?type=credit_application.decided')).toBe(0);
    const events = (await server.get<List<Event>>('/v1/events?type=pre_approval.invited')).body;
    expect(events.data.map((event) => (event.data.object as PreApproval).id)).toEqual([
      invited!.id,
    ]);
  });

  it('does not invite a shop that has a line, and keeps an open invitation rather than a second', async () => {
    const { server, supplier, shops } = await network(['有额度 [approve]', '已邀请 [approve]']);
    await server.post('/v1/consents', {
      buyer: shops[0]!.id,
      type: 'credit_query',
      template_version: VERSION,
      locale: 'zh-CN',
    });
    await server.post('/v1/credit_applications', { buyer: shops[0]!.id, months_trading: 24 });
    const first = (
      await server.post<PreApprovalBatch>('/v1/pre_approvals', {
        supplier: supplier.id,
        shops: [nominee(shops[0]!), nominee(shops[1]!)],
      })
    ).body;
    expect(first.data.map((pre) => pre.status)).toEqual(['ineligible', 'invited']);
    expect(first.data[0]!.reasons[0]!.code).toBe('credit_line_exists');
    const again = (
      await server.post<PreApprovalBatch>('/v1/pre_approvals', {
        supplier: supplier.id,
        shops: [nominee(shops[1]!)],
      })
    ).body;
    expect(again.data[0]!.id).toBe(first.data[1]!.id);
    expect(await count(server, '/v1/events?type=pre_approval.invited')).toBe(1);
  });

  it('is idempotent: the same key answers the same batch and invites nobody twice', async () => {
    const { server, supplier, shops } = await network(['门店 [approve]']);
    const key = newKey();
    const body = { supplier: supplier.id, shops: [nominee(shops[0]!)] };
    const once = await server.post<PreApprovalBatch>('/v1/pre_approvals', body, {
      [IDEMPOTENCY_KEY_HEADER]: key,
    });
    const twice = await server.post<PreApprovalBatch>('/v1/pre_approvals', body, {
      [IDEMPOTENCY_KEY_HEADER]: key,
    });
    expect(twice.text).toBe(once.text);
    expect(twice.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await count(server, '/v1/pre_approvals')).toBe(1);
  });

  it('refuses bad nominations with a typed 400 or 404 and writes nothing', async () => {
    const { server, supplier, shops } = await network(['门店 [approve]']);
    const shop = shops[0]!;
    const post = (body: unknown) => server.post('/v1/pre_approvals', body);
    const tooMany = Array.from({ length: 1_001 }, (_, i) => ({
      buyer: `buy_${String(i).padStart(24, '0')}`,
      months_trading: 12,
    }));
    expectError(
      await post({ supplier: supplier.id, shops: tooMany }),
      'parameter_invalid',
      'shops',
    );
    expectError(await post({ supplier: supplier.id, shops: [] }), 'parameter_invalid', 'shops');
    expectError(
      await post({ supplier: supplier.id, shops: [nominee(shop), nominee(shop)] }),
      'parameter_invalid',
      'shops',
    );
    expectError(
      await post({ supplier: supplier.id, shops: [nominee(shop, { months_trading: 1.5 })] }),
      'parameter_invalid',
    );
    expectError(
      await post({
        supplier: supplier.id,
        shops: [nominee(shop, { trade_history: { gmv_12m: { amount: -1, currency: 'CNY' } } })],
      }),
      'parameter_invalid',
    );
    expectError(
      await post({
        supplier: supplier.id,
        shops: [nominee(shop), { buyer: 'buy_000000000000000000000000', months_trading: 3 }],
      }),
      'resource_missing',
      'shops[1].buyer',
    );
    expectError(
      await post({ supplier: 'sup_000000000000000000000000', shops: [nominee(shop)] }),
      'resource_missing',
      'supplier',
    );
    expect(await count(server, '/v1/pre_approvals')).toBe(0);
    expect(await count(server, '/v1/events')).toBe(0);
  });

  it('takes 1,000 shops in one call (a body past the usual 64 KB) and lists them by cursor', async () => {
    const names = Array.from({ length: 1_000 }, (_, i) => `门店${i} [approve]`);
    const { server, supplier, shops } = await network(names, { checkLedger: false });
    const body = {
      supplier: supplier.id,
      shops: shops.map((shop) =>
        nominee(shop, {
          business_name: shop.business_name,
          credit_code: shop.credit_code,
          trade_history: { orders_90d: 12, active_months_12m: 10, days_since_last_order: 3 },
        }),
      ),
    };
    expect(JSON.stringify(body).length).toBeGreaterThan(64 * 1024);
    const reply = await server.post<PreApprovalBatch>('/v1/pre_approvals', body);
    expect(reply.status, reply.text.slice(0, 300)).toBe(200);
    expect(reply.body.invited).toBe(1_000);
    expect(reply.body.data.map((pre) => pre.buyer)).toEqual(shops.map((shop) => shop.id));

    const seen = new Set<string>();
    let cursor: string | undefined;
    for (;;) {
      const page = (
        await server.get<List<PreApproval>>(
          `/v1/pre_approvals?supplier=${supplier.id}&status=invited&limit=100${cursor ? `&starting_after=${cursor}` : ''}`,
        )
      ).body;
      for (const pre of page.data) seen.add(pre.id);
      if (!page.has_more) break;
      cursor = page.data.at(-1)!.id;
    }
    expect(seen.size).toBe(1_000);
  }, 120_000);
});

describe("the shop's answer", () => {
  async function invitedShop(name = '贝贝母婴 [approve]') {
    const net = await network([name, '别的门店 [approve]']);
    const batch = (
      await net.server.post<PreApprovalBatch>('/v1/pre_approvals', {
        supplier: net.supplier.id,
        shops: [nominee(net.shops[0]!), nominee(net.shops[1]!)],
      })
    ).body;
    return { ...net, shop: net.shops[0]!, invitation: batch.data[0]! };
  }

  it('accepts in one tap from the wallet page: consents, then the application opens the line', async () => {
    const { server, shop, invitation, walletPage } = await invitedShop();
    const page = await walletPage(shop);
    expect((await page.get<PreApproval>('/v1/client/pre_approval')).body.id).toBe(invitation.id);

    const reply = await page.post<PreApproval>('/v1/client/pre_approval/accept', {
      template_version: VERSION,
      locale: 'en',
    });
    expect(reply.status, reply.text).toBe(200);
    const accepted = reply.body;
    expect(accepted).toMatchObject({ id: invitation.id, status: 'accepted' });
    expect(accepted.responded_at).not.toBeNull();
    expect(accepted.session).toMatch(/^ws_/);

    const consents = (await server.get<List<Consent>>(`/v1/consents?buyer=${shop.id}`)).body.data;
    expect(
      consents.map((consent) => [consent.type, consent.locale, consent.session]).sort(),
    ).toEqual([
      ['credit_query', 'en', accepted.session],
      ['data_sharing', 'en', accepted.session],
    ]);
    expect([...accepted.consents].sort()).toEqual(consents.map((consent) => consent.id).sort());
    const application = (
      await server.get<CreditApplication>(`/v1/credit_applications/${accepted.credit_application}`)
    ).body;
    expect(application).toMatchObject({ status: 'approved', credit_line: accepted.credit_line });
    const line = (await server.get<CreditLine>(`/v1/credit_lines/${accepted.credit_line}`)).body;
    expect(line).toMatchObject({ buyer: shop.id, status: 'active' });
    expect(line.consents).toEqual(expect.arrayContaining(consents.map((consent) => consent.id)));
    expect(await count(server, '/v1/events?type=pre_approval.accepted')).toBe(1);
    expect(
      (await server.get<List<PreApproval>>(`/v1/pre_approvals?status=accepted`)).body.data.map(
        (pre) => pre.id,
      ),
    ).toEqual([invitation.id]);

    // Answered once: a second answer is refused, and the page still reads the outcome.
    expectError(
      await page.post('/v1/client/pre_approval/accept', { template_version: VERSION }),
      'pre_approval_not_open',
    );
    expectError(await page.post('/v1/client/pre_approval/decline', {}), 'pre_approval_not_open');
    expect((await page.get<PreApproval>('/v1/client/pre_approval')).body.status).toBe('accepted');
  });

  it('reports not_approved when the application, decided with consent, does not approve', async () => {
    // Eight months of trading with strong trade figures qualifies on the platform's data; the
    // application weighs the shop's profile and the trade reports the bank holds (none here),
    // and a business under a year old with no trade data on file is referred to a person.
    const { server, supplier, shops, walletPage } = await network(['年轻的门店']);
    const shop = shops[0]!;
    const batch = (
      await server.post<PreApprovalBatch>('/v1/pre_approvals', {
        supplier: supplier.id,
        shops: [
          nominee(shop, {
            months_trading: 8,
            trade_history: {
              active_months_12m: 12,
              orders_90d: 40,
              gmv_90d: { amount: 20_000_000, currency: 'CNY' },
              gmv_12m: { amount: 60_000_000, currency: 'CNY' },
              returns_12m: { amount: 100_000, currency: 'CNY' },
            },
          }),
        ],
      })
    ).body;
    expect(batch.data[0]!.status, JSON.stringify(batch.data[0]!.reasons)).toBe('invited');
    const page = await walletPage(shop);
    const answer = (
      await page.post<PreApproval>('/v1/client/pre_approval/accept', { template_version: VERSION })
    ).body;
    expect(answer).toMatchObject({ status: 'not_approved', credit_line: null });
    const application = (
      await server.get<CreditApplication>(`/v1/credit_applications/${answer.credit_application}`)
    ).body;
    expect(application.status).toBe('referred');
    expect(await count(server, '/v1/events?type=pre_approval.not_approved')).toBe(1);
    expect(await count(server, '/v1/credit_lines')).toBe(0);
  });

  it('tells a page whose shop was never invited, or only found ineligible, that there is none', async () => {
    const { server, supplier, shops, walletPage } = await network(['门店 [decline]']);
    await server.post('/v1/pre_approvals', { supplier: supplier.id, shops: [nominee(shops[0]!)] });
    const page = await walletPage(shops[0]!);
    expectError(await page.get('/v1/client/pre_approval'), 'resource_missing');
    expectError(
      await page.post('/v1/client/pre_approval/accept', { template_version: VERSION }),
      'pre_approval_not_open',
    );
  });

  it('declines from the checkout page, recording nothing but the answer', async () => {
    const { server, supplier, shop, invitation, pageOf } = await invitedShop();
    const session = (
      await server.post<{ client_secret: string }>(
        '/v1/checkout_sessions',
        sessionParams(shop.id, supplier.id, 25_800),
      )
    ).body;
    const page = pageOf(session.client_secret);
    const declined = (await page.post<PreApproval>('/v1/client/pre_approval/decline', {})).body;
    expect(declined).toMatchObject({ id: invitation.id, status: 'declined', consents: [] });
    expect(await count(server, `/v1/consents?buyer=${shop.id}`)).toBe(0);
    expect(await count(server, '/v1/credit_lines')).toBe(0);
    expect(await count(server, '/v1/events?type=pre_approval.declined')).toBe(1);
  });

  it('refuses an outdated consent text and changes nothing', async () => {
    const { server, shop, walletPage } = await invitedShop();
    const page = await walletPage(shop);
    expectError(
      await page.post('/v1/client/pre_approval/accept', { template_version: '2020-01-01' }),
      'consent_template_outdated',
      'template_version',
    );
    expectError(await page.post('/v1/client/pre_approval/accept', {}), 'parameter_missing');
    expect(await count(server, `/v1/consents?buyer=${shop.id}`)).toBe(0);
    expect((await page.get<PreApproval>('/v1/client/pre_approval')).body.status).toBe('invited');
  });

  it('expires after 30 days unanswered, and the shop may then be nominated again', async () => {
    const { server, supplier, shop, invitation, walletPage } = await invitedShop();
    await server.post('/v1/test_clocks/advance', { days: 29 });
    expect((await server.get<PreApproval>(`/v1/pre_approvals/${invitation.id}`)).body.status).toBe(
      'invited',
    );
    await server.post('/v1/test_clocks/advance', { days: 1 });
    const expired = (await server.get<PreApproval>(`/v1/pre_approvals/${invitation.id}`)).body;
    expect(expired.status).toBe('expired');
    expect(await count(server, '/v1/events?type=pre_approval.expired')).toBe(2);
    const page = await walletPage(shop);
    expectError(
      await page.post('/v1/client/pre_approval/accept', { template_version: VERSION }),
      'pre_approval_not_open',
    );
    const again = (
      await server.post<PreApprovalBatch>('/v1/pre_approvals', {
        supplier: supplier.id,
        shops: [nominee(shop)],
      })
    ).body;
    expect(again.data[0]).toMatchObject({ status: 'invited' });
    expect(again.data[0]!.id).not.toBe(invitation.id);
  });

  it("keeps each partner's pre-approvals to itself", async () => {
    const { invitation } = await invitedShop();
    const { server } = await newPartner(app);
    expectError(await server.get(`/v1/pre_approvals/${invitation.id}`), 'resource_missing');
    expect(await count(server, '/v1/pre_approvals')).toBe(0);
  });
});
